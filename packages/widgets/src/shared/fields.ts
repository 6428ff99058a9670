import { html, nothing, type TemplateResult } from 'lit';
import type { ShownError } from './shown-error.js';

/** A refusal found before any call: the error to show and the field that takes focus. */
export interface FieldRefusal {
  field: string;
  error: ShownError;
}

/** The error shown next to a field: which field it is about, and its words. */
export interface FieldError {
  /** The id of the field the error is about (`undefined`: no field). */
  field: string | undefined;
  /** The error's words, rendered inside that field. */
  message: TemplateResult | typeof nothing;
}

/** `aria-invalid` of the field `id`: `true` while the error is about it. */
export function ariaInvalid(invalidField: string | undefined, id: string): 'true' | 'false' {
  return invalidField === id ? 'true' : 'false';
}

/**
 * `aria-describedby` of the field `id`: the ids in `extra` (its help, the live rules, a
 * countdown), then its own error (`<id>-error`) while the error is about this field.
 */
export function describedBy(
  invalidField: string | undefined,
  id: string,
  ...extra: string[]
): string {
  return [...extra, invalidField === id ? `${id}-error` : ''].filter(Boolean).join(' ');
}

/**
 * A labelled field: the label, the input, the help line (`<id>-help`) when there is one, and
 * the error about it (`<id>-error`, an alert) right below the input, where the eye is.
 */
export function renderField(
  id: string,
  label: string,
  input: TemplateResult,
  help?: string,
  error?: FieldError,
): TemplateResult {
  return html`<div class="field">
    <label part="label" for=${id}>${label}</label>
    ${input}
    ${help === undefined ? nothing : html`<span class="help" id=${`${id}-help`}>${help}</span>`}
    ${
      error?.field === id
        ? html`<span part="error field-error" class="field-error" role="alert" id=${`${id}-error`}
            >${error.message}</span
          >`
        : nothing
    }
  </div>`;
}
