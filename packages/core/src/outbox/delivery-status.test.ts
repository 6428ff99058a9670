import { describe, expect, it } from 'vitest';
import { createTestEngine, type TestEngineOptions } from '../testing/test-engine.js';

/** The test users' mobiles; anyone else's challenge confirms a number that is not on file. */
const MOBILES: Record<string, string> = { alice: '+31612345678', erin: '+31611112222' };

/** Alice's flow with an SMS code requested, and the test engine. */
async function challenged(identifier = 'alice', options: TestEngineOptions = {}) {
  const testbed = createTestEngine({ policy: { methods: ['mobileSms', 'email'] }, ...options });
  const flow = await testbed.engine.recovery.start({ identifier });
  const method = flow.methods.find((m) => m.type === 'mobileSms');
  await testbed.engine.recovery.challenge({
    flowToken: flow.flowToken,
    methodId: method?.id ?? '',
    confirm: MOBILES[identifier] ?? '+31600000000',
  });
  const delivery = async () =>
    (await testbed.engine.recovery.getFlow({ flowToken: flow.flowToken })).challenge?.delivery;
  return { ...testbed, delivery };
}

describe("a challenge's delivery status", () => {
  it('is queued, then delayed while the provider fails, then sent', async () => {
    const { engine, messaging, clock, delivery } = await challenged();
    expect(await delivery()).toBe('queued');
    messaging.failNext('sms', 'unavailable');
    expect(await engine.dispatcher.runOnce()).toMatchObject({ retrying: 1 });
    expect(await delivery()).toBe('delayed');
    clock.advance(60_000);
    expect(await engine.dispatcher.runOnce()).toMatchObject({ sent: 1 });
    expect(await delivery()).toBe('sent');
  });

  it('is failed once the provider refuses it for good', async () => {
    const { engine, messaging, delivery } = await challenged();
    messaging.failNext('sms', 'invalid_recipient');
    expect(await engine.dispatcher.runOnce()).toMatchObject({ failed: 1 });
    expect(await delivery()).toBe('failed');
  });

  it('keeps retrying for 15 minutes by default, so a 10-minute outage loses nothing', async () => {
    const { engine, messaging, clock, delivery } = await challenged('alice', {
      policy: { methods: ['mobileSms', 'email'], flowTtlMinutes: 60 },
    });
    for (let second = 0; second < 15 * 60; second++) {
      messaging.failNext('sms', 'unavailable');
      await engine.dispatcher.runOnce();
      clock.advance(1000);
    }
    expect(await delivery()).toBe('delayed');
  });
});

describe("a decoy's stand-in during an outage (an attacker compares statuses)", () => {
  it('is delayed while the last real message on its channel failed, and sent once one passed', async () => {
    const real = await challenged('alice', {
      policy: { methods: ['mobileSms', 'email'], flowTtlMinutes: 60 },
    });
    const { engine, messaging, clock } = real;
    // A decoy flow on the same engine, after a real message failed.
    messaging.failNext('sms', 'unavailable');
    await engine.dispatcher.runOnce();
    expect(await real.delivery()).toBe('delayed');
    const flow = await engine.recovery.start({ identifier: 'nobody@example.com' });
    const method = flow.methods.find((m) => m.type === 'mobileSms');
    await engine.recovery.challenge({
      flowToken: flow.flowToken,
      methodId: method?.id ?? '',
      confirm: '+31600000000',
    });
    const decoy = async () =>
      (await engine.recovery.getFlow({ flowToken: flow.flowToken })).challenge?.delivery;
    await engine.dispatcher.runOnce();
    expect(await decoy()).toBe('delayed');
    // The provider is back: the real message goes, then the stand-in is done too.
    clock.advance(11 * 60_000);
    await engine.dispatcher.runOnce();
    expect(await real.delivery()).toBe('sent');
    clock.advance(11 * 60_000);
    await engine.dispatcher.runOnce();
    expect(await decoy()).toBe('sent');
    expect(messaging.sent).toHaveLength(1);
  });

  it('fails, unaudited and unsent, after as many attempts as a real message', async () => {
    const real = await challenged('erin', {
      delivery: { retry: { maxAttempts: 3, baseDelayMs: 1000, maxDelayMs: 1000 } },
    });
    const { engine, messaging, clock, storage } = real;
    messaging.failNext('sms', 'unavailable');
    await engine.dispatcher.runOnce();
    const flow = await engine.recovery.start({ identifier: 'nobody@example.com' });
    await engine.recovery.challenge({
      flowToken: flow.flowToken,
      methodId: flow.methods.find((m) => m.type === 'mobileSms')?.id ?? '',
      confirm: '+31600000000',
    });
    for (let second = 0; second < 10; second++) {
      messaging.failNext('sms', 'unavailable');
      await engine.dispatcher.runOnce();
      clock.advance(1000);
    }
    const decoy = await engine.recovery.getFlow({ flowToken: flow.flowToken });
    expect(decoy.challenge?.delivery).toBe('failed');
    expect(await real.delivery()).toBe('failed');
    const { events } = await storage.audit.query({
      tenantId: 'default',
      types: ['notification.failed'],
      limit: 10,
    });
    expect(events).toHaveLength(1);
    expect(messaging.sent).toHaveLength(0);
  });
});
