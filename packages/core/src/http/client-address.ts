/** Where {@link createClientAddress} looks for the client's address. */
export interface ClientAddressOptions {
  /** How many proxies append to `X-Forwarded-For`; 0 ignores the header. */
  trustProxy: number;
  /** The connection's peer address, as the host knows it. */
  clientIp: ((request: Request) => string | undefined) | undefined;
}

/**
 * Creates the function that tells a request's client address: the `X-Forwarded-For` entry
 * `trustProxy` hops from the right when proxies are trusted and it is there, else the
 * host's `clientIp`. Anything that does not look like an IP address counts as unknown.
 */
export function createClientAddress(
  options: ClientAddressOptions,
): (request: Request) => string | undefined {
  return function clientAddressOf(request) {
    if (options.trustProxy > 0) {
      const forwarded = request.headers.get('x-forwarded-for');
      if (forwarded !== null) {
        const hops = forwarded.split(',').map((hop) => hop.trim());
        const hop = hops[hops.length - options.trustProxy];
        if (hop !== undefined) return validIp(hop);
      }
    }
    const ip = options.clientIp?.(request);
    return typeof ip === 'string' ? validIp(ip) : undefined;
  };
}

function validIp(value: string): string | undefined {
  const ip = value.trim();
  return /^[0-9A-Fa-f:.]{2,45}$/.test(ip) ? ip : undefined;
}
