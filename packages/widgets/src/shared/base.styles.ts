import { css } from 'lit';

/**
 * Styles every widget shares: the theme variables (light and dark), form controls, buttons
 * and focus rings. Only logical properties (`margin-block`, `padding-inline`, `inset-inline`),
 * so right-to-left pages lay out mirrored.
 *
 * Each color is `light-dark(light, dark)`: the element takes the host page's `color-scheme`
 * (inherited), so it turns dark only where the page says it can be dark (`color-scheme:
 * dark` or `light dark` under `prefers-color-scheme: dark`), never on a light page.
 * `theme="light"` / `theme="dark"` set the element's own `color-scheme`.
 */
export const baseStyles = css`
  :host {
    --_primary: var(--openreset-primary, var(--_brand-primary, #1f5fbf));
    --_on-primary: var(--openreset-on-primary, #ffffff);
    --_background: light-dark(
      var(--openreset-background, var(--_brand-background, #ffffff)),
      var(--openreset-background-dark, #16181c)
    );
    --_text: light-dark(
      var(--openreset-text, var(--_brand-text, #1a1a1a)),
      var(--openreset-text-dark, #eef0f3)
    );
    --_muted: light-dark(var(--openreset-muted, #4a4f57), var(--openreset-muted-dark, #b8bec7));
    --_border: light-dark(var(--openreset-border, #767b84), var(--openreset-border-dark, #8a919b));
    --_link: light-dark(var(--openreset-link, var(--_primary)), var(--openreset-link-dark, #9ec1ff));
    --_error: light-dark(var(--openreset-error, #b3261e), var(--openreset-error-dark, #ffb4ab));
    --_success: light-dark(
      var(--openreset-success, #1e6b35),
      var(--openreset-success-dark, #8fd6a3)
    );
    --_focus: light-dark(
      var(--openreset-focus, var(--_primary)),
      var(--openreset-focus-dark, #9ec1ff)
    );
    --_radius: var(--openreset-radius, 6px);
    --_gap: var(--openreset-spacing, 1rem);
    display: block;
    font-family: var(--openreset-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: 1rem;
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .base {
    background: var(--_background);
    color: var(--_text);
    max-inline-size: var(--openreset-max-width, 28rem);
    padding: var(--_gap);
    border-radius: var(--_radius);
  }
  .header {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    margin-block-end: var(--_gap);
    font-weight: 600;
  }
  .logo {
    max-block-size: 2rem;
    max-inline-size: 8rem;
  }
  h2 {
    font-size: 1.375rem;
    line-height: 1.3;
    margin-block: 0 0.5rem;
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  p {
    margin-block: 0 var(--_gap);
  }
  .muted {
    color: var(--_muted);
  }
  form {
    display: grid;
    gap: var(--_gap);
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  label {
    font-weight: 600;
  }
  .help {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  input[type='text'],
  input[type='email'],
  input[type='tel'],
  input[type='password'],
  input[type='number'],
  input[type='url'],
  input[type='date'],
  input[type='search'],
  select,
  textarea {
    font: inherit;
    color: var(--_text);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding-block: 0.5rem;
    padding-inline: 0.75rem;
    inline-size: 100%;
    min-block-size: 2.75rem;
  }
  select {
    padding-inline: 0.5rem;
  }
  input[aria-invalid='true'] {
    border-color: var(--_error);
    border-width: 2px;
  }
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  button:focus-visible,
  a:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  legend {
    font-weight: 600;
    padding: 0;
    margin-block-end: 0.5rem;
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
    font-weight: 400;
  }
  .choice input {
    margin-block-start: 0.3rem;
    inline-size: 1.125rem;
    block-size: 1.125rem;
    accent-color: var(--_primary);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  button {
    font: inherit;
    cursor: pointer;
    min-block-size: 2.75rem;
    padding-block: 0.5rem;
    padding-inline: 1rem;
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    background: transparent;
    color: var(--_text);
  }
  button.primary {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
    font-weight: 600;
  }
  button.link {
    border: 0;
    padding-inline: 0.25rem;
    color: var(--_link);
    text-decoration: underline;
  }
  button[disabled] {
    cursor: progress;
    opacity: 0.7;
  }
  a {
    color: var(--_link);
  }
  .error,
  .field-error {
    color: var(--_error);
    font-weight: 600;
  }
  .error:empty,
  .notice:empty {
    display: none;
  }
  .field-error {
    font-size: 0.875rem;
  }
  /* A masked phone number or address: read left to right, never split across lines. */
  .hint {
    white-space: nowrap;
    unicode-bidi: isolate;
  }
  a.primary {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.75rem;
    padding-block: 0.5rem;
    padding-inline: 1rem;
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 600;
    text-decoration: none;
  }
  .error ul {
    margin-block: 0.25rem 0;
    padding-inline-start: 1.25rem;
    font-weight: 400;
  }
  .rules {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.25rem;
    font-size: 0.875rem;
  }
  .rules li::before {
    content: '○';
    display: inline-block;
    inline-size: 1.25rem;
    color: var(--_muted);
  }
  .rules li.met::before {
    content: '✓';
    color: var(--_success);
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .footer {
    margin-block-start: var(--_gap);
    font-size: 0.875rem;
  }
`;
