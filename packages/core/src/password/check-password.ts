import type { PasswordPolicy } from '../policy/policy-schema.js';
import type { BreachedPasswords } from '../ports/breached-passwords.js';
import type { PasswordHasher } from '../ports/hasher.js';
import {
  type BannedTermSet,
  BannedTermSource,
  commonPasswordIndex,
  createFuzzyTermIndex,
  type FuzzyTermIndex,
  MINIMUM_BANNED_SCORE,
  scoreBannedTerms,
} from './banned-terms.js';
import { createBundledBreachedPasswords } from './bundled-breached-passwords.js';
import { normalizeForMatching, normalizePassword } from './normalize.js';
import type { PasswordIssue } from './password-issue.js';
import { sha1Hex } from './sha1-hex.js';

/** What is known about the user and the organization, for context-specific checks. */
export interface PasswordContext {
  /** The sign-in name: banned as a term, and refused if the password contains it. */
  username?: string;
  /** The email address: the password may not contain it or its local part. */
  email?: string;
  /** The user's given name: banned as a term (words of 4+ characters). */
  givenName?: string;
  /** The user's surname: banned as a term (words of 4+ characters). */
  surname?: string;
  /** The organization's name: banned as a term (words of 4+ characters). */
  orgName?: string;
  /**
   * Hashes of previous passwords, newest first, as made by `options.hasher` from the NFKC
   * form of each password, or a function that reads them (from the directory). The first
   * `password.historyCount` are checked, and only when every other rule passed: the
   * function is not called at all for a password refused on cheaper grounds.
   */
  history?: readonly string[] | (() => Promise<readonly string[]>);
}

/** The part of a policy `checkPassword` reads: a whole `Policy` or just its `password`. */
export type PasswordRules = { password: PasswordPolicy } | PasswordPolicy;

/** Options for {@link checkPassword}. */
export interface CheckPasswordOptions {
  /** Verifies `context.history`. Required when the history is not empty or is a function. */
  hasher?: PasswordHasher;
  /**
   * The breach corpus to query when `password.checkBreached` is on.
   * @default createBundledBreachedPasswords() (offline, the bundled common-password list)
   */
  breached?: BreachedPasswords;
}

/** The verdict of {@link checkPassword}. */
export interface PasswordCheckResult {
  /** True when there are no issues. */
  ok: boolean;
  /**
   * Why the password was refused: every cheap rule it fails (length, identifiers, banned
   * terms, the breach corpus), or else `reused`. `reused` is only reported when everything
   * else passes: the history's slow hashes run last, and not at all for a password already
   * refused, so a refused password's other issues say nothing about its history.
   */
  issues: PasswordIssue[];
  /** Checks that could not run (the breach corpus was unreachable); they neither passed nor failed. */
  skipped: Array<'breached'>;
}

const defaultBreached = createBundledBreachedPasswords();
const customIndexes = new WeakMap<readonly string[], FuzzyTermIndex>();

/**
 * Checks a candidate password against the policy, in the way NIST 800-63B 3.1.1.2 and
 * ASVS 5 V6.2 ask: length in code points after NFKC (never truncated), no composition
 * rules, a blocklist evaluated like Entra Password Protection (see `scoreBannedTerms`),
 * a breach corpus, the user's history and identifiers. Used alike by reset, change and
 * registration.
 *
 * The cheap rules run first; the history last, one slow hash per entry, and only for a
 * password every other rule accepts: a 1-character guess costs no hashing, so retries
 * cannot make the server do slow work.
 *
 * @param password - The candidate, as the user typed it.
 * @param context - Who the password is for; every field is optional.
 * @param policy - A parsed policy, or its `password` part.
 * @returns `{ ok, issues, skipped }`; every issue code is in {@link PasswordIssueCode}.
 * @throws {TypeError} when `context.history` is a function or not empty, the policy keeps a
 *   history, and no `options.hasher` is given.
 *
 * @example
 * ```ts
 * const { ok, issues } = await checkPassword('C0ntos0Blank12', { orgName: 'Contoso' }, policy);
 * // ok === false; issues[0].code === 'banned'
 * ```
 */
