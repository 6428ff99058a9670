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

const BASE64_CODES = Uint8Array.from(BASE64, (char) => char.charCodeAt(0));
const BASE64_URL_CODES = Uint8Array.from(BASE64_URL, (char) => char.charCodeAt(0));
const BASE64_VALUES = reverseTable(BASE64);
const BASE64_URL_VALUES = reverseTable(BASE64_URL);
/** The output is ASCII, so UTF-8 decoding turns its bytes into the string natively. */
const ascii = new TextDecoder();

// Three bytes at a time into an array of character codes, one string at the end: a string
// built a character at a time cost more than the HMAC it encoded (issue 18).
function encodeWith(codes: Uint8Array, bytes: Uint8Array): string {
  const whole = bytes.length - (bytes.length % 3);
  const left = bytes.length - whole;
  const out = new Uint8Array((whole / 3) * 4 + (left === 0 ? 0 : left + 1));
  let written = 0;
  for (let index = 0; index < whole; index += 3) {
    const group =
      ((bytes[index] ?? 0) << 16) | ((bytes[index + 1] ?? 0) << 8) | (bytes[index + 2] ?? 0);
    out[written++] = codes[group >> 18] ?? 0;
    out[written++] = codes[(group >> 12) & 0x3f] ?? 0;
    out[written++] = codes[(group >> 6) & 0x3f] ?? 0;
    out[written++] = codes[group & 0x3f] ?? 0;
  }
  if (left > 0) {
    const group = ((bytes[whole] ?? 0) << 16) | (left > 1 ? (bytes[whole + 1] ?? 0) << 8 : 0);
    out[written++] = codes[group >> 18] ?? 0;
    out[written++] = codes[(group >> 12) & 0x3f] ?? 0;
    if (left > 1) out[written] = codes[(group >> 6) & 0x3f] ?? 0;
  }
  return ascii.decode(out);
}

/** The 6-bit value of the character at `index`, or -1 when it is not in the alphabet. */
function valueAt(values: Int16Array, text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code < 128 ? (values[code] ?? -1) : -1;
}

function decodeWith(values: Int16Array, text: string): Uint8Array | null {
  // A single leftover character cannot encode a whole byte.
  const left = text.length % 4;
  if (left === 1) return null;
  const whole = text.length - left;
  const bytes = new Uint8Array((whole / 4) * 3 + (left === 0 ? 0 : left - 1));
  let written = 0;
  for (let index = 0; index < whole; index += 4) {
    const a = valueAt(values, text, index);
    const b = valueAt(values, text, index + 1);
    const c = valueAt(values, text, index + 2);
    const d = valueAt(values, text, index + 3);
    if ((a | b | c | d) < 0) return null;
    const group = (a << 18) | (b << 12) | (c << 6) | d;
    bytes[written++] = group >> 16;
    bytes[written++] = (group >> 8) & 0xff;
    bytes[written++] = group & 0xff;
  }
  if (left > 0) {
    const a = valueAt(values, text, whole);
    const b = valueAt(values, text, whole + 1);
    const c = left === 3 ? valueAt(values, text, whole + 2) : 0;
    if ((a | b | c) < 0) return null;
    const group = (a << 18) | (b << 12) | (c << 6);
    bytes[written++] = group >> 16;
    if (left === 3) bytes[written] = (group >> 8) & 0xff;
    // Canonical form: the unused low bits of the last character are zero.
    if ((group & (left === 3 ? 0xff : 0xffff)) !== 0) return null;
  }
  return bytes;
}

/** Encodes bytes as standard base64 (RFC 4648 section 4) without `=` padding, as PHC strings use. */
export function encodeBase64(bytes: Uint8Array): string {
  return encodeWith(BASE64_CODES, bytes);
}

/** Decodes unpadded standard base64; `null` for padding, foreign characters or non-canonical input. */
export function decodeBase64(text: string): Uint8Array | null {
  return decodeWith(BASE64_VALUES, text);
}

/** Encodes bytes as base64url (RFC 4648 section 5) without padding, for ids and tokens in URLs. */
export function encodeBase64Url(bytes: Uint8Array): string {
  return encodeWith(BASE64_URL_CODES, bytes);
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
