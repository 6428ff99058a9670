/** What a CSV cell can be made from. `null` and `undefined` make an empty cell. */
export type CsvValue = string | number | boolean | null | undefined;

/** One CSV column: its header and how to read its cell from a row. */
export interface CsvColumn<Row> {
  /** The header cell. */
  header: string;
  /** The cell of `row` in this column. */
  value(row: Row): CsvValue;
}

/** A text cell starting with one of these would be read as a formula by a spreadsheet. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell holding one of these must be quoted (RFC 4180 section 2, rule 6). */
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * Writes rows as CSV (RFC 4180): a header line, then one record per row, every line ended
 * by CRLF; a cell holding a comma, a double quote, CR or LF is quoted, with its double
 * quotes doubled.
 *
 * Against CSV injection (OWASP "CSV Injection"), a text cell that starts with `=`, `+`,
 * `-`, `@`, TAB or CR gets a leading single quote, so a spreadsheet shows it as text
 * instead of running it as a formula: usernames and reason codes come from users and
 * directories. Numbers and booleans are written as they are (they cannot hold a formula).
 *
 * @example
 * ```ts
 * toCsv([{ name: '=1+1', n: 2 }], [
 *   { header: 'name', value: (row) => row.name },
 *   { header: 'n', value: (row) => row.n },
 * ]);
 * // "name,n\r\n'=1+1,2\r\n"
 * ```
 */
export function toCsv<Row>(rows: Iterable<Row>, columns: readonly CsvColumn<Row>[]): string {
  const lines = [columns.map((column) => csvCell(column.header)).join(',')];
  for (const row of rows) lines.push(columns.map((column) => csvCell(column.value(row))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** One cell, neutralized against formulas and quoted as RFC 4180 needs. */
function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
