import { html, svg, type TemplateResult } from 'lit';
import type { QrMatrix } from './qr-matrix.js';

type QrModule = typeof import('./qr-matrix.js');

let loading: Promise<QrModule> | undefined;

/** Loads the QR encoder (`uqr`, a separate chunk) once; a failed load is retried next time. */
export function loadQrEncoder(): Promise<QrModule> {
  loading ??= import('./qr-matrix.js').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/**
 * A QR code as an SVG: the dark modules as one path (lit's `svg` template, no markup from
 * strings) on a light square, crisp at any size. Dark on white whatever the theme, so
 * scanners read it.
 */
export function renderQrCode(matrix: QrMatrix, label: string): TemplateResult {
  const { size, path } = matrix;
  return html`<svg
    class="qr"
    part="qr"
    role="img"
    aria-label=${label}
    viewBox=${`0 0 ${size} ${size}`}
    shape-rendering="crispEdges"
  >
    ${svg`<rect width=${size} height=${size} fill="#ffffff"></rect>
      <path d=${path} fill="#000000"></path>`}
  </svg>`;
}
