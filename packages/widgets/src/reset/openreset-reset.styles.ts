import { css } from 'lit';
import { baseStyles } from '../shared/base.styles.js';

/** Styles of `<openreset-reset>`: the shared base plus its own few rules. */
export const resetStyles = [
  baseStyles,
  css`
    .progress {
      color: var(--_muted);
      font-size: 0.875rem;
      margin-block-end: 0.25rem;
    }
    .countdown {
      color: var(--_muted);
      font-size: 0.875rem;
      font-variant-numeric: tabular-nums;
    }
    .next-gate {
      border-inline-start: 3px solid var(--_primary);
      padding-inline-start: 0.75rem;
    }
    .code-input {
      letter-spacing: 0.2em;
      font-variant-numeric: tabular-nums;
    }
  `,
];
