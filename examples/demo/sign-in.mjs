// The demo's sign-in check: rate-limited per client address and per typed username, and as
// slow for an unknown username as for a real one.
import { createHmac } from 'node:crypto';
import { addressBlock } from '@openreset/core';

/** What {@link createSignIn}'s `signIn` answered. */
export const SignInOutcome = /** @type {const} */ ({
  /** The password is right; `user` is the account. */
  SignedIn: 'signed_in',
  /** Wrong username or password (also a disabled account): one answer for all. */
  Refused: 'refused',
  /**
   * The account is locked after too many wrong passwords (the SQL directory's smart
   * lockout): the page says so and offers unlock, as Entra and Active Directory do. This
   * tells that the account exists, to anyone who locked it (the price of saying so).
   */
  LockedOut: 'locked_out',
  /** Too many attempts from this address or for this username; `retryAfterSeconds` says when. */
  RateLimited: 'rate_limited',
});

const MINUTE = 60_000;

/**
 * @typedef {{ max: number, windowMs: number }} SignInLimit
 * @typedef {{ perAddress: SignInLimit, perUsername: SignInLimit }} SignInLimits
 */

/** @type {SignInLimits} */
export const DEFAULT_SIGN_IN_LIMITS = {
  perAddress: { max: 20, windowMs: 15 * MINUTE },
  perUsername: { max: 5, windowMs: 15 * MINUTE },
};

/**
 * Creates the sign-in check of the demo's form.
 *
 * Every attempt is counted before any password is looked at, in fixed windows over the
 * engine's storage counters (so the limits hold across restarts and for concurrent requests):
 * per client address (IPv6 by its /64, which one client can change at will) and per username
 * as typed (NFKC, trimmed, lower-cased; keyed by an HMAC so the counters table holds no typed
 * text). The counts go by what was typed, never by whether an account exists, so the refusal
 * is the same for known and unknown usernames. A sign-in that succeeds gives its hits back.
 *
 * An unknown username (or an account the directory would refuse before hashing: disabled,
 * locked out) verifies a dummy hash made by the same hasher, so the time taken does not tell
 * it from a real account with a wrong password (OWASP Authentication Cheat Sheet, "Login
 * Throttling" and "Authentication Responses").
 *
 * @param {{
 *   directory: import('@openreset/core').Directory,
 *   hasher: import('@openreset/core').PasswordHasher,
 *   counters: import('@openreset/core').CounterStore,
 *   secret: string,
 *   now?: () => Date,
 *   limits?: SignInLimits,
 * }} options `secret` keys the username counters; `now` defaults to the system clock;
 *   `limits` to {@link DEFAULT_SIGN_IN_LIMITS}.
 *
 * @example
 * ```js
 * const { signIn } = createSignIn({ directory, hasher, counters: storage.counters, secret });
 * const result = await signIn('alice', 'alice-demo-passphrase', req.socket.remoteAddress);
 * ```
 */
export function createSignIn({
  directory,
  hasher,
  counters,
  secret,
  now = () => new Date(),
  limits = DEFAULT_SIGN_IN_LIMITS,
}) {
  if (typeof secret !== 'string' || secret.length < 16) {
    throw new TypeError('createSignIn needs a secret of at least 16 characters');
  }
  const randomSecret = Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('hex');
  const dummyHash = hasher.hash(randomSecret);
  // Made at once, so the first unknown username costs no more than the others; a failure
  // shows at the first sign-in that needs it.
  dummyHash.catch(() => undefined);

  const usernameKey = (identifier) =>
    createHmac('sha256', secret)
      .update(`demo sign-in username\0${identifier.normalize('NFKC').trim().toLowerCase()}`)
      .digest('base64url');

  /**
   * Checks one sign-in attempt.
   * @param {string} identifier The username or email address as typed.
   * @param {string} password
   * @param {string | undefined} ip The connection's peer address (never a header).
   * @returns {Promise<
   *   | { outcome: 'signed_in', user: import('@openreset/core').DirectoryUser }
   *   | { outcome: 'refused' }
   *   | { outcome: 'locked_out' }
   *   | { outcome: 'rate_limited', retryAfterSeconds: number }
   * >}
   */
  async function signIn(identifier, password, ip) {
    const hits = [
      { key: `demo:sign-in:username:${usernameKey(identifier)}`, ...limits.perUsername },
    ];
    if (ip !== undefined && ip !== '') {
      hits.push({ key: `demo:sign-in:address:${addressBlock(ip)}`, ...limits.perAddress });
    }
    const at = now();
    const states = await Promise.all(
      hits.map(({ key, windowMs }) => counters.increment(key, { windowMs, now: at })),
    );
    const over = states.filter((state, index) => state.count > hits[index].max);
    if (over.length > 0) {
      const ends = Math.max(...over.map((state) => state.resetAt?.getTime() ?? at.getTime()));
      return {
        outcome: SignInOutcome.RateLimited,
        retryAfterSeconds: Math.max(1, Math.ceil((ends - at.getTime()) / 1000)),
      };
    }

    const user = await directory.findUser(identifier).catch(() => null);
    const canSignIn = user !== null && !user.disabled && !user.lockedOut;
    // The directory returns early, without hashing, for these; the dummy hash costs the same.
    const isValid = canSignIn
      ? await directory.verifyPassword(user.id, password)
      : await hasher.verify(await dummyHash, password).then(() => false);
    if (!isValid) {
      // Locked before this attempt (the attempt that locks it is refused like any other).
      const locked = user?.lockedOut === true && !user.disabled;
      return { outcome: locked ? SignInOutcome.LockedOut : SignInOutcome.Refused };
    }
    const later = now();
    await Promise.all(hits.map(({ key }) => counters.decrement(key, later)));
    return { outcome: SignInOutcome.SignedIn, user };
  }

  return { signIn };
}
