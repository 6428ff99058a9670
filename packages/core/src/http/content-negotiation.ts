import { type Locale, matchLocale } from '../policy/locales.js';

/** One entry of a weighted header (`Accept`, `Accept-Language`): its value and parameters. */
interface WeightedEntry {
  value: string;
  parameters: string[];
  /** Its place in the header, for ties. */
  index: number;
}

/** The first 20 entries of a comma-separated header, each split at `;` (RFC 9110 12.4.2). */
function splitWeighted(header: string): WeightedEntry[] {
  return header
    .split(',')
    .slice(0, 20)
    .map((part, index) => {
      const [value = '', ...parameters] = part.trim().split(';');
      return { value, parameters, index };
    });
}

/** An entry's `q` weight, 1 when it has none (or none that parses). */
function qualityOf(parameters: readonly string[]): number {
  const q = parameters.map((p) => /^\s*q=([01](?:\.\d{0,3})?)\s*$/.exec(p)?.[1]).find(Boolean);
  return q === undefined ? 1 : Number(q);
}

/**
 * The first supported locale in `Accept-Language`, by order of preference; each entry is
 * matched by {@link matchLocale} (`zh-TW` asks for `zh-Hant`, `ar-EG` for `ar`).
 */
export function preferredLocale(header: string | null): Locale | undefined {
  if (header === null) return undefined;
  const wanted = splitWeighted(header)
    .map(({ value, parameters, index }) => ({
      locale: matchLocale(value.trim()),
      q: qualityOf(parameters),
      index,
    }))
    .filter((entry) => entry.q > 0 && entry.locale !== undefined)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return wanted[0]?.locale;
}

/** Whether `Accept` ranks `text/csv` above JSON. */
export function prefersCsv(accept: string | null): boolean {
  if (accept === null) return false;
  let csv = 0;
  let json = 0;
  for (const { value, parameters } of splitWeighted(accept.toLowerCase())) {
    const q = qualityOf(parameters);
    if (value.trim() === 'text/csv') csv = Math.max(csv, q);
    if (value.trim() === 'application/json') json = Math.max(json, q);
  }
  return csv > json;
}
