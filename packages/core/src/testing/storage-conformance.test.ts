import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from '../memory/memory-storage.js';
import type { FlowRecord, FlowStore, Storage } from '../ports/storage.js';
import { caseNamed, expectFailure } from './conformance-test-setup.js';
import { storageConformance } from './storage-conformance.js';

/** Lets every other pending promise run, as a network round trip would. */
const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A memory storage with some sub-store methods replaced by broken ones. */
function brokenStorage(
  breakIt: (inner: Storage) => Partial<{ [Name in keyof Storage]: Partial<Storage[Name]> }>,
) {
  return async (): Promise<Storage> => {
    const inner = createMemoryStorage();
    const broken = breakIt(inner);
    return {
      flows: { ...inner.flows, ...broken.flows },
      challenges: { ...inner.challenges, ...broken.challenges },
      registrations: { ...inner.registrations, ...broken.registrations },
      audit: { ...inner.audit, ...broken.audit },
      outbox: { ...inner.outbox, ...broken.outbox },
      counters: { ...inner.counters, ...broken.counters },
      policies: { ...inner.policies, ...broken.policies },
    };
  };
}

describe('storageConformance', () => {
  const suite = storageConformance(async () => createMemoryStorage());

  it('names every case with a distinct sentence', () => {
    const names = suite.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[A-Za-z0-9].*[^.\s]$/);
  });

  it('calls every method of every sub-store', async () => {
    const called = new Set<string>();
    /** `methods` with each call recorded under `path.method`; nested stores (`audit.resetRollup`) too. */
    const recorded = (path: string, methods: object): object =>
      Object.fromEntries(
        Object.entries(methods).map(([method, member]) => [
          method,
          typeof member === 'function'
            ? (...args: unknown[]) => {
                called.add(`${path}.${method}`);
                return member(...args);
              }
            : recorded(`${path}.${method}`, member as object),
        ]),
      );
    /** Every method path of `methods`, nested stores included. */
    const paths = (path: string, methods: object): string[] =>
      Object.entries(methods).flatMap(([method, member]) =>
        typeof member === 'function'
          ? [`${path}.${method}`]
          : paths(`${path}.${method}`, member as object),
      );
    const recording = storageConformance(async () => {
      const storage = createMemoryStorage();
      return Object.fromEntries(
        Object.entries(storage).map(([store, methods]) => [store, recorded(store, methods)]),
      ) as unknown as Storage;
    });
    for (const c of recording) await c.run();
    const storage = createMemoryStorage();
    const every = Object.entries(storage).flatMap(([store, methods]) => paths(store, methods));
    expect([...called].sort()).toEqual(every.sort());
  });

  it('fails a counter store whose increment reads and writes in two steps', async () => {
    const counts = new Map<string, number>();
    const create = brokenStorage(() => ({
      counters: {
        async increment(key, { windowMs, now }) {
          const count = counts.get(key) ?? 0;
          await tick();
          counts.set(key, count + 1);
          return { count: count + 1, resetAt: new Date(now.getTime() + windowMs) };
        },
      },
    }));
    const c = caseNamed(
      storageConformance(create),
      '50 concurrent increments yield exactly the counts 1 to 50',
    );
    await expectFailure(
      c,
      /^the counts returned by 50 concurrent increments, sorted: expected \[1,2,3/,
    );
  });

  it('fails a challenge store whose resend starts the sends again', async () => {
    const create = brokenStorage((inner) => ({
      challenges: {
        async issue(challenge) {
          await inner.challenges.deleteByFlow(challenge.tenantId, challenge.flowId);
          return inner.challenges.issue(challenge);
        },
      },
    }));
    const c = caseNamed(
      storageConformance(create),
      'A resend adds a send, clears consumption and replaces the code',
    );
    await expectFailure(c, /^challenges.issue result of a resend: .*first difference at \.sends/);
  });

  it('fails a challenge store that checks a code and then consumes it in two steps', async () => {
    const create = brokenStorage((inner) => ({
      challenges: {
        async consume(tenantId, flowId, methodId, secretHash, now) {
          const challenge = await inner.challenges.get(tenantId, flowId, methodId);
          if (
            challenge === null ||
            challenge.consumedAt !== null ||
            challenge.secretHash !== secretHash
          )
            return false;
          if (now >= challenge.expiresAt) return false;
          await tick();
          await inner.challenges.consume(tenantId, flowId, methodId, secretHash, now);
          return true;
        },
      },
    }));
    const c = caseNamed(
      storageConformance(create),
      'Of 50 concurrent consume calls exactly one succeeds',
    );
    await expectFailure(
      c,
      /how many of 50 concurrent consume calls returned true: expected 1, got 50/,
    );
  });

  it('fails a flow store whose update ignores the revision', async () => {
    const create = brokenStorage((inner) => ({
      flows: {
        async update(flow) {
          const stored = await inner.flows.get(flow.tenantId, flow.id);
          if (stored === null) return false;
          await inner.flows.delete(flow.tenantId, flow.id);
          await inner.flows.create(flow);
          return true;
        },
      },
    }));
    const suite = storageConformance(create);
    const failures: [string, RegExp][] = [
      [
        'Updating a flow with a wrong revision returns false and changes nothing',
        /^flows.update expecting revision 2 of a flow at revision 1: expected false, got true/,
      ],
      [
        'Of two writers that read the same revision, the second loses',
        /^the update of the stale second writer/,
      ],
      // Racing delete-then-create makes the others trip over the winner's create.
      [
        'Of 20 concurrent updates from one revision, exactly one wins',
        /^unexpected error from the implementation: .*already exists$/,
      ],
    ];
    for (const [name, message] of failures) {
      await expectFailure(caseNamed(suite, name), message);
    }
  });

  it('fails a flow store that hands out the objects it stores', async () => {
    const flows = new Map<string, FlowRecord>();
    const sharing: Partial<FlowStore> = {
      async create(flow) {
        flows.set(flow.id, flow);
      },
      async get(_tenantId, id) {
        return flows.get(id) ?? null;
      },
    };
    const c = caseNamed(
      storageConformance(brokenStorage(() => ({ flows: sharing }))),
      'Changing a flow object after create or get does not change the stored flow',
    );
    await expectFailure(c, /^the flow after mutating the created object/);
  });

  it('fails a registration store whose create-only save overwrites', async () => {
    const create = brokenStorage((inner) => ({
      registrations: {
        async save(registration, expectedRevision) {
          if (expectedRevision === null)
            await inner.registrations.delete(registration.tenantId, registration.userId);
          return inner.registrations.save(registration, expectedRevision);
        },
      },
    }));
    const c = caseNamed(
      storageConformance(create),
      'Saving with expectedRevision null fails once a registration exists',
    );
    await expectFailure(c, /^a second create-only save: expected false, got true/);
  });

  it('fails an audit store that returns the oldest events first', async () => {
    const create = brokenStorage((inner) => ({
      audit: {
        async query(query) {
          const page = await inner.audit.query(query);
          return { ...page, events: page.events.reverse() };
        },
      },
    }));
    const c = caseNamed(
      storageConformance(create),
      'Audit events come newest first, and events at one instant by descending id',
    );
    await expectFailure(c, /^audit.query order: expected \["evt-new"/);
  });

  it('fails an outbox whose get ignores the tenant', async () => {
    const create = brokenStorage((inner) => ({
      outbox: {
        async get(_tenantId, id) {
          return (await inner.outbox.get('tenant-a', id)) ?? inner.outbox.get('tenant-b', id);
        },
      },
    }));
    const c = caseNamed(
      storageConformance(create),
      'An outbox message is invisible to every other tenant',
    );
    await expectFailure(c, /^outbox.get from another tenant: expected null/);
  });

  it('fails an outbox whose leases end too early', async () => {
    const create = brokenStorage((inner) => ({
      outbox: {
        // Ignores the requested lease length, so another claimer can take the message at once.
        claim: (options) => inner.outbox.claim({ ...options, leaseMs: 1 }),
      },
    }));
    const c = caseNamed(
      storageConformance(create),
      'A leased message is claimed again only once its lease has run out, with one more attempt',
    );
    await expectFailure(c, /^a claim during the lease: expected \[\], got \[\{"id":"msg-1"/);
  });

  it('fails a flow store that throws a raw driver error for a duplicate id', async () => {
    const create = brokenStorage((inner) => ({
      flows: {
        async create(flow) {
          if ((await inner.flows.get(flow.tenantId, flow.id)) !== null) {
            throw new Error('duplicate key value violates unique constraint');
          }
          await inner.flows.create(flow);
        },
      },
    }));
    const c = caseNamed(
      storageConformance(create),
      'Creating a flow whose id is taken throws already_exists and keeps the first',
    );
    await expectFailure(c, /expected a rejection with code "already_exists", got Error/);
  });

  it('wraps any other error the implementation throws in a ConformanceError that keeps it as the cause', async () => {
    const crash = new Error('connection reset');
    const create = brokenStorage(() => ({
      policies: {
        async get() {
          throw crash;
        },
      },
    }));
    const c = caseNamed(
      storageConformance(create),
      'A saved policy reads back exactly as it was stored',
    );
    await expect(c.run()).rejects.toMatchObject({
      name: 'ConformanceError',
      message: 'unexpected error from the implementation: Error: connection reset',
      cause: crash,
    });
  });
});
