import { Filter } from 'ldapts';

/**
 * Escapes a value for an LDAP search filter (RFC 4515 section 3), with ldapts' own
 * `Filter.escape`: `*`, `(`, `)`, `\` and NUL become `\2a`, `\28`, `\29`, `\5c` and `\00`, so a
 * user's input is always one literal assertion value and can never widen a search
 * (`*)(uid=*` stays the text `*)(uid=*`). Non-ASCII text stays UTF-8, as the RFC allows.
 * The adapter itself sends filter objects (ldapts' `EqualityFilter`...), which need no
 * escaping; this is for filters written as text, such as `userFilter`.
 */
export function escapeFilterValue(value: string): string {
  return Filter.escape(value);
}

/**
 * Escapes an attribute value for a distinguished name (RFC 4514 section 2.4): `"`, `+`,
 * `,`, `;`, `<`, `>`, `\` and `=` are backslash-escaped, as are a leading space or `#` and a
 * trailing space; NUL and other control characters become `\xx`.
 */
export function escapeDnValue(value: string): string {
  let escaped = value.replace(/["+,;<>\\=]/g, (character) => `\\${character}`);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: escaping control characters is the point
  escaped = escaped.replace(/[\u0000-\u001f\u007f]/g, (character) => {
    return `\\${character.charCodeAt(0).toString(16).padStart(2, '0')}`;
  });
  if (escaped.startsWith(' ') || escaped.startsWith('#')) escaped = `\\${escaped}`;
  if (escaped.endsWith(' ') && !escaped.endsWith('\\ ')) escaped = `${escaped.slice(0, -1)}\\ `;
  return escaped;
}
