import { describe, expect, it } from 'vitest';
import { TERMINAL_FLOW_STATES } from '../recovery/flow-machine.js';
import { rejection } from '../testing/rejection.js';
import { createTestEngine, TEST_START } from '../testing/test-engine.js';
import { temporaryAccessPassSlot } from '../verification/temporary-access-pass.js';
import { purgeRetained } from './purge-retained.js';

const DAY = 24 * 60 * 60_000;

describe('purgeRetained', () => {
  it('deletes finished flows, sent messages, ended counters and old audit events, never an open flow', async () => {
    const t = createTestEngine({ policy: { methods: ['mobileSms', 'email'] } });
    const { engine, storage, clock } = t;
    // A finished flow with a sent code, and a canceled one.
    const done = await engine.recovery.start({ identifier: 'alice' });
    await engine.recovery.challenge({
      flowToken: done.flowToken,
      methodId: 'm1',
      confirm: '+31612345678',
    });
    await engine.recovery.verify({
      flowToken: done.flowToken,
      methodId: 'm1',
      code: await t.codeSentTo('+31612345678'),
    });
    await engine.recovery.complete({
      flowToken: done.flowToken,
      newPassword: 'violet harbour quantum teapots',
    });
    const canceled = await engine.recovery.start({ identifier: 'erin' });
    await engine.recovery.cancel({ flowToken: canceled.flowToken });
    const purge = () =>
      purgeRetained(storage, {
        tenantId: 'default',
        now: clock.now(),
        retention: {},
        finishedStates: TERMINAL_FLOW_STATES,
      });

    clock.advance(29 * DAY);
    const open = await engine.recovery.start({ identifier: 'alice' });
    const early = await purge();
    expect(early).toMatchObject({ flows: 0, messages: 1, auditEvents: 0 });
    expect(early.counters).toBeGreaterThan(0);

    clock.advance(2 * DAY);
    expect(await purge()).toMatchObject({ flows: 2, auditEvents: 0 });
    expect((await rejection(engine.recovery.getFlow({ flowToken: done.flowToken }))).code).toBe(
      'flow_not_found',
    );
    // The flow started a day before is open: it stays, and works.
    await expect(engine.recovery.getFlow({ flowToken: open.flowToken })).rejects.toMatchObject({
      code: 'flow_expired',
    });
    const fresh = await engine.recovery.start({ identifier: 'erin' });
    await purge();
    await expect(engine.recovery.getFlow({ flowToken: fresh.flowToken })).resolves.toMatchObject({
      state: 'choose_method',
    });
    // A year and a day on, every audit event so far goes too.
    clock.advance(366 * DAY);
    const late = await purge();
    expect(late.auditEvents).toBeGreaterThan(5);
    const { events } = await storage.audit.query({ tenantId: 'default', limit: 1000 });
    expect(events).toEqual([]);
  });

  it('deletes expired Temporary Access Passes in the hourly purge job, never a live one', async () => {
    const { engine, storage, clock } = createTestEngine({
      policy: { methods: ['mobileSms', 'email'], helpdesk: { temporaryAccessPass: true } },
    });
    const context = { actor: { kind: 'admin' as const, id: 'u-admin' } };
    await engine.helpdesk.issueTemporaryAccessPass('u-erin', { lifetimeMinutes: 30 }, context);
    await engine.helpdesk.issueTemporaryAccessPass('u-alice', { lifetimeMinutes: 120 }, context);
    const pass = (userId: string) => {
      const slot = temporaryAccessPassSlot(userId);
      return storage.challenges.get('default', slot.flowId, slot.methodId);
    };
    expect(await pass('u-erin')).not.toBeNull();
    clock.advance(61 * 60_000);
    expect(await engine.scheduler.runDue()).toContain('purge');
    expect(await pass('u-erin')).toBeNull();
    expect((await pass('u-alice'))?.expiresAt).toEqual(
      new Date(TEST_START.getTime() + 120 * 60_000),
    );
    clock.advance(60 * 60_000);
    const report = await purgeRetained(storage, {
      tenantId: 'default',
      now: clock.now(),
      retention: {},
      finishedStates: TERMINAL_FLOW_STATES,
    });
    expect(report.temporaryAccessPasses).toBe(1);
    expect(await pass('u-alice')).toBeNull();
  });

  it('refuses a retention that is not a whole number of days', async () => {
    expect(() => createTestEngine({ retention: { auditDays: 0 } })).toThrow(
      'retention.auditDays must be a positive integer, got 0',
    );
    expect(() => createTestEngine({ retention: { flowDays: 1.5 } })).toThrow(/flowDays/);
  });
});
