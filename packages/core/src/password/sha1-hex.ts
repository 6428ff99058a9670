/**
 * Upper-case hex SHA-1 of the UTF-8 bytes of `text`, the form breach corpora are keyed by.
 * SHA-1 is used only because the k-anonymity range protocol is defined over it.
 */
export async function sha1Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-1', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
}
