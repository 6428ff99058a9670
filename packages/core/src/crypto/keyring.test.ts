import { createCipheriv, createDecipheriv, createHmac, hkdfSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../memory/seeded-random.js';
import { decodeBase64Url, encodeBase64Url } from './encoding.js';
import { createKeyring, type ServerKey } from './keyring.js';

const oldKey = { id: 'k2024', secret: 'an-old-server-secret-of-at-least-32-bytes' };
const newKey = { id: 'k2025', secret: new Uint8Array(32).map((_, index) => index * 7 + 1) };

/** The expected MAC, computed with node:crypto rather than the code under test. */
function expectedMac(secret: string | Uint8Array, purpose: string, message: string): string {
  const subkey = hkdfSync('sha256', secret, new Uint8Array(0), `openreset:mac:${purpose}`, 32);
  const mac = createHmac('sha256', new Uint8Array(subkey)).update(message, 'utf8').digest();
  return encodeBase64Url(new Uint8Array(mac));
}

describe('createKeyring', () => {
  it('macs with HMAC-SHA256 under an HKDF subkey of the current key', async () => {
    const keyring = createKeyring([oldKey]);
    const result = await keyring.mac('code', 'flow-1:123456');
    expect(result).toEqual({
      keyId: 'k2024',
      mac: expectedMac(oldKey.secret, 'code', 'flow-1:123456'),
    });
    expect(decodeBase64Url(result.mac)).toHaveLength(32);
    // UTF-8 messages and byte secrets too.
    const bytes = createKeyring([newKey]);
    expect((await bytes.mac('flow-token', 'héllo ✓')).mac).toBe(
      expectedMac(newKey.secret, 'flow-token', 'héllo ✓'),
    );
  });

  it('uses the first key as the current one and still verifies under an older key', async () => {
    const before = createKeyring([oldKey]);
    const stored = await before.mac('code', 'flow-1:123456');

    const rotated = createKeyring([newKey, oldKey]);
    expect(rotated.currentKeyId).toBe('k2025');
    const fresh = await rotated.mac('code', 'flow-1:123456');
    expect(fresh.keyId).toBe('k2025');
    expect(fresh.mac).not.toBe(stored.mac);
    expect(await rotated.macWith(stored.keyId, 'code', 'flow-1:123456')).toBe(stored.mac);
    expect(await rotated.macWith('k2025', 'code', 'flow-1:123456')).toBe(fresh.mac);
  });

  it('returns null from macWith for a key id it does not hold', async () => {
    const keyring = createKeyring([newKey]);
    expect(await keyring.macWith('k2024', 'code', 'x')).toBeNull();
    expect(await keyring.macWith('', 'code', 'x')).toBeNull();
  });

  it('gives different MACs for different purposes and messages', async () => {
    const keyring = createKeyring([oldKey]);
    const code = await keyring.mac('code', 'same message');
    const token = await keyring.mac('flow-token', 'same message');
    const other = await keyring.mac('code', 'same message!');
    expect(new Set([code.mac, token.mac, other.mac]).size).toBe(3);
    expect((await keyring.mac('code', 'same message')).mac).toBe(code.mac);
  });

  it('refuses malformed purposes', async () => {
    const keyring = createKeyring([oldKey]);
    await expect(keyring.mac('', 'x')).rejects.toBeInstanceOf(TypeError);
    await expect(keyring.mac('a b', 'x')).rejects.toBeInstanceOf(TypeError);
    await expect(keyring.macWith('k2024', 'x'.repeat(65), 'x')).rejects.toBeInstanceOf(TypeError);
    // `undefined` would pass the pattern as the string "undefined".
    await expect(keyring.mac(undefined as unknown as string, 'x')).rejects.toThrow(
      /MAC purpose must be/,
    );
  });

  it('refuses a message that is not a string instead of MACing its string form', async () => {
    const keyring = createKeyring([oldKey]);
    const notText = 42 as unknown as string;
    await expect(keyring.mac('code', notText)).rejects.toThrow(/MAC message must be a string/);
    await expect(keyring.macWith('k2024', 'code', notText)).rejects.toThrow(TypeError);
  });

  it('refuses to seal anything but a string', async () => {
    const keyring = createKeyring([oldKey]);
    await expect(keyring.seal(42 as unknown as string)).rejects.toThrow(/seal needs a string/);
  });

  it('refuses to seal with a random source that returns an IV of the wrong length', async () => {
    const short = createKeyring([oldKey], { random: { bytes: () => new Uint8Array(8) } });
    await expect(short.seal('x')).rejects.toThrow(/random\.bytes\(12\) returned 8 bytes/);
  });

  it('seals and opens a round trip, with a fresh IV each time', async () => {
    const keyring = createKeyring([newKey], { random: createSeededRandom(1) });
    const plaintext = '{"to":"+31612345678","code":"123456","note":"ünïcode ✓"}';
    const first = await keyring.seal(plaintext);
    const second = await keyring.seal(plaintext);
    expect(first).toMatch(/^k2025\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+$/);
    expect(first).not.toBe(second);
    expect(first).not.toContain('123456');
    expect(await keyring.open(first)).toBe(plaintext);
    expect(await keyring.open(second)).toBe(plaintext);
    expect(await keyring.open(await keyring.seal(''))).toBe('');
  });

  it('opens values sealed under an older key after a rotation', async () => {
    const sealed = await createKeyring([oldKey]).seal('secret payload');
    const rotated = createKeyring([newKey, oldKey]);
    expect(await rotated.open(sealed)).toBe('secret payload');
    expect((await rotated.seal('x')).startsWith('k2025.')).toBe(true);
  });

  it('returns null when opening tampered, truncated, foreign or garbage input', async () => {
    const keyring = createKeyring([oldKey]);
    const sealed = await keyring.seal('secret payload');
    const [keyId, iv, ciphertext] = sealed.split('.') as [string, string, string];

    const bytes = decodeBase64Url(ciphertext) as Uint8Array;
    const flipped = bytes.slice();
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    const ivBytes = decodeBase64Url(iv) as Uint8Array;
    const otherIv = ivBytes.slice();
    otherIv[11] = (otherIv[11] ?? 0) ^ 0x80;

    const bad = [
      `${keyId}.${iv}.${encodeBase64Url(flipped)}`,
      `${keyId}.${encodeBase64Url(otherIv)}.${ciphertext}`,
      `${keyId}.${iv}.${encodeBase64Url(bytes.slice(0, -1))}`,
      `${keyId}.${iv}.${encodeBase64Url(bytes.slice(0, 15))}`,
      `${keyId}.${iv}.`,
      `${keyId}.${iv}`,
      `${sealed}.extra`,
      `unknown.${iv}.${ciphertext}`,
      `${keyId}.${iv}.${ciphertext}=`,
      `${keyId}.${iv.slice(1)}.${ciphertext}`,
      '',
      '...',
      'garbage',
      '\u0000.\u0000.\u0000',
    ];
    for (const value of bad) expect(await keyring.open(value)).toBeNull();
    expect(await keyring.open(42 as unknown as string)).toBeNull();

    // The same key id with a different secret is another key: authentication fails.
    const impostor = createKeyring([
      { id: keyId, secret: 'a-different-secret-that-is-32-bytes-long' },
    ]);
    expect(await impostor.open(sealed)).toBeNull();
    // A key that was removed from the ring opens nothing.
    expect(await createKeyring([newKey]).open(sealed)).toBeNull();
    expect(await keyring.open(sealed)).toBe('secret payload');
  });

  it('seals with AES-256-GCM under the HKDF subkey for sealing', async () => {
    // Decrypt independently with node:crypto, to pin the format and the key derivation.
    const sealed = await createKeyring([oldKey]).seal('pinned format');
    const [, iv, ciphertext] = sealed.split('.') as [string, string, string];
    const bytes = decodeBase64Url(ciphertext) as Uint8Array;
    const subkey = hkdfSync('sha256', oldKey.secret, new Uint8Array(0), 'openreset:seal', 32);
    const decipher = createDecipheriv(
      'aes-256-gcm',
      new Uint8Array(subkey),
      decodeBase64Url(iv) as Uint8Array,
    );
    decipher.setAuthTag(bytes.subarray(-16));
    const plaintext = new TextDecoder().decode(
      new Uint8Array([...decipher.update(bytes.subarray(0, -16)), ...decipher.final()]),
    );
    expect(plaintext).toBe('pinned format');
  });

  it('opens nothing that decrypts to bytes that are not UTF-8', async () => {
    // Sealed with node:crypto under the same subkey: authentic, but not text.
    const subkey = hkdfSync('sha256', oldKey.secret, new Uint8Array(0), 'openreset:seal', 32);
    const iv = new Uint8Array(12).fill(7);
    const cipher = createCipheriv('aes-256-gcm', new Uint8Array(subkey), iv);
    const body = new Uint8Array([
      ...cipher.update(new Uint8Array([0x61, 0xff, 0x62])),
      ...cipher.final(),
    ]);
    const sealed = `k2024.${encodeBase64Url(iv)}.${encodeBase64Url(new Uint8Array([...body, ...cipher.getAuthTag()]))}`;
    expect(await createKeyring([oldKey]).open(sealed)).toBeNull();
  });

  it('opens only values with a 96-bit IV, even authentic ones sealed with another length', async () => {
    const subkey = hkdfSync('sha256', oldKey.secret, new Uint8Array(0), 'openreset:seal', 32);
    const iv = new Uint8Array(16).fill(3);
    const cipher = createCipheriv('aes-256-gcm', new Uint8Array(subkey), iv);
    const body = [...cipher.update('secret payload', 'utf8'), ...cipher.final()];
    const sealed = `k2024.${encodeBase64Url(iv)}.${encodeBase64Url(new Uint8Array([...body, ...cipher.getAuthTag()]))}`;
    expect(await createKeyring([oldKey]).open(sealed)).toBeNull();
  });

  it('refuses no keys, duplicate ids, bad ids and short secrets', () => {
    // The messages are matched because a guard that is gone would often still end in a
    // TypeError (reading a property of undefined), just not this one.
    const secret = 'x'.repeat(32);
    expect(() => createKeyring([])).toThrow(/at least one key/);
    expect(() => createKeyring(undefined as unknown as [])).toThrow(/at least one key/);
    expect(() =>
      createKeyring([
        { id: 'a', secret },
        { id: 'a', secret: 'y'.repeat(32) },
      ]),
    ).toThrow(/the key id a is used twice/);
    for (const id of ['', 'has space', 'dot.ted', 'x'.repeat(33), 'ü', undefined, 7]) {
      expect(() => createKeyring([{ id, secret } as ServerKey])).toThrow(/key id must be/);
    }
    expect(() => createKeyring([null as unknown as ServerKey])).toThrow(/key id must be/);
    expect(() => createKeyring([{ id: 'a', secret: 'x'.repeat(31) }])).toThrow(
      /the secret of key a must be at least 32 bytes/,
    );
    expect(() => createKeyring([{ id: 'a', secret: new Uint8Array(31) }])).toThrow(TypeError);
    // Neither a number nor an array of numbers is a secret, however long.
    for (const notSecret of [64, Array.from({ length: 64 }, () => 1), null]) {
      expect(() => createKeyring([{ id: 'a', secret: notSecret } as unknown as ServerKey])).toThrow(
        /the secret of key a must be at least 32 bytes/,
      );
    }
    // 11 three-byte characters are 33 UTF-8 bytes: long enough.
    expect(() => createKeyring([{ id: 'a', secret: '✓'.repeat(11) }])).not.toThrow();
    expect(() => createKeyring([{ id: 'A-z_9', secret: new Uint8Array(32) }])).not.toThrow();
  });

  it('never shows a secret in its errors', () => {
    const secret = 'short-secret-value';
    try {
      createKeyring([{ id: 'a', secret }]);
      expect.unreachable();
    } catch (error) {
      expect(String(error)).not.toContain(secret);
    }
  });
});
