import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  decodeBase64,
  decodeBase64Url,
  decodeHex,
  encodeBase64,
  encodeBase64Url,
  encodeHex,
} from './encoding.js';

const text = (value: string) => new TextEncoder().encode(value);

describe('encoding', () => {
  // RFC 4648 section 10, without the padding.
  const vectors: [string, string][] = [
    ['', ''],
    ['f', 'Zg'],
    ['fo', 'Zm8'],
    ['foo', 'Zm9v'],
    ['foob', 'Zm9vYg'],
    ['fooba', 'Zm9vYmE'],
    ['foobar', 'Zm9vYmFy'],
  ];

  it('encodes and decodes the RFC 4648 base64 vectors without padding', () => {
    for (const [plain, encoded] of vectors) {
      expect(encodeBase64(text(plain))).toBe(encoded);
      expect(decodeBase64(encoded)).toEqual(text(plain));
    }
  });

  it('uses + and / in base64 and - and _ in base64url', () => {
    const bytes = Uint8Array.of(0xfb, 0xff, 0xbf);
    expect(encodeBase64(bytes)).toBe('+/+/');
    expect(encodeBase64Url(bytes)).toBe('-_-_');
    expect(decodeBase64Url('-_-_')).toEqual(bytes);
    expect(decodeBase64Url('+/+/')).toBeNull();
    expect(decodeBase64('-_-_')).toBeNull();
  });

  it('round-trips every byte value and every length', () => {
    for (let length = 0; length < 40; length++) {
      const bytes = Uint8Array.from({ length }, (_, index) => (index * 97 + length) & 0xff);
      expect(decodeBase64(encodeBase64(bytes))).toEqual(bytes);
      expect(decodeBase64Url(encodeBase64Url(bytes))).toEqual(bytes);
      expect(decodeHex(encodeHex(bytes))).toEqual(bytes);
    }
  });

  it('refuses padding, foreign characters, impossible lengths and non-canonical endings', () => {
    for (const bad of ['Zg==', 'Zm9v=', 'Z', 'Zm9vY', 'Zh', 'Zm9', 'Zm 9v', 'Zm9v\n', 'Zé']) {
      expect(decodeBase64(bad)).toBeNull();
    }
  });

  it('agrees with the Buffer of Node on random bytes, and takes exactly the canonical strings', () => {
    for (let length = 0; length < 200; length++) {
      const bytes = new Uint8Array(randomBytes(length));
      expect(encodeBase64Url(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
      expect(encodeBase64(bytes)).toBe(Buffer.from(bytes).toString('base64').replace(/=+$/, ''));
    }
    const alphabet = 'AZaz09-_';
    for (let i = 0; i < 4000; i++) {
      const candidate = Array.from(
        { length: 2 + (i % 7) },
        (_, at) => alphabet[(i * 7 + at * 13 + Math.floor(i / (at + 3))) % alphabet.length],
      ).join('');
      const canonical =
        candidate.length % 4 !== 1 &&
        Buffer.from(candidate, 'base64url').toString('base64url') === candidate;
      const decoded = decodeBase64Url(candidate);
      expect(decoded === null ? null : Buffer.from(decoded).toString('base64url')).toBe(
        canonical ? candidate : null,
      );
    }
  });

  it('decodes zero bytes, and refuses a foreign character in a short last group', () => {
    expect(decodeBase64Url('AAAAAAAA')).toEqual(new Uint8Array(6));
    expect(decodeBase64Url('AAAAAA')).toEqual(new Uint8Array(4));
    for (const bad of ['Zm9v!g', 'Zm9vY!', 'Zm9v!m8', 'Zm9vZ!8', 'Zm9vZm!']) {
      expect(decodeBase64Url(bad)).toBeNull();
    }
  });

  it('encodes hex in lower case and decodes either case', () => {
    expect(encodeHex(Uint8Array.of(0, 0xab, 0xff))).toBe('00abff');
    expect(decodeHex('00ABff')).toEqual(Uint8Array.of(0, 0xab, 0xff));
    expect(decodeHex('abc')).toBeNull();
    expect(decodeHex('zz')).toBeNull();
  });
});
