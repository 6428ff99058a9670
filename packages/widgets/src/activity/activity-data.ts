// What <openreset-activity> computes from report rows: days of a range in the viewer's time
// zone, results per day, methods used, coverage by method, the date inputs' instants, and a
// chart's axis. Pure functions (no Lit), unit-tested.

/** Reset results in the order their bars stack (the report's `ResetResult` values). */
export const RESULTS = [
  'Succeeded',
  'Failed',
  'Blocked',
  'Canceled',
  'ContactedAdmin',
  'Abandoned',
  'InProgress',
] as const;

/** Methods in the order they are listed (core's `MethodType`). */
export const METHODS = [
  'mobileSms',
  'mobileVoice',
  'officeVoice',
  'email',
  'securityQuestions',
  'passkey',
  'authenticatorApp',
] as const;

/** `YYYY-MM-DD` of `date` in the viewer's time zone. */
export function localDay(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/** The instant a date input's `YYYY-MM-DD` starts at in the viewer's time zone, or `undefined`. */
export function startOfDay(value: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match === null) return undefined;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** The day after `day` (local midnight; a day of 23 or 25 hours stays one day). */
export function nextDay(day: Date): Date {
  return new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1);
}

/** Every local day from `from` up to the day of `to` (exclusive end), as `YYYY-MM-DD`. */
export function daysOf(from: Date, to: Date): string[] {
  const days: string[] = [];
  for (
    let day = new Date(from.getFullYear(), from.getMonth(), from.getDate());
    day < to && days.length < 366;
    day = nextDay(day)
  ) {
    days.push(localDay(day));
  }
  return days;
}

/** Counts per result on one day. */
export interface DayCounts {
  day: string;
  counts: Record<string, number>;
  total: number;
}

/** Rows counted per local day and result; every day of `days` is present, zero when empty. */
export function resultsPerDay(
  rows: readonly { time: string; result: string }[],
  days: readonly string[],
): DayCounts[] {
  const byDay = new Map(days.map((day) => [day, { day, counts: {}, total: 0 } as DayCounts]));
  for (const row of rows) {
    const entry = byDay.get(localDay(new Date(row.time)));
    if (entry === undefined) continue;
    entry.counts[row.result] = (entry.counts[row.result] ?? 0) + 1;
    entry.total += 1;
  }
  return [...byDay.values()];
}

/** Kinds of recovery data in the order they are listed (core's `RecoveryMethodKind`). */
export const KINDS = [
  'mobile',
  'office',
  'email',
  'securityQuestions',
  'passkey',
  'authenticator',
] as const;

/**
 * Sums `{ method, count }` entries per method, in `order` (methods by default; unknown ones
 * last), zeros left out.
 */
export function methodTotals(
  entries: readonly { method: string; count: number }[],
  order: readonly string[] = METHODS,
): { method: string; count: number }[] {
  const sums = new Map<string, number>();
  for (const { method, count } of entries) sums.set(method, (sums.get(method) ?? 0) + count);
  const known: string[] = [...order];
  return [...sums]
    .map(([method, count]) => ({ method, count }))
    .filter((entry) => entry.count > 0)
    .sort((a, b) => rank(known, a.method) - rank(known, b.method));
}

const rank = (order: string[], value: string) => {
  const index = order.indexOf(value);
  return index === -1 ? order.length : index;
};

/**
 * A round top for a chart's axis (1, 2 or 5 times a power of ten) at least `max`, and at
 * least 1, so bars never overflow and an empty chart still has an axis.
 */
export function niceMax(max: number): number {
  if (max <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 5, 10]) {
    if (step * power >= max) return step * power;
  }
  return 10 * power;
}
