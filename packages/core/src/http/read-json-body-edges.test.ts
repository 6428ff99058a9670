// Edges of body reading and the access check (mutation testing, issue 20): a byte-order
// mark, Content-Length values that are not plain digits, the stream released afterwards,
// and the message of a host's bad authenticate.
import { describe, expect, it } from 'vitest';
import { createCallerAuthorizer } from './authorize-caller.js';
import type { Caller } from './caller.js';
import { readJsonBody } from './read-json-body.js';

const URL_ = 'https://api.example.com/x';
const options = { maxBytes: 10, allowEmpty: false };

describe('readJsonBody: edges', () => {
  it('skips a UTF-8 byte-order mark', async () => {
    const body = Uint8Array.of(0xef, 0xbb, 0xbf, 0x5b, 0x31, 0x5d); // BOM, then [1]
    await expect(
      readJsonBody(new Request(URL_, { method: 'POST', body }), options),
    ).resolves.toEqual([1]);
  });

  it('trusts a declared length only when it is plain digits', async () => {
    for (const declared of ['+20', '20.5', '1e3']) {
      const request = new Request(URL_, {
        method: 'POST',
        body: '1',
        headers: { 'content-length': declared },
      });
      await expect(readJsonBody(request, options), declared).resolves.toBe(1);
    }
  });

  it('releases the body stream when done', async () => {
    const request = new Request(URL_, { method: 'POST', body: '[1]' });
    await readJsonBody(request, options);
    expect(request.body?.locked).toBe(false);
  });
});

describe('createCallerAuthorizer: a bad authenticate', () => {
  it('says what authenticate must return', async () => {
    const authorize = createCallerAuthorizer(() => ({ userId: '' }) as unknown as Caller);
    await expect(authorize(new Request(URL_), 'user')).rejects.toThrow(
      new TypeError(
        'authenticate must return { userId: string, isAdmin: boolean, authTime?: Date } or null',
      ),
    );
  });
});
