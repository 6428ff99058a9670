/** The part of `node:crypto` the synchronous path uses (Node, Deno and Bun all provide it). */
export interface NativeCrypto {
  createHmac(algorithm: 'sha256', key: Uint8Array): NativeDigest;
  createHash(algorithm: 'sha256' | 'sha1'): NativeDigest;
  hkdfSync(
    digest: 'sha256',
    key: Uint8Array,
    salt: Uint8Array,
    info: Uint8Array,
    length: number,
  ): ArrayBuffer;
  createCipheriv(
    algorithm: 'aes-256-gcm',
    key: Uint8Array,
    iv: Uint8Array,
    options: { authTagLength: number },
  ): NativeCipher;
  createDecipheriv(
    algorithm: 'aes-256-gcm',
    key: Uint8Array,
    iv: Uint8Array,
    options: { authTagLength: number },
  ): NativeDecipher;
}

/** A running hash or HMAC. */
export interface NativeDigest {
  update(data: Uint8Array | string): NativeDigest;
  digest(): Uint8Array;
}

/** An AES-GCM encryption. */
export interface NativeCipher {
  update(data: Uint8Array): Uint8Array;
  final(): Uint8Array;
  getAuthTag(): Uint8Array;
}

/** An AES-GCM decryption; `final` throws when the tag does not match. */
export interface NativeDecipher {
  update(data: Uint8Array): Uint8Array;
  setAuthTag(tag: Uint8Array): NativeDecipher;
  final(): Uint8Array;
}

let found: NativeCrypto | null | undefined;

/**
 * `node:crypto` when the runtime hands it out through `process.getBuiltinModule` (Node
 * 20.16+, Deno, Bun), else `null` (browsers, workers): then everything stays on Web Crypto.
 * Same algorithms, same bytes; what changes is the cost. Each Web Crypto call is a job on the
 * thread pool and a promise (tens of µs, and a wait for a free thread under load), where a
 * native HMAC of a short message takes a few µs on the calling thread. No import of `node:`
 * is involved, so the package still loads anywhere. Looked up once, on first use.
 */
export function nativeCrypto(): NativeCrypto | null {
  if (found === undefined) {
    try {
      const runtime = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } })
        .process;
      found = (runtime?.getBuiltinModule?.('node:crypto') as NativeCrypto | undefined) ?? null;
    } catch {
      found = null;
    }
  }
  return found;
}
