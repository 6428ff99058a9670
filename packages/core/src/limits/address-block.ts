/**
 * The block of addresses one client controls, as a key for per-IP limits: an IPv4 address
 * stays whole; an IPv6 address becomes its /64 prefix, because a single host or home
 * router is routinely given a whole /64 (RFC 6177, RFC 7934) and can pick a fresh address
 * from it for every request. IPv4-mapped IPv6 (`::ffff:192.0.2.1`) counts as its IPv4.
 *
 * The result is canonical, so every way of writing one block gives one key: `2001:DB8::1`
 * and `2001:db8:0:0:ffff::2` both give `2001:db8:0:0::/64`. Input that is not an IP
 * address is returned trimmed and lower-cased (the HTTP layer validates addresses first).
 *
 * @example
 * ```ts
 * addressBlock('203.0.113.7'); // "203.0.113.7"
 * addressBlock('2001:db8:abcd:12:1:2:3:4'); // "2001:db8:abcd:12::/64"
 * addressBlock('::ffff:203.0.113.7'); // "203.0.113.7"
 * ```
 */
export function addressBlock(ip: string): string {
  const address = ip.trim().toLowerCase();
  if (!address.includes(':')) return address;
  const groups = expandIpv6(address);
  if (groups === null) return address;
  const isMappedIpv4 = groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff;
  if (isMappedIpv4) {
    const [high = 0, low = 0] = groups.slice(6);
    return [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.');
  }
  return `${groups
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(':')}::/64`;
}

/** The eight 16-bit groups of an IPv6 address (with `::` and a dotted IPv4 tail), or null. */
function expandIpv6(address: string): number[] | null {
  const zoneless = address.split('%')[0] ?? '';
  const halves = zoneless.split('::');
  if (halves.length > 2) return null;
  const parse = (part: string): number[] | null => {
    if (part === '') return [];
    const groups: number[] = [];
    const pieces = part.split(':');
    for (const [index, piece] of pieces.entries()) {
      if (index === pieces.length - 1 && piece.includes('.')) {
        const parts = piece.split('.');
        // Decimal octets only: `Number` would read '' as 0 and '0x10' as 16.
        if (parts.length !== 4 || !parts.every((part) => /^\d{1,3}$/.test(part))) return null;
        const octets = parts.map(Number);
        if (octets.some((o) => o > 255)) return null;
        const [a = 0, b = 0, c = 0, d = 0] = octets;
        groups.push((a << 8) | b, (c << 8) | d);
      } else if (/^[0-9a-f]{1,4}$/.test(piece)) {
        groups.push(Number.parseInt(piece, 16));
      } else {
        return null;
      }
    }
    return groups;
  };
  const head = parse(halves[0] ?? '');
  const tail = halves.length === 2 ? parse(halves[1] ?? '') : [];
  if (head === null || tail === null) return null;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  return [...head, ...new Array<number>(missing).fill(0), ...tail];
}
