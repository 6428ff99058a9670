/**
 * A QR code as data (`uqr`'s `encode()`), a module of its own so that a bundle makes it a
 * separate chunk, loaded only when an authenticator app is set up. The element draws it as
 * an SVG path with lit's `svg` template (`qr-code.ts`). It imports `uqr` alone, for the
 * reason `passkeys/webauthn.ts` gives.
 * @module
 */
import { encode } from 'uqr';

/** A QR code's dark modules as one SVG path, in a square of `size` modules (quiet zone included). */
export interface QrMatrix {
  size: number;
  /** `M x y h1 v1 h-1 z` for each run of dark modules, row by row. */
  path: string;
}

/**
 * Encodes `text` (an `otpauth://` URI) at error correction level M, with the 4-module quiet
 * zone ISO/IEC 18004 asks for, into the path of its dark modules.
 */
export function encodeQrMatrix(text: string): QrMatrix {
  const { data } = encode(text, { ecc: 'M', border: 4 });
  const parts: string[] = [];
  data.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x += 1;
      parts.push(`M${start} ${y}h${x - start}v1h${start - x}z`);
    }
  });
  return { size: data.length, path: parts.join('') };
}
