import { describe, expect, it } from 'vitest';
import { createSoftwareAuthenticator } from '../testing/software-authenticator.js';
import { createPasskeys, type StoredPasskey, storedPasskey, webAuthnIssues } from './passkey.js';

const ORIGIN = 'https://login.example.com';
const passkeys = createPasskeys({ rpId: 'example.com', rpName: 'Example', origins: [ORIGIN] });
const USER = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]);
const OTHER_USER = new Uint8Array([9, 9, 9, 9]);
const challenge = (n: number) => new Uint8Array(32).fill(n);
const expecting = (n: number) => async (value: string) =>
  value === Buffer.from(challenge(n)).toString('base64url');

async function registered(options: Parameters<typeof createSoftwareAuthenticator>[0]) {
  const authenticator = createSoftwareAuthenticator(options);
  const creation = await passkeys.registrationOptions({
    challenge: challenge(1),
    userHandle: USER,
    userName: 'alice',
    displayName: 'Alice',
    exclude: [],
  });
  const passkey = await passkeys.verifyRegistration({
    response: await authenticator.create(creation),
    expectChallenge: expecting(1),
  });
  const userHandle = Buffer.from(USER).toString('base64url');
  return { authenticator, passkey: { ...passkey, userHandle } as StoredPasskey };
}

async function assertion(
  authenticator: ReturnType<typeof createSoftwareAuthenticator>,
  overrides: Parameters<ReturnType<typeof createSoftwareAuthenticator>['get']>[1] = {},
) {
  return authenticator.get(await passkeys.authenticationOptions(challenge(2)), overrides);
}

describe('passkeys', () => {
  it('asks for a discoverable credential with user verification, and excludes known ones', async () => {
    const { passkey } = await registered({ origin: ORIGIN });
    const options = await passkeys.registrationOptions({
      challenge: challenge(3),
      userHandle: USER,
      userName: 'alice',
      displayName: 'Alice',
      exclude: [passkey],
    });
    expect(options.rp).toEqual({ id: 'example.com', name: 'Example' });
    expect(options.authenticatorSelection).toMatchObject({
      residentKey: 'required',
      userVerification: 'required',
    });
    expect(options.excludeCredentials).toEqual([
      { id: passkey.id, type: 'public-key', transports: ['internal'] },
    ]);
    const request = await passkeys.authenticationOptions(challenge(2));
    expect(request.allowCredentials).toEqual([]);
    expect(request.userVerification).toBe('required');
  });

  it('registers a passkey and stores its public data', async () => {
    const { passkey } = await registered({ origin: ORIGIN });
    expect(passkey).toMatchObject({
      counter: 0,
      deviceType: 'multiDevice',
      backedUp: true,
      userHandle: Buffer.from(USER).toString('base64url'),
    });
    expect(storedPasskey(passkey as never)).toEqual(passkey);
  });

  it('refuses a registration for another challenge, origin or without user verification', async () => {
    for (const [options, expectChallenge] of [
      [{ origin: ORIGIN }, expecting(9)],
      [{ origin: 'https://evil.example.net' }, expecting(1)],
      [{ origin: ORIGIN, userVerified: false }, expecting(1)],
    ] as const) {
      const authenticator = createSoftwareAuthenticator(options);
      const response = await authenticator.create(
        await passkeys.registrationOptions({
          challenge: challenge(1),
          userHandle: USER,
          userName: 'alice',
          displayName: 'Alice',
          exclude: [],
        }),
      );
      expect(await passkeys.verifyRegistration({ response, expectChallenge })).toBeNull();
    }
  });

  it('verifies an assertion and moves the counter forward', async () => {
    const { authenticator, passkey } = await registered({ origin: ORIGIN, counts: true });
    const next = await passkeys.verifyAssertion({
      response: await assertion(authenticator),
      credential: passkey,
      expectChallenge: expecting(2),
    });
    expect(next).toEqual({ ...passkey, counter: 1 });
  });

  it('refuses a replayed or cloned assertion (the counter did not move)', async () => {
    const { authenticator, passkey } = await registered({ origin: ORIGIN, counts: true });
    const response = await assertion(authenticator);
    const input = { response, expectChallenge: expecting(2) };
    const next = await passkeys.verifyAssertion({ ...input, credential: passkey });
    expect(next?.counter).toBe(1);
    expect(await passkeys.verifyAssertion({ ...input, credential: next ?? passkey })).toBeNull();
  });

  it('refuses a phishing origin, a wrong challenge, no user verification, another user or key', async () => {
    const { authenticator, passkey } = await registered({ origin: ORIGIN });
    const other = await registered({ origin: ORIGIN });
    const cases = [
      { response: await assertion(authenticator, { origin: 'https://examp1e.com' }) },
      { response: await assertion(authenticator), expectChallenge: expecting(7) },
      { response: await assertion(authenticator, { userVerified: false }) },
      {
        response: await assertion(authenticator),
        credential: { ...passkey, userHandle: Buffer.from(OTHER_USER).toString('base64url') },
      },
      { response: await assertion(other.authenticator) },
      { response: await assertion(authenticator), credential: undefined },
    ];
    for (const overrides of cases) {
      const result = await passkeys.verifyAssertion({
        credential: passkey,
        expectChallenge: expecting(2),
        ...overrides,
      });
      expect(result).toBeNull();
    }
    // The same assertion with nothing changed passes: the cases above fail for their reason.
    expect(
      await passkeys.verifyAssertion({
        response: await assertion(authenticator),
        credential: passkey,
        expectChallenge: expecting(2),
      }),
    ).not.toBeNull();
  });

  it('refuses a credential whose backup eligibility changed', async () => {
    const { authenticator, passkey } = await registered({ origin: ORIGIN });
    const result = await passkeys.verifyAssertion({
      response: await assertion(authenticator),
      credential: { ...passkey, deviceType: 'singleDevice' },
      expectChallenge: expecting(2),
    });
    expect(result).toBeNull();
  });

  it('checks the relying party settings', () => {
    expect(webAuthnIssues({ rpId: 'example.com', rpName: 'Example', origins: [ORIGIN] })).toEqual(
      [],
    );
    expect(
      webAuthnIssues({ rpId: 'localhost', rpName: 'Dev', origins: ['http://localhost:3000'] }),
    ).toEqual([]);
    expect(
      webAuthnIssues({
        rpId: 'Example.com',
        rpName: ' ',
        origins: ['https://evil.com', 'http://login.example.com', 'https://example.com/path'],
      }),
    ).toEqual([
      'rpId must be a lower-case domain name such as example.com',
      'rpName must name the organisation',
      'https://evil.com is not on Example.com or a subdomain of it',
      'http://login.example.com is not on Example.com or a subdomain of it',
      'https://example.com/path is not an origin (use https://example.com)',
    ]);
    expect(
      webAuthnIssues({ rpId: 'example.com', rpName: 'X', origins: ['http://login.example.com'] }),
    ).toEqual(['http://login.example.com must use https (http only on localhost)']);
    expect(webAuthnIssues({ rpId: 'example.com', rpName: 'X', origins: [] })).toEqual([
      'origins must list the origins the widgets run on',
    ]);
  });
});
