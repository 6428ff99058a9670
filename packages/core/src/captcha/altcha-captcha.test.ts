import { solveChallenge } from 'altcha-lib/v1';
import { describe, expect, it } from 'vitest';
import { createKeyring } from '../crypto/keyring.js';
import { createFakeClock } from '../memory/fake-clock.js';
import { createMemoryStorage } from '../memory/memory-storage.js';
import { createTestEngine, TEST_KEYS, TEST_START } from '../testing/test-engine.js';
import { type AltchaChallenge, createAltchaCaptcha } from './altcha-captcha.js';

/** Solves a challenge as the widget does, and encodes the solution as it sends it. */
async function solve(challenge: AltchaChallenge, edit: Record<string, unknown> = {}) {
  const found = await solveChallenge(
    challenge.challenge,
    challenge.salt,
    challenge.algorithm,
    challenge.maxnumber,
  ).promise;
  if (found === null) throw new Error('unsolved');
  const { algorithm, challenge: hash, salt, signature } = challenge;
  return btoa(
    JSON.stringify({ algorithm, challenge: hash, number: found.number, salt, signature, ...edit }),
  );
}

function setup() {
  const clock = createFakeClock(TEST_START);
  const storage = createMemoryStorage();
  const keyring = createKeyring(TEST_KEYS);
  const captcha = createAltchaCaptcha(
    { keyring, counters: storage.counters, clock },
    { provider: 'altcha', maxNumber: 1000, expiresSeconds: 60 },
  );
  return { clock, storage, keyring, captcha };
}

