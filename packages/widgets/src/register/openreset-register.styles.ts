import { css } from 'lit';
import { baseStyles } from '../shared/base.styles.js';

/** Styles of `<openreset-register>`: the shared base (its `select` too) and the list of methods. */
export const registerStyles = [
  baseStyles,
  css`
    .methods {
      list-style: none;
      margin-block: 0 var(--_gap);
      padding: 0;
      display: grid;
      gap: 0.5rem;
    }
    .methods li {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      align-items: center;
      gap: 0.5rem;
      padding-block: 0.5rem;
      border-block-end: 1px solid var(--_border);
    }
    .source {
      display: block;
      color: var(--_muted);
      font-size: 0.875rem;
    }
  `,
];
