import { createChallenge, extractParams, verifySolution } from 'altcha-lib/v1';
import { z } from 'zod';
import { checkInteger } from '../check-integer.js';
import { decodeBase64 } from '../crypto/encoding.js';
import type { Keyring } from '../crypto/keyring.js';
import type { Captcha } from '../ports/captcha.js';
import type { Clock } from '../ports/clock.js';
import type { CounterStore } from '../ports/storage.js';

/** An ALTCHA challenge, as `GET /captcha/challenge` answers it (altcha-lib's format). */
export interface AltchaChallenge {
  algorithm: 'SHA-256';
  /** Hex SHA-256 of `salt` followed by the secret number. */
  challenge: string;
  /** The secret number is at most this. */
  maxnumber: number;
  /** Random hex, then `?expires=<unix seconds>&`. */
  salt: string;
  /** Hex HMAC-SHA256 of `challenge` under a key derived from the server keys. */
  signature: string;
}

/** How hard and how long-lived the challenges are. */
export interface AltchaSettings {
  provider: 'altcha';
  /**
   * The largest secret number: a browser tries half of it on average (about 0.5 s for
   * 100,000 with Web Crypto on a laptop), a bot pays the same per start. 1,000-10,000,000.
   * @default 100000
   */
  maxNumber?: number;
  /** Seconds a challenge may be solved and used in, 30-3600. @default 600 */
  expiresSeconds?: number;
}

/** The self-hosted proof-of-work captcha: it makes challenges and verifies their solutions. */
export interface AltchaCaptcha extends Captcha {
  readonly widget: { provider: 'altcha' };
  /** A new, signed challenge; it costs one SHA-256 and one HMAC, and stores nothing. */
  challenge(): Promise<AltchaChallenge>;
}

/** What {@link createAltchaCaptcha} needs. */
export interface AltchaDependencies {
  /** The engine's keys: the challenges' HMAC key is derived from the current one. */
  keyring: Keyring;
  /** Where used solutions are remembered until their challenge expires. */
  counters: CounterStore;
  clock: Clock;
}

/** Token length limit: a solution is about 300 characters of base64. */
const MAX_TOKEN = 4096;

const solution = z.strictObject({
  algorithm: z.literal('SHA-256'),
  challenge: z.string().regex(/^[0-9a-f]{64}$/),
  number: z.int().min(0),
  salt: z.string().min(1).max(512),
  signature: z.string().regex(/^[0-9a-f]{64}$/),
});

/**
 * ALTCHA (https://altcha.org): a proof of work the browser solves with Web Crypto, with no
 * third party, no cookie and nothing stored per challenge. The challenge is signed (HMAC
 * under a subkey of the server keys, purpose `altcha`) and carries its expiry in the salt,
 * so a verifier needs no state to refuse a forged or expired one. A solution is single
 * use: the first verify claims it with an atomic increment in the counter store (key
 * `captcha:altcha:<signature>`, kept until the challenge expires, then purged with the
 * other ended counters), so any number of concurrent starts with one solution pass once.
 * After a key rotation, challenges made under the old key (minutes old at most) fail.
 *
 * @throws {TypeError} for settings out of range.
 */
export function createAltchaCaptcha(
  deps: AltchaDependencies,
  settings: AltchaSettings = { provider: 'altcha' },
): AltchaCaptcha {
  const maxNumber = settings.maxNumber ?? 100_000;
  const expiresSeconds = settings.expiresSeconds ?? 600;
  checkInteger('altcha maxNumber', maxNumber, 1000, 10_000_000);
  checkInteger('altcha expiresSeconds', expiresSeconds, 30, 3600);
  let hmacKey: Promise<string> | undefined;
  const keyOf = () => {
    hmacKey ??= deps.keyring.mac('altcha', 'challenge-key').then(({ mac }) => mac);
    return hmacKey;
  };

  return {
    widget: { provider: 'altcha' },
    async challenge() {
      const challenge = await createChallenge({
        algorithm: 'SHA-256',
        hmacKey: await keyOf(),
        maxnumber: maxNumber,
        expires: new Date(deps.clock.now().getTime() + expiresSeconds * 1000),
      });
      return { ...challenge, algorithm: 'SHA-256', maxnumber: maxNumber };
    },
    async verify(token) {
      const payload = parseSolution(token);
      if (payload === null) return false;
      const expires = Number(extractParams(payload).expires) * 1000;
      const now = deps.clock.now();
      // No expiry means not ours (we always set one), and would make the replay key eternal.
      if (!Number.isSafeInteger(expires) || expires <= now.getTime()) return false;
      // The clock is the engine's (tests move it), so the library's Date.now() check is off.
      if (!(await verifySolution(payload, await keyOf(), false))) return false;
      const used = await deps.counters.increment(`captcha:altcha:${payload.signature}`, {
        windowMs: expires - now.getTime(),
        now,
      });
      return used.count === 1;
    },
  };
}

/** The solution the widget sent (base64 of JSON), or `null` when it is not one. */
function parseSolution(token: unknown): z.output<typeof solution> | null {
  if (typeof token !== 'string' || token.length === 0 || token.length > MAX_TOKEN) return null;
  // btoa pads; the decoder wants it unpadded.
  const bytes = decodeBase64(token.replace(/={1,2}$/, ''));
  if (bytes === null) return null;
  try {
    const parsed = solution.safeParse(JSON.parse(new TextDecoder().decode(bytes)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
