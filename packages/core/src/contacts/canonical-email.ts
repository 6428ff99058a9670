/**
 * Providers that deliver `local+tag@domain` to `local@domain`, and those that also ignore
 * dots in the local part. Only these are folded: elsewhere `+` and `.` may name another
 * mailbox, so folding them would merge two people.
 */
const PLUS_TAGS: ReadonlySet<string> = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'fastmail.com',
  'proton.me',
  'protonmail.com',
  'pm.me',
]);
const DOTS_IGNORED: ReadonlySet<string> = new Set(['gmail.com', 'googlemail.com']);

/**
 * The mailbox an address delivers to, for telling whether two addresses are one: NFKC,
 * trimmed and lower-cased; `+tags` dropped at the providers that ignore them (Gmail,
 * Outlook.com and its older domains, iCloud, Fastmail, Proton); dots dropped at Gmail, where
 * `googlemail.com` is also `gmail.com`. Never used to send: messages go to the address as
 * stored.
 *
 * @example
 * ```ts
 * canonicalEmail('A.Da+work@GoogleMail.com'); // "ada@gmail.com"
 * canonicalEmail('a.da+x@example.com'); // "a.da+x@example.com"
 * ```
 */
export function canonicalEmail(address: string): string {
  const lower = address.normalize('NFKC').trim().toLowerCase();
  const at = lower.lastIndexOf('@');
  if (at <= 0) return lower;
  let local = lower.slice(0, at);
  let domain = lower.slice(at + 1);
  if (PLUS_TAGS.has(domain)) local = local.split('+')[0] ?? local;
  if (DOTS_IGNORED.has(domain)) {
    local = local.replaceAll('.', '');
    domain = 'gmail.com';
  }
  return `${local}@${domain}`;
}
