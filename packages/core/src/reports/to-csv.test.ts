import { describe, expect, it } from 'vitest';
import { type CsvColumn, toCsv } from './to-csv.js';

interface Row {
  text: string | null;
  n?: number;
}

const COLUMNS: readonly CsvColumn<Row>[] = [
  { header: 'text', value: (row) => row.text },
  { header: 'n', value: (row) => row.n },
];

const csvOf = (...texts: (string | null)[]) =>
  toCsv(
    texts.map((text) => ({ text })),
    [COLUMNS[0] as CsvColumn<Row>],
  );

describe('toCsv', () => {
  it('writes a header and one CRLF-ended line per row', () => {
    expect(
      toCsv(
        [
          { text: 'a', n: 1 },
          { text: 'b', n: 2 },
        ],
        COLUMNS,
      ),
    ).toBe('text,n\r\na,1\r\nb,2\r\n');
    expect(toCsv([], COLUMNS)).toBe('text,n\r\n');
  });

  it('quotes cells holding commas, quotes, CR or LF and doubles their quotes (RFC 4180)', () => {
    expect(csvOf('a,b', 'say "hi"', 'two\nlines', 'cr\rhere', 'plain')).toBe(
      'text\r\n"a,b"\r\n"say ""hi"""\r\n"two\nlines"\r\n"cr\rhere"\r\nplain\r\n',
    );
  });

  it('writes null and undefined as empty cells, numbers and booleans as they are', () => {
    expect(toCsv([{ text: null }, { text: 'x', n: -5 }], COLUMNS)).toBe('text,n\r\n,\r\nx,-5\r\n');
    expect(toCsv([true], [{ header: 'b', value: (row) => row }])).toBe('b\r\ntrue\r\n');
  });

  it('neutralizes cells a spreadsheet would run as formulas (OWASP CSV injection)', () => {
    expect(
      csvOf('=1+1', '+1', '-1', '@SUM(A1)', '\tcmd', '\rcmd', '=HYPERLINK("http://x","y")'),
    ).toBe(
      [
        'text',
        "'=1+1",
        "'+1",
        "'-1",
        "'@SUM(A1)",
        "'\tcmd",
        `"'\rcmd"`,
        `"'=HYPERLINK(""http://x"",""y"")"`,
        '',
      ].join('\r\n'),
    );
  });

  it('leaves a formula character alone when it is not the first', () => {
    expect(csvOf('a=1', 'x-y', 'me@example.com')).toBe('text\r\na=1\r\nx-y\r\nme@example.com\r\n');
  });

  it('escapes headers like cells', () => {
    expect(toCsv([], [{ header: '=bad,header', value: () => '' }])).toBe('"\'=bad,header"\r\n');
  });
});
