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
export { storageConformance } from './testing/storage-conformance.js';
