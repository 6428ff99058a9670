import {
  html,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { isClientError } from '../client/client-error.js';
import type { PublicConfig } from '../client/client-types.js';
import type { MessageKey } from '../i18n/locales/en.js';
import { issueKey, type MessageParams, type Translate } from '../i18n/localize.js';
import {
  ariaInvalid,
  describedBy,
  type FieldError,
  type FieldRefusal,
  renderField,
} from './fields.js';
import type { ShownError } from './shown-error.js';

// The live rules live here, not beside the header in branding.ts: only the password
// steps need them, and <openreset-reset> loads this module lazily (its later-steps chunk).

/**
 * A password's length as the server counts it: code points after NFKC (NIST 800-63B
 * 3.1.1.2), so the live rule and the server agree.
 */
export function passwordLength(password: string): number {
  return [...password.normalize('NFKC')].length;
}

/** What the live rules are checked against. */
export interface PasswordRulesInput {
  password: string;
  confirmation: string;
  minLength: number;
  maxLength: number;
}

/** The length issue of a password typed, or `undefined` when its length is fine. */
export function lengthIssue(t: Translate, input: PasswordRulesInput): string | undefined {
  const length = passwordLength(input.password);
  if (length < input.minLength) return t('issue.too_short', { minimum: input.minLength, length });
  if (length > input.maxLength) return t('issue.too_long', { maximum: input.maxLength, length });
  return undefined;
}

/**
 * The live rules under the new password: length (from `GET /config`) and the match with the
 * confirmation. Each item says "Met:" or "Not met yet:" to screen readers; the list is not a
 * live region (it would speak at every keystroke), the new password field points at it.
 */
export function renderPasswordRules(t: Translate, input: PasswordRulesInput): TemplateResult {
  const lengthMet = lengthIssue(t, input) === undefined;
  const matchMet = input.password !== '' && input.password === input.confirmation;
  const rule = (met: boolean, text: string) =>
    html`<li class=${met ? 'met' : ''}>
      <span class="visually-hidden">${t(met ? 'password.rule.met' : 'password.rule.unmet')}</span>
      ${text}
    </li>`;
  return html`<div>
    <span class="visually-hidden" id="password-rules-label">${t('password.rules')}</span>
    <ul part="rules" class="rules" id="password-rules" aria-labelledby="password-rules-label">
      ${rule(lengthMet, t('password.rule.length', { min: input.minLength, max: input.maxLength }))}
      ${rule(matchMet, t('password.rule.match'))}
    </ul>
  </div>`;
}

/** The password rules of `GET /config`, or the policy defaults until it has loaded. */
export function passwordRulesOf(config: PublicConfig | undefined): {
  minLength: number;
  maxLength: number;
} {
  return {
    minLength: config?.password.minLength ?? 12,
    maxLength: config?.password.maxLength ?? 256,
  };
}

/**
 * A new password typed twice: the `new-password` and `confirm-password` fields, "Show
 * passwords", the live rules, the checks made before the call and the reading of the server's
 * refusal. `<openreset-reset>` (its password step) and `<openreset-change>` hold one each; it
 * keeps what was typed and re-renders its host as the user types.
 */
export class NewPasswordController implements ReactiveController {
  /** The new password typed. */
  password = '';
  /** Its confirmation. */
  confirmation = '';
  /** "Show passwords" is checked: every password field of the host shows its text. */
  visible = false;

  /** @param host The element; it re-renders at each keystroke. */
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Nothing to set up: what was typed lives as long as the element. */
  hostConnected(): void {}

  /** The `type` of the host's password fields. */
  get inputType(): 'text' | 'password' {
    return this.visible ? 'text' : 'password';
  }

  /** Forgets what was typed and hides it again (after a success or a cancel). */
  clear(): void {
    this.visible = false;
    this.password = '';
    this.confirmation = '';
    this.host.requestUpdate();
  }

  /** What the live rules and the checks read: the passwords and the rules of `GET /config`. */
  rulesInput(config: PublicConfig | undefined): PasswordRulesInput {
    return { password: this.password, confirmation: this.confirmation, ...passwordRulesOf(config) };
  }

  /** The refusal of a new password too short or too long, or unlike its confirmation. */
  check(t: Translate, config: PublicConfig | undefined): FieldRefusal | undefined {
    const issue = lengthIssue(t, this.rulesInput(config));
    if (issue !== undefined) {
      return { field: 'new-password', error: { key: 'error.password_rejected', details: [issue] } };
    }
    if (this.password !== this.confirmation) {
      return { field: 'confirm-password', error: { key: 'password.mismatch' } };
    }
    return undefined;
  }

  /**
   * Reads a refusal of the new password into `shown`: the server's issues as details, or the
   * directory's own policy message. True when it was one (the host focuses `new-password`).
   */
  explainRefusal(t: Translate, error: unknown, shown: ShownError): boolean {
    if (!isClientError(error)) return false;
    if (error.code === 'password_rejected') {
      shown.details = (error.issues ?? []).flatMap((issue) => {
        const key = issueKey(issue.code);
        return key === undefined ? [] : [t(key, issue as unknown as MessageParams)];
      });
      return true;
    }
    if (error.code === 'directory_error' && error.directoryCode === 'password_policy') {
      shown.key = 'error.directory.password_policy';
      return true;
    }
    return false;
  }

  /**
   * A password field of the host (the host's current-password field too): shown or hidden
   * alike; `error` is the host's field error (shown inside the field it is about).
   */
  field(
    field: { id: string; label: string; autocomplete: string; error: FieldError },
    value: string,
    onInput: (value: string) => void,
    ...describedByExtra: string[]
  ): TemplateResult {
    const { id, label, autocomplete, error } = field;
    const invalidField = error.field;
    return renderField(
      id,
      label,
      html`<input
        part="input"
        id=${id}
        type=${this.inputType}
        autocomplete=${autocomplete}
        required
        .value=${value}
        @input=${(event: Event) => onInput((event.target as HTMLInputElement).value)}
        aria-invalid=${ariaInvalid(invalidField, id)}
        aria-describedby=${describedBy(invalidField, id, ...describedByExtra)}
      />`,
      undefined,
      error,
    );
  }

  /** The new password, its confirmation, "Show passwords" and the live rules. */
  render(t: Translate, config: PublicConfig | undefined, error: FieldError): TemplateResult {
    const field = (id: string, label: MessageKey) => ({
      id,
      label: t(label),
      autocomplete: 'new-password',
      error,
    });
    return html`
      ${this.field(
        field('new-password', 'password.new'),
        this.password,
        (value) => {
          this.password = value;
          this.host.requestUpdate();
        },
        'password-rules',
      )}
      ${this.field(field('confirm-password', 'password.confirm'), this.confirmation, (value) => {
        this.confirmation = value;
        this.host.requestUpdate();
      })}
      <label class="choice">
        <input
          type="checkbox"
          .checked=${this.visible}
          @change=${(event: Event) => {
            this.visible = (event.target as HTMLInputElement).checked;
            this.host.requestUpdate();
          }}
        />
        <span>${t('password.show')}</span>
      </label>
      ${renderPasswordRules(t, this.rulesInput(config))}
    `;
  }
}
