import { describe, expect, it, vi } from 'vitest';
import { sha1Hex } from '../password/sha1-hex.js';
import { sha256Base64Url } from './encoding.js';
import { createKeyring } from './keyring.js';
import { nativeCrypto } from './native-crypto.js';

const KEYS = [
  { id: 'k2', secret: 'a second server secret of at least 32 bytes!' },
  { id: 'k1', secret: 'the first server secret, 32 bytes or more' },
];

describe('the native crypto path', () => {
  const native = nativeCrypto();

  it('is found on Node (process.getBuiltinModule)', () => {
    expect(native).not.toBeNull();
  });

  it('makes the same MACs as Web Crypto, under every key and purpose', async () => {
    const fast = createKeyring(KEYS);
    const web = createKeyring(KEYS, { native: null });
    for (const purpose of ['code', 'identifier', 'flow:token']) {
      for (const message of ['', '123456', 'ünïcödé ✓ \u0000 text']) {
        expect(await fast.mac(purpose, message)).toEqual(await web.mac(purpose, message));
        expect(await fast.macWith('k1', purpose, message)).toBe(
          await web.macWith('k1', purpose, message),
        );
      }
    }
  });

  it('opens what Web Crypto sealed and the other way round, and refuses a changed byte', async () => {
    const fast = createKeyring(KEYS);
    const web = createKeyring(KEYS, { native: null });
    for (const text of ['', 'a code: 123456', 'ü'.repeat(500)]) {
      const fromFast = await fast.seal(text);
      const fromWeb = await web.seal(text);
      expect(await web.open(fromFast)).toBe(text);
      expect(await fast.open(fromWeb)).toBe(text);
      const [keyId, iv, body] = fromFast.split('.') as [string, string, string];
      const flipped = `${keyId}.${iv}.${body.startsWith('A') ? 'B' : 'A'}${body.slice(1)}`;
      expect(await fast.open(flipped)).toBeNull();
      expect(await web.open(flipped)).toBeNull();
    }
  });

  it('hashes like Web Crypto', async () => {
    for (const text of ['', 'flow-token', 'ünïcödé']) {
      const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
      const expected = Buffer.from(digest).toString('base64url');
      expect(await sha256Base64Url(text)).toBe(expected);
    }
  });

  it('hashes SHA-1 for breach lookups like Web Crypto, on the calling thread', async () => {
    const web = vi.spyOn(crypto.subtle, 'digest');
    try {
      for (const text of ['', 'password', 'ünïcödé']) {
        const expected = Buffer.from(
          await crypto.subtle.digest('SHA-1', new TextEncoder().encode(text)),
        )
          .toString('hex')
          .toUpperCase();
        expect(await sha1Hex(text)).toBe(expected);
      }
      // The three digests above are the test's own: sha1Hex made none.
      expect(web).toHaveBeenCalledTimes(3);
    } finally {
      web.mockRestore();
    }
  });
});
