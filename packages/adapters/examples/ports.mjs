// Stands in for your application's ports in the README examples (see "Storage" and
// "Directory" in the README for real ones): in-memory storage and a directory with one user.
// The cheap hasher keeps the example tests fast; never use it for real passwords.
import { createPbkdf2Hasher } from '@openreset/core';
import { createMemoryDirectory, createMemoryStorage } from '@openreset/core/memory';

export const storage = createMemoryStorage();

export const directory = createMemoryDirectory({
  hasher: createPbkdf2Hasher({ iterations: 1000 }),
  users: [{ id: 'u-alice', username: 'alice', password: 'morning tide over quiet water' }],
});

export const keys = [{ id: 'k1', secret: 'example secret of at least thirty-two bytes' }];
