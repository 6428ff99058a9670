import type { FlowRecord, Storage } from '../ports/storage.js';
import type { ConformanceCase } from './conformance-case.js';
import { defineCase } from './define-case.js';

/** The tenant most cases write to. */
export const TENANT = 'tenant-a';

/** A second tenant, to prove isolation. */
export const OTHER_TENANT = 'tenant-b';

/** One minute in milliseconds. */
export const MINUTE = 60_000;

/** The instant every case's timeline starts from. */
const START_MS = Date.parse('2030-01-01T00:00:00.000Z');

/** The instant `ms` milliseconds after the start of a case's timeline. */
export function at(ms: number): Date {
  return new Date(START_MS + ms);
}

/**
 * A flow record of {@link TENANT}, `flow-1` of `user-1`, started at the start of the timeline
 * and expiring 15 minutes later, with nested JSON data; `overrides` replace its fields.
 */
export function flowRecord(overrides: Partial<FlowRecord> = {}): FlowRecord {
  return {
    tenantId: TENANT,
    id: 'flow-1',
    intent: 'reset',
    state: 'started',
    machineVersion: 1,
    revision: 1,
    userId: 'user-1',
    createdAt: at(0),
    updatedAt: at(0),
    expiresAt: at(15 * MINUTE),
    data: {
      gatesPassed: 0,
      methods: ['email', 'mobileSms'],
      nested: { ok: true, none: null, ratio: 0.5 },
    },
    ...overrides,
  };
}

/** `[fn(0), ..., fn(count - 1)]`. */
export function times<T>(count: number, fn: (index: number) => T): T[] {
  return Array.from({ length: count }, (_, index) => fn(index));
}

/** A two-digit, zero-padded number, so generated ids sort the same as their numbers. */
export function pad(index: number): string {
  return String(index).padStart(2, '0');
}

/**
 * Turns `{ [sentence]: body }` into cases that each run `body` against one sub-store of a
 * fresh storage.
 */
export function storeCases<Name extends keyof Storage>(
  createStorage: () => Promise<Storage>,
  store: Name,
  bodies: Record<string, (store: Storage[Name]) => Promise<void>>,
): ConformanceCase[] {
  return Object.entries(bodies).map(([name, body]) =>
    defineCase(name, async () => {
      const storage = await createStorage();
      await body(storage[store]);
    }),
  );
}
