// Unit tests of request parsing: the CSRF content-type check, the query string and the body
// (mutation testing, issue 20; the handler suites reach them only through whole requests).
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { HttpError } from './http-error.js';
import { parseBody, parseQuery, requireJsonContentType } from './parse-request.js';

const URL_ = 'https://api.example.com/x';

/** The `HttpError` `run` throws or rejects with; fails on anything else. */
async function refusal(run: () => unknown): Promise<HttpError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof HttpError) return error;
    throw error;
  }
  throw new Error('expected an HttpError');
}

const post = (body: string | null, type = 'application/json') =>
  new Request(URL_, { method: 'POST', body, headers: { 'content-type': type } });

describe('requireJsonContentType', () => {
  const withType = (type?: string) =>
    new Request(URL_, type === undefined ? {} : { headers: { 'content-type': type } });

  it('refuses every state-changing method without a JSON content type, with 415', async () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      for (const type of [undefined, 'text/plain', 'application/jsonx']) {
        const error = await refusal(() => requireJsonContentType(method, withType(type)));
        expect([error.status, error.code], `${method} ${type}`).toEqual([
          415,
          'unsupported_media_type',
        ]);
      }
    }
  });

  it('lets reads through whatever they say', () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS']) {
      expect(() => requireJsonContentType(method, withType())).not.toThrow();
      expect(() => requireJsonContentType(method, withType('text/plain'))).not.toThrow();
    }
  });

  it('accepts JSON in any case and spacing, as UTF-8 or without a charset', () => {
    for (const type of [
      'application/json',
      ' Application/JSON ',
      'application/json;charset=utf-8',
      'application/json ; Charset = UTF-8',
      'application/json; charset="utf-8"',
      'application/json; profile=x',
      'application/json; profile=x; charset=utf-8',
    ]) {
      expect(() => requireJsonContentType('POST', withType(type)), type).not.toThrow();
    }
  });

  it('refuses any other charset, also beside UTF-8 or quoted oddly', async () => {
    for (const type of [
      'application/json; charset=latin1',
      'application/json; charset = latin1',
      'application/json; charset=utf-8; charset=latin1',
      'application/json; charset=latin1; charset=utf-8',
      'application/json; charset',
      "application/json; charset='utf-8'",
      'application/json; charset=utf8',
    ]) {
      expect(
        (await refusal(() => requireJsonContentType('PUT', withType(type)))).status,
        type,
      ).toBe(415);
    }
  });
});

describe('parseQuery', () => {
  const schema = z.strictObject({ limit: z.coerce.number().int().max(500).optional() });

  it('returns what the schema makes of the parameters', () => {
    expect(parseQuery(new URLSearchParams('limit=20'), schema)).toEqual({ limit: 20 });
    expect(parseQuery(new URLSearchParams(''), schema)).toEqual({});
  });

  it('reads a parameter named like an object property as any other', () => {
    const named = z.strictObject({ toString: z.string(), constructor: z.string() });
    expect(parseQuery(new URLSearchParams('toString=a&constructor=b'), named)).toEqual({
      toString: 'a',
      constructor: 'b',
    });
  });

  it('refuses a repeated parameter (pollution), naming at most five, cut to 64 characters', async () => {
    const once = await refusal(() => parseQuery(new URLSearchParams('limit=1&limit=1000'), schema));
    expect([once.status, once.code, once.issues]).toEqual([
      400,
      'invalid_request',
      [{ path: 'limit', code: 'duplicate_parameter' }],
    ]);
    const long = 'k'.repeat(70);
    const params = new URLSearchParams(
      [long, 'a', 'b', 'c', 'd', 'e'].flatMap((key) => [`${key}=1`, `${key}=2`]).join('&'),
    );
    const many = await refusal(() => parseQuery(params, schema));
    expect(many.issues).toEqual(
      [long.slice(0, 64), 'a', 'b', 'c', 'd'].map((path) => ({
        path,
        code: 'duplicate_parameter',
      })),
    );
  });

  it('takes no query on a route without a query schema, naming at most five keys', async () => {
    expect(parseQuery(new URLSearchParams(''), undefined)).toBeUndefined();
    const long = 'q'.repeat(70);
    const error = await refusal(() =>
      parseQuery(new URLSearchParams(`${long}=1&a=1&b=1&c=1&d=1&e=1`), undefined),
    );
    expect([error.status, error.code]).toEqual([400, 'invalid_request']);
    expect(error.issues).toEqual(
      [long.slice(0, 64), 'a', 'b', 'c', 'd'].map((path) => ({ path, code: 'unrecognized_keys' })),
    );
  });

  it('gives the issues of a query the schema refuses, with the limit it broke', async () => {
    const error = await refusal(() => parseQuery(new URLSearchParams('limit=501'), schema));
    expect(error.issues).toEqual([{ path: 'limit', code: 'too_big', maximum: 500 }]);
  });
});