export async function checkPassword(
  password: string,
  context: PasswordContext,
  policy: PasswordRules,
  options: CheckPasswordOptions = {},
): Promise<PasswordCheckResult> {
  if (typeof password !== 'string') throw new TypeError('password must be a string');
  const rules = 'password' in policy ? policy.password : policy;
  const history = context.history;
  const hasHistory =
    rules.historyCount > 0 &&
    history !== undefined &&
    (typeof history === 'function' || history.length > 0);
  if (hasHistory && options.hasher === undefined) {
    throw new TypeError('checkPassword needs options.hasher to check context.history');
  }

  const normalized = normalizePassword(password);
  const length = [...normalized].length;
  const issues: PasswordIssue[] = [];
  const skipped: PasswordCheckResult['skipped'] = [];

  if (length < rules.minLength)
    issues.push({ code: 'too_short', minimum: rules.minLength, length });
  if (length > rules.maxLength) {
    // Nothing else is evaluated on an over-long input: it bounds the work an attacker can ask for.
    issues.push({ code: 'too_long', maximum: rules.maxLength, length });
    return { ok: false, issues, skipped };
  }

  const identifier = containedIdentifier(normalized, context);
  if (identifier !== undefined) issues.push({ code: 'contains_identifier', identifier });

  const banned = scoreBannedTerms(normalized, bannedTerms(rules, context));
  if (banned.score < MINIMUM_BANNED_SCORE) {
    issues.push({
      code: 'banned',
      score: banned.score,
      minimumScore: MINIMUM_BANNED_SCORE,
      matches: banned.matches,
    });
  }

  if (rules.checkBreached) {
    try {
      const count = await breachCount(normalized, options.breached ?? defaultBreached);
      if (count > 0) issues.push({ code: 'breached', count });
    } catch {
      skipped.push('breached');
    }
  }

  // Last and only for an otherwise good password: each entry is a slow hash (attack 8 of
  // issue 12: every 1-character try ran the whole history).
  if (issues.length === 0 && hasHistory && options.hasher !== undefined) {
    const hasher = options.hasher;
    const hashes = typeof history === 'function' ? await history() : (history ?? []);
    const recent = hashes.slice(0, rules.historyCount);
    // All of them, not the first match: the work does not say which entry matched.
    const reused = await Promise.all(recent.map((hash) => hasher.verify(hash, normalized)));
    if (reused.includes(true)) issues.push({ code: 'reused', historyCount: rules.historyCount });
  }

  return { ok: issues.length === 0, issues, skipped };
}

function bannedTerms(rules: PasswordPolicy, context: PasswordContext): BannedTermSet {
  let custom = customIndexes.get(rules.customBannedTerms);
  if (custom === undefined) {
    custom = createFuzzyTermIndex(rules.customBannedTerms);
    customIndexes.set(rules.customBannedTerms, custom);
  }
  return {
    fuzzy: [
      { index: commonPasswordIndex(), source: BannedTermSource.Common },
      { index: custom, source: BannedTermSource.Custom },
    ],
    exact: [
      {
        terms: [context.givenName, context.surname, context.username].flatMap(words),
        source: BannedTermSource.Personal,
      },
      { terms: words(context.orgName), source: BannedTermSource.Organization },
    ],
  };
}

/** A name's words, and the whole name without separators ("Van der Berg" → van, der, berg, vanderberg). */
function words(name: string | undefined): string[] {
  if (name === undefined) return [];
  const parts = name.split(/[\s._'-]+/u).filter((part) => part.length > 0);
  return parts.length > 1 ? [...parts, parts.join('')] : parts;
}

/**
 * The identifier the password contains, if any: the username or the email address or its
 * local part, compared case-insensitively with substitutions undone, when it has at least
 * 3 characters (Active Directory's rule for the account name).
 */
function containedIdentifier(
  password: string,
  context: PasswordContext,
): 'username' | 'email' | undefined {
  const text = normalizeForMatching(password).join('');
  const contains = (value: string | undefined) => {
    if (value === undefined) return false;
    const needle = normalizeForMatching(value).join('');
    return [...needle].length >= 3 && text.includes(needle);
  };
  if (contains(context.username)) return 'username';
  const email = context.email;
  if (email !== undefined && (contains(email) || contains(email.split('@')[0]))) return 'email';
  return undefined;
}

async function breachCount(password: string, corpus: BreachedPasswords): Promise<number> {
  const digest = await sha1Hex(password);
  const suffixes = await corpus.range(digest.slice(0, 5));
  return suffixes.get(digest.slice(5)) ?? 0;
}
