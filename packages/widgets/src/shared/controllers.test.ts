import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClientError } from '../client/client-error.js';
import type { OpenResetClient } from '../client/create-client.js';
import { ConfigController } from './config-controller.js';
import { CountdownController } from './countdown-controller.js';

/** A host that runs its controllers' update hooks the way a Lit element does. */
function createHost() {
  const controllers: ReactiveController[] = [];
  let updates = 0;
  const host: ReactiveControllerHost & { update(): void; updates(): number } = {
    addController: (controller) => controllers.push(controller),
    removeController: () => undefined,
    requestUpdate: () => {
      updates += 1;
    },
    updateComplete: Promise.resolve(true),
    update() {
      for (const controller of controllers) controller.hostUpdate?.();
      for (const controller of controllers) controller.hostUpdated?.();
    },
    updates: () => updates,
  };
  return { host, controllers };
}

describe('CountdownController', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date('2030-01-01T00:00:00Z') }));
  afterEach(() => vi.useRealTimers());

  it('counts whole seconds down, re-rendering every second, and ends once', () => {
    const { host } = createHost();
    const ends: number[] = [];
    const ticks: number[] = [];
    const countdown = new CountdownController(host, {
      onTick: (tick) => ticks.push(tick),
      onEnd: () => ends.push(Date.now()),
    });
    countdown.start(3);
    expect([countdown.seconds, countdown.running]).toEqual([3, true]);
    const before = host.updates();
    vi.advanceTimersByTime(1000);
    expect(countdown.seconds).toBe(2);
    expect(host.updates()).toBe(before + 1);
    vi.advanceTimersByTime(5000);
    expect([countdown.seconds, countdown.running]).toEqual([0, false]);
    expect(ticks).toEqual([1, 2, 3]);
    expect(ends).toHaveLength(1);
  });

  it('stops when its element leaves the page', () => {
    const { host, controllers } = createHost();
    const countdown = new CountdownController(host);
    countdown.start(30);
    controllers[0]?.hostDisconnected?.();
    const updates = host.updates();
    vi.advanceTimersByTime(5000);
    expect(countdown.running).toBe(false);
    expect(host.updates()).toBe(updates);
  });
});

describe('ConfigController', () => {
  const client = (getConfig: () => Promise<never>) => ({ getConfig }) as unknown as OpenResetClient;

  it('loads again when the client changes and ignores the failure of a stale load', async () => {
    const { host } = createHost();
    let source: OpenResetClient | undefined;
    const failures: unknown[] = [];
    const loads: OpenResetClient[] = [];
    let failFirst: (error: unknown) => void = () => undefined;
    const first = client(
      () =>
        new Promise<never>((_, reject) => {
          failFirst = reject;
        }),
    );
    const second = client(() => Promise.reject(new ClientError('network_error', 0)));
    const loader = new ConfigController(host, {
      source: () => [source, undefined] as const,
      load: async (loaded) => {
        loads.push(loaded);
        await loaded.getConfig();
      },
      failed: (error) => failures.push(error),
    });
    host.update();
    expect(loads).toEqual([]);
    source = first;
    host.update();
    await Promise.resolve();
    source = second;
    host.update();
    await loader.loading;
    failFirst(new ClientError('stale', 0));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(loads).toEqual([first, second]);
    expect(failures.map((error) => (error as ClientError).code)).toEqual(['network_error']);
  });
});