describe('parseBody', () => {
  const body = z.strictObject({
    name: z.string().min(2),
    tags: z.array(z.string().max(3)).optional(),
  });

  it('reads no body on a route without a body schema', async () => {
    const request = post('{"name":"ab"}');
    expect(await parseBody(request, {}, 100)).toBeUndefined();
    expect(request.bodyUsed).toBe(false);
  });

  it('parses the body with the schema', async () => {
    expect(await parseBody(post('{"name":"ab"}'), { body }, 100)).toEqual({ name: 'ab' });
  });

  it('reads an empty body as {} only where the body is optional', async () => {
    const optional = z.strictObject({ name: z.string().optional() });
    expect(await parseBody(post(null), { body: optional, bodyOptional: true }, 100)).toEqual({});
    for (const route of [{ body: optional }, { body: optional, bodyOptional: false }]) {
      expect((await refusal(() => parseBody(post(null), route, 100))).code).toBe('invalid_json');
    }
  });

  it('passes the byte limit on', async () => {
    const text = JSON.stringify({ name: 'x'.repeat(50) });
    expect(await parseBody(post(text), { body }, text.length)).toEqual(JSON.parse(text));
    const error = await refusal(() => parseBody(post(text), { body }, text.length - 1));
    expect([error.status, error.code]).toEqual([413, 'payload_too_large']);
  });

  it('names where the body is wrong and the bound it broke, never the input', async () => {
    const error = await refusal(() =>
      parseBody(post('{"name":"a","tags":["abcd",7]}'), { body }, 1000),
    );
    expect([error.status, error.code]).toEqual([400, 'invalid_request']);
    expect(error.issues).toEqual([
      { path: 'name', code: 'too_small', minimum: 2 },
      { path: 'tags.0', code: 'too_big', maximum: 3 },
      { path: 'tags.1', code: 'invalid_type' },
    ]);
    expect(JSON.stringify(error)).not.toContain('abcd');
  });

  it('names at most five unknown keys, under their path and cut to 64 characters', async () => {
    const nested = z.strictObject({ inner: z.strictObject({}) });
    const long = 'u'.repeat(70);
    const keys = [long, 'a', 'b', 'c', 'd', 'e'];
    const inner = Object.fromEntries(keys.map((key) => [key, 1]));
    const error = await refusal(() =>
      parseBody(post(JSON.stringify({ inner })), { body: nested }, 1000),
    );
    expect(error.issues).toEqual(
      [long.slice(0, 64), 'a', 'b', 'c', 'd'].map((key) => ({
        path: `inner.${key}`,
        code: 'unrecognized_keys',
      })),
    );
  });

  it('gives at most 20 issues', async () => {
    const many = z.strictObject(
      Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`f${i}`, z.string()])),
    );
    const error = await refusal(() => parseBody(post('{}'), { body: many }, 1000));
    expect(error.issues).toHaveLength(20);
    expect(error.issues?.[19]).toEqual({ path: 'f19', code: 'invalid_type' });
  });
});
