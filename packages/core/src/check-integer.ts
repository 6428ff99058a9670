/**
 * Refuses `value` unless it is a safe integer from `min` to `max`: the one check behind every
 * integer option and port argument (page and batch sizes, windows, leases, retention days,
 * lockout settings, code lengths). Bad options are the host's bug, found at start-up, so
 * they throw a `TypeError` naming the option and the value, never a coded error.
 *
 * @param name The option as the message names it (`limit`, `retention.flowDays`).
 * @param value Anything: options come from JavaScript callers and configuration too.
 * @param max Inclusive; leave it out for no upper bound.
 * @throws {TypeError} `<name> must be an integer from <min> to <max>, got <value>`; without
 *   `max`, `<name> must be a positive integer, got <value>` (or `... of at least <min>, ...`).
 *
 * @example
 * ```ts
 * checkInteger('limit', query.limit, 1, 1000);
 * ```
 */
export function checkInteger(
  name: string,
  value: unknown,
  min: number,
  max: number = Number.MAX_SAFE_INTEGER,
): asserts value is number {
  if (Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max) return;
  const range =
    max !== Number.MAX_SAFE_INTEGER
      ? `an integer from ${min} to ${max}`
      : min === 1
        ? 'a positive integer'
        : `an integer of at least ${min}`;
  throw new TypeError(`${name} must be ${range}, got ${value}`);
}

/**
 * Whole-number settings with their defaults filled in, each checked by {@link checkInteger}
 * to be at least 1 and named `<prefix>.<key>` in the message. Keys not in `defaults` are
 * ignored.
 *
 * @throws {TypeError} for the first setting that is not a positive integer.
 *
 * @example
 * ```ts
 * const { flowDays } = positiveIntegerOptions('retention', options, { flowDays: 30 });
 * ```
 */
export function positiveIntegerOptions<const Defaults extends Record<string, number>>(
  prefix: string,
  options: { readonly [Key in keyof Defaults]?: number | undefined },
  defaults: Defaults,
): { [Key in keyof Defaults]: number } {
  const settings: Record<string, number> = {};
  for (const [name, fallback] of Object.entries(defaults)) {
    const value = (options as Readonly<Record<string, number | undefined>>)[name] ?? fallback;
    checkInteger(`${prefix}.${name}`, value, 1);
    settings[name] = value;
  }
  return settings as { [Key in keyof Defaults]: number };
}
