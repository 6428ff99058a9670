import { hasherConformance } from '@openreset/core/testing';
import { describe, expect, it } from 'vitest';
import { createArgon2Hasher } from './argon2-hasher.js';

describe('createArgon2Hasher', () => {
  describe('conformance (OWASP parameters)', () => {
    for (const c of hasherConformance(() => createArgon2Hasher())) it(c.name, c.run);
  });

  it('makes argon2id PHC strings with m=19456, t=2, p=1 and a 128-bit salt by default', async () => {
    const hash = await createArgon2Hasher().hash('secret');
    expect(hash).toMatch(
      /^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/,
    );
  });

  it('asks for a rehash of weaker parameters and of foreign hashes, not of stronger ones', async () => {
    const weak = await createArgon2Hasher({ memoryKiB: 1024, iterations: 1 }).hash('secret');
    const strong = await createArgon2Hasher({ memoryKiB: 32768, iterations: 3 }).hash('secret');
    const hasher = createArgon2Hasher();
    expect(hasher.needsRehash(weak)).toBe(true);
    expect(hasher.needsRehash(strong)).toBe(false);
    expect(hasher.needsRehash('$pbkdf2-sha256$i=600000$c2FsdA$aGFzaA')).toBe(true);
    expect(await hasher.verify(weak, 'secret')).toBe(true);
  });

  it('throws a TypeError for parameters that are not positive integers', () => {
    expect(() => createArgon2Hasher({ memoryKiB: 0 })).toThrow(TypeError);
    expect(() => createArgon2Hasher({ iterations: 1.5 })).toThrow(TypeError);
  });
});
