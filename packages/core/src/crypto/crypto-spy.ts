import { vi } from 'vitest';
import { nativeCrypto } from './native-crypto.js';

/** Counts one kind of keyring operation, on whichever path the keyring takes. */
export interface CryptoSpy {
  /** Calls since the spy was made. */
  readonly count: number;
  /** Puts the real functions back. */
  restore(): void;
}

/**
 * For tests that count the work of a request: spies on Web Crypto's `sign` (HMACs) or
 * `decrypt` and on the native path's `createHmac` or `createDecipheriv` alike, so a count
 * does not depend on the runtime having `node:crypto`.
 */
export function spyOnCrypto(operation: 'sign' | 'decrypt'): CryptoSpy {
  const web = vi.spyOn(crypto.subtle, operation);
  const native = nativeCrypto();
  const fast =
    native === null
      ? undefined
      : operation === 'sign'
        ? vi.spyOn(native, 'createHmac')
        : vi.spyOn(native, 'createDecipheriv');
  return {
    get count() {
      return web.mock.calls.length + (fast?.mock.calls.length ?? 0);
    },
    restore() {
      web.mockRestore();
      fast?.mockRestore();
    },
  };
}
