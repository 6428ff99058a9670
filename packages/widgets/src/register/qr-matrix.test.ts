import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { encodeQrMatrix } from './qr-matrix.js';

const URI =
  'otpauth://totp/Example%20Corp:alice?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Example%20Corp&algorithm=SHA1&digits=6&period=30';

/** Draws the path's runs (`M x y h n v1 h-n z`) back into a grid. */
function grid(size: number, path: string): boolean[][] {
  const cells = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  for (const [, x, y, width] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let dx = 0; dx < Number(width); dx += 1) {
      const row = cells[Number(y)];
      if (row === undefined) throw new Error(`row ${y} is outside the code`);
      row[Number(x) + dx] = true;
    }
  }
  return cells;
}

describe('encodeQrMatrix', () => {
  it('draws exactly the dark modules of the code, with a quiet zone of 4', () => {
    const matrix = encodeQrMatrix(URI);
    const { data } = encode(URI, { ecc: 'M', border: 4 });
    expect(matrix.size).toBe(data.length);
    expect(grid(matrix.size, matrix.path)).toEqual(data);
    // The quiet zone is light; the top-left finder pattern starts right after it.
    expect(data[3]?.every((dark) => !dark)).toBe(true);
    expect(data[4]?.slice(4, 11).every(Boolean)).toBe(true);
  });

  it('gives a different code for a different secret', () => {
    expect(encodeQrMatrix(URI.replace('JBSW', 'KRSX')).path).not.toBe(encodeQrMatrix(URI).path);
  });
});
