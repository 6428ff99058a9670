import { describe, expect, it } from 'vitest';
import { createOpenReset } from './create-open-reset.js';
import { createMemoryStorage } from './memory/memory-storage.js';
import type { Directory } from './ports/directory.js';
import { createTestEngine, TEST_KEYS } from './testing/test-engine.js';

/** A logger that keeps what it was told. */
function recording() {
  const lines: string[] = [];
  return {
    lines,
    logger: {
      warn: (message: string) => lines.push(`warn: ${message}`),
      error: (message: string, details?: Record<string, unknown>) =>
        lines.push(`error: ${message} ${JSON.stringify(details)}`),
    },
  };
}

describe('the engine’s logger', () => {
  it('warns when per-IP limits are off and when the history hasher is missing, not otherwise', () => {
    const off = recording();
    const { directory } = createTestEngine();
    // No hasher: the directory's history hashes (made by its own hasher) cannot be checked.
    createOpenReset({
      storage: createMemoryStorage(),
      directory,
      keys: TEST_KEYS,
      logger: off.logger,
    });
    expect(off.lines).toEqual([
      expect.stringMatching(/^warn: per-IP limits are off/),
      expect.stringMatching(/^warn: password history cannot be checked/),
    ]);

    const on = recording();
    createTestEngine({ logger: on.logger, http: { clientIp: () => '203.0.113.1' } });
    expect(on.lines).toEqual([]);
  });

  it('warns once when a message waits and this process runs no dispatcher', async () => {
    const { lines, logger } = recording();
    const { engine } = createTestEngine({
      logger,
      http: { trustProxy: 1 },
      policy: { methods: ['mobileSms', 'email'] },
    });
    const send = async () => {
      const flow = await engine.recovery.start({ identifier: 'alice' });
      await engine.recovery.challenge({
        flowToken: flow.flowToken,
        methodId: 'm1',
        confirm: '+31612345678',
      });
    };
    await send();
    await send();
    expect(lines).toEqual([expect.stringMatching(/^warn: a message waits in the outbox/)]);
    const stop = engine.start({ dispatchIntervalMs: 60_000, scheduleIntervalMs: 60_000 });
    await send();
    await stop();
    expect(lines).toHaveLength(1);
  });

  it('reports a failing job with its name and error code, never stopping the others', async () => {
    const { lines, logger } = recording();
    const failing = createTestEngine({ policy: { password: { maxAgeDays: 90 } } });
    const directory: Directory = {
      ...failing.directory,
      listUsers: async () => {
        throw Object.assign(new Error('the directory is down'), { code: 'unavailable' });
      },
    };
    const { engine } = createTestEngine<Directory>({
      directory,
      logger,
      http: { trustProxy: 1 },
      // Registration reminders off, so only the expiry warnings list (and fail).
      policy: { password: { maxAgeDays: 90 }, requireRegistration: false, reconfirmDays: 0 },
    });
    const stop = engine.start({ dispatchIntervalMs: 60_000, scheduleIntervalMs: 60_000 });
    await expect.poll(() => lines.length, { timeout: 10_000 }).toBeGreaterThan(0);
    await stop();
    expect(lines).toEqual([
      'error: background work failed: expiry-warnings {"source":"expiry-warnings","error":"Error (unavailable): the directory is down"}',
    ]);
  });
});