describe('createAltchaCaptcha', () => {
  it('makes signed challenges that expire, in altcha-lib’s format, and passes a solution once', async () => {
    const { captcha } = setup();
    const challenge = await captcha.challenge();
    expect(Object.keys(challenge).sort()).toEqual([
      'algorithm',
      'challenge',
      'maxnumber',
      'salt',
      'signature',
    ]);
    expect(challenge).toMatchObject({ algorithm: 'SHA-256', maxnumber: 1000 });
    expect(challenge.salt).toMatch(
      new RegExp(`\\?expires=${Math.floor(TEST_START.getTime() / 1000) + 60}&$`),
    );
    const token = await solve(challenge);
    expect(await captcha.verify(token, {})).toBe(true);
    // Replayed: refused.
    expect(await captcha.verify(token, {})).toBe(false);
    // Another challenge differs.
    expect((await captcha.challenge()).signature).not.toBe(challenge.signature);
  });

  it('refuses a solution after its challenge expired', async () => {
    const { captcha, clock } = setup();
    const token = await solve(await captcha.challenge());
    clock.advance(60_000);
    expect(await captcha.verify(token, {})).toBe(false);
  });

  it('refuses forged challenges: another key’s, a changed salt or expiry, a wrong number', async () => {
    const { captcha, clock, storage } = setup();
    const challenge = await captcha.challenge();
    // Signed under another key: a forger's own challenge.
    const other = createAltchaCaptcha(
      {
        keyring: createKeyring([{ id: 'x', secret: 'another secret of thirty-two bytes or more' }]),
        counters: storage.counters,
        clock,
      },
      { provider: 'altcha', maxNumber: 1000 },
    );
    expect(await captcha.verify(await solve(await other.challenge()), {})).toBe(false);
    // A later expiry written into the salt, with the challenge recomputed to match.
    const salt = challenge.salt.replace(/expires=\d+/, 'expires=9999999999');
    const { createChallenge } = await import('altcha-lib/v1');
    const relabeled = await createChallenge({ hmacKey: 'guess', salt, number: 5 });
    expect(
      await captcha.verify(
        btoa(JSON.stringify({ ...relabeled, number: 5, signature: challenge.signature })),
        {},
      ),
    ).toBe(false);
    // The right challenge with a forged signature, or a wrong number.
    expect(await captcha.verify(await solve(challenge, { signature: 'a'.repeat(64) }), {})).toBe(
      false,
    );
    const good = JSON.parse(atob(await solve(challenge))) as { number: number };
    expect(await captcha.verify(await solve(challenge, { number: good.number + 1 }), {})).toBe(
      false,
    );
    // After all that, the honest solution still passes (nothing above used it up).
    expect(await captcha.verify(await solve(challenge), {})).toBe(true);
  });

  it('refuses malformed tokens without throwing', async () => {
    const { captcha } = setup();
    const challenge = await captcha.challenge();
    for (const token of [
      '',
      'not base64!',
      btoa('null'),
      btoa('[]'),
      btoa('{"algorithm":"SHA-256"}'),
      await solve(challenge, { algorithm: 'SHA-1' }),
      await solve(challenge, { extra: 1 }),
      await solve(challenge, { number: -1 }),
      'A'.repeat(5000),
      42 as unknown as string,
    ]) {
      await expect(captcha.verify(token, {}), String(token).slice(0, 30)).resolves.toBe(false);
    }
  });

  it('lets one solution through once in a burst of 25 concurrent verifies', async () => {
    const { captcha } = setup();
    const token = await solve(await captcha.challenge());
    const results = await Promise.all(Array.from({ length: 25 }, () => captcha.verify(token, {})));
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('refuses settings out of range', () => {
    const { keyring, storage, clock } = setup();
    const deps = { keyring, counters: storage.counters, clock };
    expect(() => createAltchaCaptcha(deps, { provider: 'altcha', maxNumber: 10 })).toThrow(
      /maxNumber/,
    );
    expect(() => createAltchaCaptcha(deps, { provider: 'altcha', expiresSeconds: 5 })).toThrow(
      /expiresSeconds/,
    );
  });
});

describe('the engine with captcha: altcha', () => {
  const IP = '203.0.113.9';
  function engineWith(policy = {}) {
    const t = createTestEngine({
      captcha: { provider: 'altcha', maxNumber: 1000 },
      policy,
      http: { clientIp: () => IP, basePath: '/api' },
    });
    const call = (method: string, path: string, body?: unknown) =>
      t.engine.handler(
        new Request(`https://id.example.com/api${path}`, {
          method,
          ...(body === undefined
            ? {}
            : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
        }),
      );
    const token = async () =>
      solve((await (await call('GET', '/captcha/challenge')).json()) as AltchaChallenge);
    return { ...t, call, token };
  }

  it('names ALTCHA in /config, serves challenges, and POST /reset needs a fresh solution', async () => {
    const { call, token } = engineWith();
    const config = (await (await call('GET', '/config')).json()) as { captcha: unknown };
    expect(config.captcha).toEqual({ provider: 'altcha', challengeUrl: '/api/captcha/challenge' });

    const missing = await call('POST', '/reset', { identifier: 'alice' });
    expect(missing.status).toBe(422);
    expect(JSON.parse(await missing.text()).error.code).toBe('captcha_failed');

    const solution = await token();
    const started = await call('POST', '/reset', { identifier: 'alice', captcha: solution });
    expect(started.status).toBe(200);
    const replayed = await call('POST', '/reset', { identifier: 'alice', captcha: solution });
    expect(replayed.status).toBe(422);
    expect(JSON.parse(await replayed.text()).error.code).toBe('captcha_failed');
  });

  it('accepts one of a burst of 12 starts with one solution', async () => {
    const { call, token } = engineWith();
    const solution = await token();
    const statuses = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        call('POST', '/reset', { identifier: `user${i}`, captcha: solution }).then((r) => r.status),
      ),
    );
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 422)).toHaveLength(11);
  });

  it('asks only after captcha.afterStarts starts from one address in an hour', async () => {
    const { call, token, clock } = engineWith({ captcha: { afterStarts: 2 } });
    for (const identifier of ['alice', 'erin']) {
      expect((await call('POST', '/reset', { identifier })).status).toBe(200);
    }
    expect((await call('POST', '/reset', { identifier: 'admin' })).status).toBe(422);
    expect(
      (await call('POST', '/reset', { identifier: 'admin', captcha: await token() })).status,
    ).toBe(200);
    clock.advance(60 * 60_000);
    expect((await call('POST', '/reset', { identifier: 'alice' })).status).toBe(200);
  });

  it('answers 404 for challenges when the captcha is not ALTCHA, and no captcha without one', async () => {
    const plain = createTestEngine();
    const response = await plain.engine.handler(
      new Request('https://id.example.com/captcha/challenge'),
    );
    expect(response.status).toBe(404);
    const config = await (
      await plain.engine.handler(new Request('https://id.example.com/config'))
    ).json();
    expect(config).not.toHaveProperty('captcha');
    expect((await plain.engine.recovery.start({ identifier: 'alice' })).flowToken).toBeTruthy();
  });
});
