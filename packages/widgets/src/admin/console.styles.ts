import { css } from 'lit';
import { baseStyles } from '../shared/base.styles.js';

/**
 * Styles of the admin elements: the widgets' base (theme variables, controls, buttons, focus
 * rings) plus wide panels, sections, tables, field errors and the charts.
 */
export const consoleStyles = [
  baseStyles,
  css`
    .base {
      max-inline-size: var(--openreset-console-max-width, 64rem);
    }
    section + section {
      margin-block-start: calc(var(--_gap) * 2);
    }
    h3 {
      font-size: 1.125rem;
      margin-block: 0 0.5rem;
    }
    input[type='color'] {
      inline-size: 4rem;
      block-size: 2.75rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_background);
    }
    [aria-invalid='true'] {
      border-color: var(--_error);
      border-width: 2px;
    }
    .section {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: var(--_gap);
    }
    .section > legend {
      font-size: 1.125rem;
      padding-inline: 0.25rem;
    }
    .field-error {
      color: var(--_error);
      font-weight: 600;
      font-size: 0.875rem;
    }
    .rows {
      display: grid;
      gap: 0.5rem;
    }
    .row {
      display: grid;
      grid-template-columns: minmax(6rem, 1fr) minmax(10rem, 3fr) auto;
      gap: 0.5rem;
      align-items: end;
    }
    .layout {
      display: grid;
      gap: calc(var(--_gap) * 2);
      grid-template-columns: minmax(0, 1fr);
    }
    @media (min-width: 60rem) {
      .layout {
        grid-template-columns: minmax(0, 1fr) 20rem;
        align-items: start;
      }
      .preview {
        position: sticky;
        inset-block-start: 1rem;
      }
    }
    figure {
      margin: 0;
    }
    figcaption {
      font-weight: 600;
      margin-block-end: 0.5rem;
    }
    .card {
      --_background: var(--_preview-background);
      --_text: var(--_preview-text);
      --_primary: var(--_preview-primary);
      --_link: var(--_preview-primary);
      color-scheme: light;
      border: 1px solid var(--_border);
    }
    .card .title {
      font-size: 1.375rem;
      font-weight: 600;
      margin-block: 0 0.5rem;
    }
    .card .fake-input {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      min-block-size: 2.75rem;
      margin-block-end: var(--_gap);
    }
    .card .fake-button {
      display: inline-block;
      background: var(--_primary);
      color: var(--_on-primary);
      border-radius: var(--_radius);
      padding-block: 0.5rem;
      padding-inline: 1rem;
      font-weight: 600;
    }
    table {
      border-collapse: collapse;
      inline-size: 100%;
      font-size: 0.875rem;
    }
    caption {
      text-align: start;
      font-weight: 600;
      margin-block-end: 0.25rem;
    }
    th,
    td {
      border-block-end: 1px solid var(--_border);
      padding-block: 0.375rem;
      padding-inline: 0.5rem;
      text-align: start;
      vertical-align: top;
    }
    td.number,
    th.number {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
    .table-wrap {
      overflow-x: auto;
    }
    .secret {
      font-family: ui-monospace, monospace;
      font-size: 1.125rem;
      letter-spacing: 0.05em;
      user-select: all;
      overflow-wrap: anywhere;
    }
    .once {
      border-inline-start: 3px solid var(--_primary);
      padding-inline-start: 0.75rem;
    }
    .ok {
      color: var(--_success);
      font-weight: 600;
    }
    .bad {
      color: var(--_error);
      font-weight: 600;
    }
    .filters {
      display: grid;
      gap: 0.75rem;
      grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr));
      align-items: end;
    }
    .filters .actions {
      grid-column: 1 / -1;
    }
    .views {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin-block-end: var(--_gap);
    }
    .views button[aria-pressed='true'] {
      background: var(--_primary);
      border-color: var(--_primary);
      color: var(--_on-primary);
      font-weight: 600;
    }
    .charts {
      display: grid;
      gap: var(--_gap);
      grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr));
      margin-block-end: var(--_gap);
    }
    svg {
      display: block;
      inline-size: 100%;
      block-size: auto;
      overflow: visible;
    }
    svg text {
      fill: var(--_text);
      font-size: 11px;
    }
    svg .axis {
      stroke: var(--_border);
    }
    .legend {
      list-style: none;
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.75rem;
      padding: 0;
      margin-block: 0.5rem 0;
      font-size: 0.875rem;
    }
    .swatch {
      display: inline-block;
      inline-size: 0.75rem;
      block-size: 0.75rem;
      border-radius: 2px;
      margin-inline-end: 0.25rem;
      vertical-align: middle;
    }
    .c0 { fill: #1e6b35; background: #1e6b35; }
    .c1 { fill: #b3261e; background: #b3261e; }
    .c2 { fill: #8a4b00; background: #8a4b00; }
    .c3 { fill: #5b6270; background: #5b6270; }
    .c4 { fill: #1f5fbf; background: #1f5fbf; }
    .c5 { fill: #7a3e9d; background: #7a3e9d; }
    .c6 { fill: #00707a; background: #00707a; }
  `,
];
