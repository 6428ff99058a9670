import { html, nothing, type TemplateResult } from 'lit';
import { formatCountdown } from '../i18n/localize.js';
import type { CountdownController } from './countdown-controller.js';
import type { OpenResetElement } from './openreset-element.js';

// The fields of the steps that send and check a code (a contact to confirm or add, the code,
// "Send a new code"), shared by <openreset-register> and the reset's later steps. Functions
// of their element rather than its methods, so that the bundle <openreset-reset> loads first
// (its identify step) does not carry them: the reset's later-steps chunk does.

/**
 * What the step fields use of their card element: protected members of
 * {@link OpenResetElement} (not its public API), each typed from it (`OpenResetElement['x']`),
 * so that a change there fails to compile here. An element passes its `fieldsHost`.
 */
export interface FieldsHost {
  readonly t: OpenResetElement['t'];
  readonly busy: OpenResetElement['busy'];
  readonly field: OpenResetElement['field'];
  readonly invalidAttr: OpenResetElement['invalidAttr'];
  readonly describedBy: OpenResetElement['describedBy'];
  readonly input: OpenResetElement['input'];
  readonly refuse: OpenResetElement['refuse'];
}

/** What a {@link codeField} may add to the field. */
export interface CodeFieldOptions {
  /** A class of the input (`code-input`: wide, spaced digits). */
  class?: string;
  /** The input's `pattern`. */
  pattern?: string;
  /** The input's `maxlength`. @default 8 */
  maxlength?: number;
  /** The label. @default the catalog's `code.label` */
  label?: string;
  /** Ids of what else describes the field (a countdown, an intro). */
  describedBy?: string;
}

/** The one-time code field `#code` that {@link typedCode} reads. */
export function codeField(host: FieldsHost, options: CodeFieldOptions = {}): TemplateResult {
  return host.field(
    'code',
    options.label ?? host.t('code.label'),
    html`<input
      part="input"
      class=${options.class ?? nothing}
      id="code"
      type="text"
      inputmode="numeric"
      autocomplete="one-time-code"
      pattern=${options.pattern ?? nothing}
      maxlength=${options.maxlength ?? 8}
      required
      aria-invalid=${host.invalidAttr('code')}
      aria-describedby=${host.describedBy('code', options.describedBy ?? '')}
    />`,
  );
}

/** The code typed in `#code` (white space dropped), or `undefined` (refused) unless 6 to 8 digits. */
export function typedCode(host: FieldsHost): string | undefined {
  const code = (host.input('code')?.value ?? '').replace(/\s+/g, '');
  if (/^\d{6,8}$/.test(code)) return code;
  host.refuse('code', { key: code === '' ? 'field.required' : 'error.invalid_code' });
  return undefined;
}

/** A phone number or email address field `#id`, with the phone number's help line. */
export function contactField(
  host: FieldsHost,
  id: string,
  label: string,
  kind: 'phone' | 'email',
  value: string,
): TemplateResult {
  const isPhone = kind === 'phone';
  return host.field(
    id,
    label,
    html`<input
      part="input"
      id=${id}
      type=${isPhone ? 'tel' : 'email'}
      autocomplete=${isPhone ? 'tel' : 'email'}
      spellcheck="false"
      required
      .value=${value}
      aria-invalid=${host.invalidAttr(id)}
      aria-describedby=${host.describedBy(id, isPhone ? `${id}-help` : '')}
    />`,
    isPhone ? host.t('confirm.help.phone') : undefined,
  );
}

/** "Send a new code", offered once `wait` has run out (`#resend-wait` says when). */
export function resendButton(
  host: FieldsHost,
  wait: CountdownController,
  onResend: () => void,
): TemplateResult {
  return html`<button
    part="button"
    type="button"
    @click=${onResend}
    ?disabled=${host.busy || wait.seconds > 0}
    aria-describedby="resend-wait"
  >
    ${host.t('action.resend')}
  </button>`;
}

/** When a new code can be asked for (`#resend-wait`), empty once it can. */
export function resendWaitLine(host: FieldsHost, wait: CountdownController): TemplateResult {
  const seconds = wait.seconds;
  return html`<p class="countdown" id="resend-wait">
    ${seconds > 0 ? host.t('code.resendIn', { time: formatCountdown(seconds) }) : nothing}
  </p>`;
}
