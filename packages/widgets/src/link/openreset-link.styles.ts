import { css } from 'lit';
import { baseStyles } from '../shared/base.styles.js';

/** Styles of `<openreset-link>`: the link, and the dialog it opens. */
export const linkStyles = [
  baseStyles,
  css`
    :host {
      display: inline-block;
    }
    .trigger {
      font: inherit;
      color: var(--_link);
      background: none;
      border: 0;
      padding: 0;
      min-block-size: 1.5rem;
      text-decoration: underline;
      cursor: pointer;
    }
    dialog {
      border: 0;
      border-radius: var(--_radius);
      padding: 0;
      background: var(--_background);
      color: var(--_text);
      inline-size: min(32rem, calc(100vw - 2rem));
    }
    dialog::backdrop {
      background: rgb(0 0 0 / 0.5);
    }
    .close {
      display: flex;
      justify-content: flex-end;
      padding-block-start: 0.5rem;
      padding-inline-end: 0.5rem;
    }
  `,
];
