// Loaded on demand (only when GET /config says the reset start needs ALTCHA): the proof of
// work, with Web Crypto.
import type { CaptchaChallenge } from '../client/client-types.js';

/** How many numbers are hashed between two progress reports (and yields to the page). */
const BATCH = 500;

const encoder = new TextEncoder();

/** Hex of a SHA-256 digest. */
function hex(buffer: ArrayBuffer): string {
  return Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Solves an ALTCHA challenge (https://altcha.org): finds the number `n` (0 to `maxnumber`)
 * whose SHA-256 of `salt + n` is `challenge`, and returns what `POST /reset` takes as
 * `captcha`: the base64 of JSON `{ algorithm, challenge, number, salt, signature }`.
 * `onProgress` gets the share of numbers tried so far (0 to 1) after each batch.
 *
 * @throws {Error} with code `captcha_failed` when no number matches (a forged challenge).
 */
export async function solveAltcha(
  challenge: CaptchaChallenge,
  onProgress: (fraction: number) => void = () => {},
): Promise<string> {
  const { algorithm, salt, maxnumber } = challenge;
  for (let start = 0; start <= maxnumber; start += BATCH) {
    const end = Math.min(maxnumber, start + BATCH - 1);
    const digests = await Promise.all(
      Array.from({ length: end - start + 1 }, (_, offset) =>
        crypto.subtle.digest('SHA-256', encoder.encode(`${salt}${start + offset}`)),
      ),
    );
    const found = digests.findIndex((digest) => hex(digest) === challenge.challenge);
    if (found >= 0) {
      const number = start + found;
      onProgress(1);
      const { signature } = challenge;
      return btoa(
        JSON.stringify({ algorithm, challenge: challenge.challenge, number, salt, signature }),
      );
    }
    onProgress(end / maxnumber);
  }
  throw Object.assign(new Error('No ALTCHA solution'), { code: 'captcha_failed' });
}
