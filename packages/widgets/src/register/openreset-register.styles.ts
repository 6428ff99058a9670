import { css } from 'lit';
import { baseStyles } from '../shared/base.styles.js';

/** Styles of `<openreset-register>`: the shared base and the list of methods. */
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
    select {
      font: inherit;
      color: var(--_text);
      background: var(--_background);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding-block: 0.5rem;
      padding-inline: 0.5rem;
      inline-size: 100%;
      min-block-size: 2.75rem;
    }
    select:focus-visible {
      outline: 2px solid var(--_focus);
      outline-offset: 2px;
    }
  `,
];
