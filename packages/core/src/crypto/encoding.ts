import { nativeCrypto } from './native-crypto.js';

/**
 * Byte/text encodings without `Buffer`, `btoa` or `atob`, so core runs on any runtime.
 * Every encoder omits padding; every decoder is strict (canonical input only) and returns
 * `null` instead of throwing, because its input is usually untrusted (a stored hash, a
 * token from a request).
 */

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const HEX = '0123456789abcdef';

function reverseTable(alphabet: string): Int16Array {
  const table = new Int16Array(128).fill(-1);
  for (let index = 0; index < alphabet.length; index++) table[alphabet.charCodeAt(index)] = index;
  return table;
}

const BASE64_VALUES = reverseTable(BASE64);
const BASE64_URL_VALUES = reverseTable(BASE64_URL);

function encodeWith(alphabet: string, bytes: Uint8Array): string {
  let text = '';
  for (let index = 0; index < bytes.length; index += 3) {
    const b0 = bytes[index] ?? 0;
    const b1 = bytes[index + 1] ?? 0;
    const b2 = bytes[index + 2] ?? 0;
    const remaining = bytes.length - index;
    text += alphabet.charAt(b0 >> 2);
    text += alphabet.charAt(((b0 & 0x03) << 4) | (b1 >> 4));
    if (remaining > 1) text += alphabet.charAt(((b1 & 0x0f) << 2) | (b2 >> 6));
    if (remaining > 2) text += alphabet.charAt(b2 & 0x3f);
  }
  return text;
}

function decodeWith(values: Int16Array, text: string): Uint8Array | null {
  // A single leftover character cannot encode a whole byte.
  if (text.length % 4 === 1) return null;
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let written = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const value = code < 128 ? (values[code] ?? -1) : -1;
    if (value < 0) return null;
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[written++] = (buffer >> bits) & 0xff;
    }
  }
  // Canonical form: the unused low bits of the last character are zero.
  if ((buffer & ((1 << bits) - 1)) !== 0) return null;
  return bytes;
}

/** Encodes bytes as standard base64 (RFC 4648 section 4) without `=` padding, as PHC strings use. */
export function encodeBase64(bytes: Uint8Array): string {
  return encodeWith(BASE64, bytes);
}

/** Decodes unpadded standard base64; `null` for padding, foreign characters or non-canonical input. */
export function decodeBase64(text: string): Uint8Array | null {
  return decodeWith(BASE64_VALUES, text);
}

/** Encodes bytes as base64url (RFC 4648 section 5) without padding, for ids and tokens in URLs. */
export function encodeBase64Url(bytes: Uint8Array): string {
  return encodeWith(BASE64_URL, bytes);
}

/** Decodes unpadded base64url; `null` for padding, foreign characters or non-canonical input. */
export function decodeBase64Url(text: string): Uint8Array | null {
  return decodeWith(BASE64_URL_VALUES, text);
}

/** Encodes bytes as lower-case hex. */
export function encodeHex(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += HEX.charAt(byte >> 4) + HEX.charAt(byte & 0x0f);
  return text;
}

/** Decodes hex of either case; `null` for an odd length or a non-hex character. */
export function decodeHex(text: string): Uint8Array | null {
  if (text.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(text)) return null;
  const bytes = new Uint8Array(text.length / 2);
  for (let index = 0; index < bytes.length; index++) {
    bytes[index] = Number.parseInt(text.slice(index * 2, index * 2 + 2), 16);
  }
  return bytes;
}

/** The SHA-256 digest of a UTF-8 string, base64url: names a flow by its token, a contact by its value. */
export async function sha256Base64Url(text: string): Promise<string> {
  const native = nativeCrypto();
  if (native !== null) return encodeBase64Url(native.createHash('sha256').update(text).digest());
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return encodeBase64Url(new Uint8Array(digest));
}

/** The bytes of `parts`, one after the other, in a new array. */
export function concatBytes(...parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** An unsigned 32-bit integer from the first four bytes of `bytes` (big-endian). */
export function readUint32(bytes: Uint8Array): number {
  return (
    (((bytes[0] ?? 0) << 24) |
      ((bytes[1] ?? 0) << 16) |
      ((bytes[2] ?? 0) << 8) |
      (bytes[3] ?? 0)) >>>
    0
  );
}
