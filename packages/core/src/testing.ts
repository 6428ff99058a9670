/**
 * `@openreset/core/testing`: conformance suites that every adapter runs against its real
 * backend, framework-agnostic. Each suite returns cases to turn into tests:
 *
 * @example
 * ```ts
 * import { storageConformance } from '@openreset/core/testing';
 * import { describe, it } from 'vitest';
 *
 * describe('PostgreSQL storage', () => {
 *   for (const c of storageConformance(() => freshPostgresStorage())) it(c.name, c.run);
 * });
 * ```
 *
 * It also hosts the internal fixture every suite of this repository builds its engine with,
 * {@link createTestEngine} (memory storage by default; SQLite, PostgreSQL or LDAP passed in).
 *
 * @module
 */
export type { ConformanceCase } from './testing/conformance-case.js';
export { ConformanceError, type ConformanceErrorOptions } from './testing/conformance-error.js';
export { directoryConformance } from './testing/directory-conformance.js';
export {
  type DirectoryFixture,
  type DirectoryFixtureUser,
  directoryFixture,
} from './testing/directory-fixture.js';
export { hasherConformance } from './testing/hasher-conformance.js';
export { type Rejection, rejection } from './testing/rejection.js';
export { createRunningClock } from './testing/running-clock.js';
export {
  createSoftwareAuthenticator,
  type SoftwareAuthenticator,
  type SoftwareAuthenticatorOptions,
  type SoftwarePasskey,
} from './testing/software-authenticator.js';
export { storageConformance } from './testing/storage-conformance.js';
export {
  type CountingHasher,
  createTestEngine,
  TEST_KEYS,
  TEST_START,
  TEST_USERS,
  type TestEngine,
  type TestEngineOptions,
} from './testing/test-engine.js';
export { transactionCases } from './testing/transaction-cases.js';
