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
    .issue {
      display: block;
      color: var(--_error);
      font-size: 0.875rem;
    }
    .method-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .setup-steps {
      margin-block: 0 var(--_gap);
      padding-inline-start: 1.25rem;
      display: grid;
      gap: var(--_gap);
    }
    .qr {
      display: block;
      inline-size: 12rem;
      max-inline-size: 100%;
      block-size: auto;
      border: 1px solid var(--_border);
    }
    .secret-row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }
    .secret {
      font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
      font-size: 1rem;
      letter-spacing: 0.05em;
      word-spacing: 0.3em;
      overflow-wrap: anywhere;
    }
    .code-input {
      letter-spacing: 0.2em;
      font-variant-numeric: tabular-nums;
    }
  `,
];
