import { html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { OpenResetClient } from '../client/create-client.js';
import type { Catalog } from '../i18n/locales/en.js';
import { ENGLISH, loadCatalog, resolveLocale, translate } from '../i18n/localize.js';
import { linkStyles } from './openreset-link.styles.js';

/**
 * The "Can't access your account?" link for a sign-in form. With `href` it is a plain link
 * to a page that hosts `<openreset-reset>`; without, it opens `<openreset-reset>` in a modal
 * dialog (Escape or the close button closes it; focus returns to the link). The reset
 * element's events bubble out of the dialog through this element.
 *
 * @summary "Can't access your account?": opens the reset flow.
 *
 * @slot - The link's text. @default the localized "Can’t access your account?"
 *
 * @csspart link - The link (or the button when it opens a dialog).
 * @csspart dialog - The dialog.
 * @csspart close - The dialog's close button.
 * @csspart reset - The `<openreset-reset>` inside the dialog.
 *
 * @cssprop --openreset-link - Link color. @default the primary color (#1f5fbf)
 * @cssprop --openreset-background - Dialog background. @default #ffffff
 * @cssprop --openreset-text - Dialog text. @default #1a1a1a
 * @cssprop --openreset-radius - Dialog corner radius. @default 6px
 *
 * @fires openreset-step - From the reset inside the dialog.
 * @fires openreset-success - From the reset inside the dialog.
 * @fires openreset-error - From the reset inside the dialog.
 * @fires openreset-cancel - From the reset inside the dialog (the dialog closes).
 *
 * @example
 * ```html
 * <openreset-link api="/api/openreset"></openreset-link>
 * <openreset-link href="/account/recover"></openreset-link>
 * ```
 */
export class OpenResetLink extends LitElement {
  /** The styles of the element's shadow root. */
  static override styles = linkStyles;

  /** The reactive properties (public, with their attributes) and the internal state. */
  static override properties: PropertyDeclarations = {
    href: {},
    api: {},
    client: { attribute: false },
    locale: {},
    intent: {},
    theme: { reflect: true },
    signInHref: { attribute: 'sign-in-href' },
    registerUrl: { attribute: 'register-url' },
    usernameInput: { attribute: 'username-input' },
    open: { type: Boolean, reflect: true },
    catalog: { state: true },
    typedUsername: { state: true },
  };

  /** Go to this URL instead of opening a dialog. */
  href?: string;

  /** Base URL of the OpenReset HTTP API, passed to the reset element. */
  api?: string;

  /** A client for the reset element (stories, tests). */
  client?: OpenResetClient;

  /** Passed to the reset element. @default the page's `lang`, else the browser's, else `en` */
  locale?: string;

  /** Passed to the reset element. */
  intent?: 'reset' | 'unlock';

  /** Passed to the reset element. @default "auto" */
  theme: 'light' | 'dark' | 'auto' = 'auto';

  /** Passed to the reset element. */
  signInHref?: string;

  /**
   * Passed to the reset element: where its success step sends a user whose flow a Temporary
   * Access Pass opened (a page with `<openreset-register>`).
   */
  registerUrl?: string;

  /**
   * The sign-in form's username field (a CSS selector in the link's document), whose value the
   * dialog starts with. @default the `autocomplete="username"` field of the link's form, else
   * the first one of its document
   */
  usernameInput?: string;

  /** Whether the dialog is open. */
  open = false;

  private catalog: Catalog = ENGLISH;
  /** What the sign-in form's username field held when the dialog opened. */
  private typedUsername?: string;

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void loadCatalog(resolveLocale(this, this.locale)).then((catalog) => {
      this.catalog = catalog;
    });
  }

  protected override updated(): void {
    const dialog = this.dialog;
    if (dialog === null || dialog === undefined) return;
    if (this.open && !dialog.open) dialog.showModal();
    if (!this.open && dialog.open) dialog.close();
  }

  /** Opens the dialog (no effect with `href`), with the username typed on the sign-in form. */
  show(): void {
    if (this.href !== undefined) return;
    const typed = this.usernameField()?.value.trim();
    this.typedUsername = typed === '' ? undefined : typed;
    this.open = true;
  }

  /** The sign-in form's username field: `username-input`, else one with autocomplete=username. */
  private usernameField(): HTMLInputElement | null {
    const root = this.getRootNode() as Document | ShadowRoot;
    if (this.usernameInput !== undefined) {
      return root.querySelector<HTMLInputElement>(this.usernameInput);
    }
    const selector = 'input[autocomplete~="username"]';
    return (
      this.closest('form')?.querySelector<HTMLInputElement>(selector) ??
      root.querySelector<HTMLInputElement>(selector)
    );
  }

  /** Closes the dialog. */
  hide(): void {
    this.open = false;
  }

  protected override render(): TemplateResult {
    const text = html`<slot>${translate(this.catalog, 'link.text')}</slot>`;
    if (this.href !== undefined) {
      return html`<a part="link" class="trigger" href=${this.href}>${text}</a>`;
    }
    return html`
      <button
        part="link"
        class="trigger"
        type="button"
        aria-haspopup="dialog"
        @click=${this.show}
      >
        ${text}
      </button>
      <dialog
        part="dialog"
        aria-label=${translate(this.catalog, 'dialog.label')}
        @close=${this.onClose}
      >
        <div class="close">
          <button part="close" type="button" @click=${this.hide}>
            ${translate(this.catalog, 'action.close')}
          </button>
        </div>
        ${
          this.open
            ? html`<openreset-reset
              part="reset"
              .client=${this.client}
              api=${this.api ?? nothing}
              locale=${this.locale ?? nothing}
              intent=${this.intent ?? nothing}
              theme=${this.theme}
              sign-in-href=${this.signInHref ?? nothing}
              register-url=${this.registerUrl ?? nothing}
              identifier=${this.typedUsername ?? nothing}
              autofocus
              @openreset-cancel=${this.hide}
            ></openreset-reset>`
            : nothing
        }
      </dialog>
    `;
  }

  private onClose = (): void => {
    this.open = false;
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'openreset-link': OpenResetLink;
  }
}
