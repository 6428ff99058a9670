import fc from 'fast-check';
import { ROUTES } from './http-routes.js';
import { ALICE_PASSWORD, NEW_PASSWORD } from './http-test-setup.js';

/** Printable ASCII: what a header value can hold (no CR/LF; `Headers` refuses those). */
const headerText = fc.stringMatching(/^[\x21-\x7e][\x20-\x7e]{0,60}$/);

/** A generated request: method, path (under the base path) and body. */
export type FuzzRequest = [
  method: string,
  path: string,
  body: string | Uint8Array<ArrayBuffer> | undefined,
];

/**
 * The fuzzers' request generators (fast-check), shared by `http-fuzz.test.ts` and the
 * reliability suite (`bench/reliability/fuzz.ts`): for the test API of `http-test-setup.ts`
 * (alice, erin, admin), mounted under `base`, with real `tokens` of started flows so that
 * generated bodies reach the flows' states.
 *
 * - `requestFor(route)`: mostly that route's own method with a body close to its schema
 *   (to get past validation), sometimes anything;
 * - `anyRequest`: a route's request or any method, path and body;
 * - `query` and `headers`: query strings and request headers, hostile ones included.
 */
export function fuzzArbitraries(base: string, tokens: readonly string[]) {
  const BASE = base;
  const routePaths = Object.values(ROUTES).map((route) => route.path);
  const scalar = fc.oneof(
    fc.string(),
    fc.string({ unit: 'grapheme', maxLength: 50 }),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom(
      'alice',
      'nobody@example.com',
      'm1',
      'm2',
      'm3',
      '123456',
      'email',
      'mobile',
      'office',
      'reset',
      'unlock',
      '+31612345678',
      'alice@example.com',
      ALICE_PASSWORD,
      NEW_PASSWORD,
      'directory:mobile',
      'childhood-nickname',
      'a\r\nBcc: x@evil.example',
      '\u0130\u212a\u0131',
      'x'.repeat(5000),
      '__proto__',
    ),
    fc.constantFrom(...tokens),
  );
  const value = fc.oneof(
    { weight: 4, arbitrary: scalar },
    fc.array(scalar, { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 12 }), scalar, { maxKeys: 3 }),
    fc.array(fc.record({ questionId: scalar, answer: scalar }), { maxLength: 6 }),
    fc.jsonValue({ maxDepth: 3 }),
  );
  const fieldNames = fc.constantFrom(
    'identifier',
    'intent',
    'captcha',
    'locale',
    'flowToken',
    'methodId',
    'confirm',
    'code',
    'answers',
    'newPassword',
    'currentPassword',
    'kind',
    'value',
    'policy',
    'expectedRevision',
    '__proto__',
    'constructor',
  );
  const structured = fc
    .dictionary(fieldNames, value, { maxKeys: 5 })
    .map((object) => JSON.stringify(object));
  const body = fc.oneof(
    { weight: 6, arbitrary: structured },
    fc.constant(undefined),
    fc.json({ maxDepth: 3 }),
    fc.string({ maxLength: 200 }),
    fc.constant('{"identifier":"alice","identifier":"bob"}'),
    fc.constant(`{"identifier":"${'a'.repeat(20_000)}"}`),
    fc.constant(`[${'['.repeat(2000)}${']'.repeat(2000)}]`),
    fc.uint8Array({ maxLength: 64 }),
    fc.record({ policy: fc.jsonValue({ maxDepth: 4 }) }).map((o) => JSON.stringify(o)),
  );

  const path = fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...routePaths).map((p) => `${BASE}${p}`) },
    fc.string({ maxLength: 30 }).map((id) => `${BASE}/me/methods/${encodeURIComponent(id)}`),
    fc.constantFrom(
      `${BASE}/me/methods/%ff`,
      `${BASE}/me/methods/..%2f..%2fadmin%2fpolicy`,
      `${BASE}/../admin/policy`,
      `${BASE}/%2e%2e/admin/policy`,
      `${BASE}//reset`,
      `${BASE}/reset/`,
      `${BASE}/RESET`,
      `${BASE}`,
      '/reset',
      '/',
      `${BASE}/admin/reports/resets/../../policy`,
      `${BASE}/openapi.json%00`,
    ),
    fc.webPath().map((p) => `${BASE}${p}`),
  );
  const query = fc.oneof(
    { weight: 4, arbitrary: fc.constant('') },
    fc
      .array(
        fc.tuple(
          fc.constantFrom('from', 'to', 'limit', 'cursor', 'result', 'flowToken', 'x'),
          fc.oneof(fc.string(), fc.constantFrom('2026-11-24T00:00:00Z', '10', '0', 'Failed')),
        ),
        { maxLength: 4 },
      )
      .map((pairs) => `?${new URLSearchParams(pairs).toString()}`),
    fc.constantFrom('?%ff', '?limit=1&limit=2', '?&&=', '?from=2027-01-01T00:00:00Z'),
  );
  const headers = fc.record(
    {
      'content-type': fc.oneof(
        { weight: 6, arbitrary: fc.constant('application/json') },
        fc.constantFrom(
          'application/json; charset=utf-8',
          'text/plain',
          'application/x-www-form-urlencoded',
          'application/json; charset=utf-16',
          'multipart/form-data',
        ),
        headerText,
      ),
      'x-test-user': fc.constantFrom('alice', 'admin', 'erin', 'ghost', 'nobody'),
      authorization: fc.oneof(
        headerText,
        headerText.map((t) => `Bearer ${t}`),
      ),
      origin: fc.oneof(fc.constant('https://app.example.com'), headerText),
      'x-forwarded-for': fc.oneof(fc.ipV4(), fc.ipV6(), headerText),
      accept: fc.oneof(
        fc.constantFrom('text/csv', 'application/json', '*/*', 'text/csv;q=0'),
        headerText,
      ),
      'accept-language': headerText,
      'if-match': fc.oneof(fc.constantFrom('"0"', '"1"', '*', 'W/"0"'), headerText),
      'content-length': fc.constantFrom('0', '5', '999999999', 'abc'),
      host: headerText,
      'x-forwarded-host': headerText,
      'access-control-request-method': fc.constantFrom('POST', 'GET', 'DELETE', 'PUT'),
    },
    { requiredKeys: [] },
  );
  const method = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE') },
    fc.constantFrom('PATCH', 'OPTIONS', 'HEAD', 'FOO', 'get'),
  );

  // Mostly a route's own method with a body close to its schema, to get past validation.
  const good: Record<string, fc.Arbitrary<unknown>> = {
    identifier: fc.constantFrom('alice', 'erin', 'admin', 'nobody@example.com', 'ALICE'),
    intent: fc.constantFrom('reset', 'unlock'),
    locale: fc.constantFrom('en', 'nl', 'xx'),
    flowToken: fc.constantFrom(...tokens),
    methodId: fc.constantFrom('m1', 'm2', 'm3', 'm4'),
    confirm: fc.constantFrom(
      '+31612345678',
      'alice.private@example.net',
      '+31611112222',
      '0612345678',
    ),
    code: fc.constantFrom('123456', '000000', '12345678'),
    answers: fc.array(
      fc.record({
        questionId: fc.constantFrom(
          'childhood-best-friend',
          'childhood-nickname',
          'street-at-age-ten',
          'x',
        ),
        answer: fc.constantFrom('Marjolein', 'Sprout', 'Lindengracht', 'ab', ''),
      }),
      { maxLength: 4 },
    ),
    newPassword: fc.constantFrom(NEW_PASSWORD, 'short', ALICE_PASSWORD, 'password1234'),
    currentPassword: fc.constantFrom(ALICE_PASSWORD, 'erin original passphrase', 'wrong password'),
    kind: fc.constantFrom('email', 'mobile', 'office'),
    value: fc.constantFrom('+31600000000', 'new@example.org', 'not an address', '+1'),
    policy: fc.oneof(
      fc.constantFrom({}, { gatesRequired: 2 }, { branding: { orgName: 'X' } }, { methods: [] }),
      fc.jsonValue({ maxDepth: 3 }),
    ),
    expectedRevision: fc.integer({ min: -1, max: 3 }),
  };
  type Route = (typeof ROUTES)[keyof typeof ROUTES];
  const requestFor = (route: Route): fc.Arbitrary<FuzzRequest> => {
    const fields = 'body' in route ? Object.keys((route.body as { shape: object }).shape) : [];
    const bodyOf =
      fields.length === 0
        ? fc.constant('{}')
        : fc
            .record(
              Object.fromEntries(
                fields.map((field) => [
                  field,
                  fc.oneof({ weight: 5, arbitrary: good[field] ?? value }, value),
                ]),
              ),
              { requiredKeys: [] },
            )
            .map((object) => JSON.stringify(object));
    return fc.tuple(
      fc.constant(route.method as string),
      fc.constant(`${BASE}${route.path.replace('{id}', 'registered-1')}`),
      fc.oneof({ weight: 3, arbitrary: bodyOf }, body),
    );
  };
  const routeRequest = fc.constantFrom(...Object.values(ROUTES)).chain(requestFor);
  const anyRequest: fc.Arbitrary<FuzzRequest> = fc.oneof(
    { weight: 3, arbitrary: routeRequest },
    fc.tuple(method, path, body),
  );
  return { requestFor, anyRequest, query, headers };
}
