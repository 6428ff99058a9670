import { describe, expect, it } from 'vitest';
import { createMemoryDirectory } from '../memory/memory-directory.js';
import type { PolicyInput } from '../policy/policy-schema.js';
import { rejection } from './rejection.js';
import { verifyAliceBySms } from './sms-reset-testbed.js';
import { createTestEngine, TEST_START, type TestEngine } from './test-engine.js';

const POLICY: PolicyInput = { methods: ['mobileSms', 'email'] };

/** Starts a reset for alice and passes her SMS gate. */
async function reachVerified(testbed: TestEngine) {
  return (await verifyAliceBySms(testbed)).view;
}

describe('createTestEngine', () => {
  it('runs a reset on memory adapters at TEST_START and reads the code that was sent', async () => {
    const testbed = createTestEngine({ policy: POLICY });
    expect(testbed.clock.now()).toEqual(TEST_START);
    expect((await reachVerified(testbed)).state).toBe('verified');
    await expect(testbed.codeSentTo('nobody@example.com')).rejects.toThrow(/nothing was sent/);
  });

  it('counts storage and directory calls, and fails the writeback on demand', async () => {
    const testbed = createTestEngine({ policy: POLICY });
    const { engine, calls, writeback, directory } = testbed;
    const { flowToken } = await reachVerified(testbed);
    expect(calls.get('flows.create')).toBe(1);
    expect([...calls.keys()].some((name) => name.startsWith('directory.'))).toBe(true);
    writeback.failing = true;
    const error = await rejection(
      engine.recovery.complete({ flowToken, newPassword: 'violet harbour quantum teapots' }),
    );
    expect(error).toMatchObject({ code: 'directory_error', directoryCode: 'unavailable' });
    expect(await directory.verifyPassword('u-alice', 'morning tide over quiet water')).toBe(true);
  });

  it('wires only the channels asked for, and a sender given replaces the memory one', async () => {
    const sent: string[] = [];
    const { engine, messaging } = createTestEngine({
      policy: POLICY,
      channels: ['sms'],
      email: {
        async send(message) {
          sent.push(message.to);
          return {};
        },
      },
    });
    expect((await engine.handler(new Request('http://localhost/config'))).status).toBe(200);
    expect(messaging.sent).toEqual([]);
    expect(sent).toEqual([]);
  });

  it('refuses both a directory and users', () => {
    const directory = createMemoryDirectory({ users: [], hasher: createTestEngine().hasher });
    expect(() => createTestEngine({ directory, users: [] })).toThrow(TypeError);
  });
});
