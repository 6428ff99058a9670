import { nativeCrypto } from '../crypto/native-crypto.js';

/**
 * Upper-case hex SHA-1 of the UTF-8 bytes of `text`, the form breach corpora are keyed by.
 * SHA-1 is used only because the k-anonymity range protocol is defined over it. On the
 * native path (`nativeCrypto`) it is hashed on the calling thread: a Web Crypto digest costs
 * a thread-pool job, about 6% of a reset cycle's CPU when every reset checks a password.
 */
export async function sha1Hex(text: string): Promise<string> {
  const native = nativeCrypto();
  const digest =
    native === null
      ? new Uint8Array(await crypto.subtle.digest('SHA-1', new TextEncoder().encode(text)))
      : native.createHash('sha1').update(text).digest();
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
}
