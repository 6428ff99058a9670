/**
 * `@openreset/core/memory`: in-memory reference implementations of every port, for tests,
 * Storybook and single-process demos. They keep nothing across restarts.
 *
 * @example
 * ```ts
 * import { createFakeClock, createMemoryStorage } from '@openreset/core/memory';
 * ```
 *
 * @module
 */
export { createFakeClock, type FakeClock } from './memory/fake-clock.js';
export { createMemoryCaptcha } from './memory/memory-captcha.js';
export {
  createMemoryDirectory,
  type MemoryDirectory,
  type MemoryDirectoryOptions,
  type MemoryDirectoryUser,
} from './memory/memory-directory.js';
export {
  createMemoryMessaging,
  type MemoryMessaging,
  type MessagingChannel,
  type SentMessage,
} from './memory/memory-messaging.js';
export { createMemoryStorage } from './memory/memory-storage.js';
export { createSeededRandom } from './memory/seeded-random.js';
