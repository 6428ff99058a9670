import { html, nothing, type TemplateResult } from 'lit';
import type { ShownError } from './shown-error.js';

/** A refusal found before any call: the error to show and the field that takes focus. */
export interface FieldRefusal {
  field: string;
  error: ShownError;
}

/** `aria-invalid` of the field `id`: `true` while the error is about it. */
export function ariaInvalid(invalidField: string | undefined, id: string): 'true' | 'false' {
  return invalidField === id ? 'true' : 'false';
}

/**
 * `aria-describedby` of the field `id`: the ids in `extra` (its help, the live rules, a
 * countdown), then the error region while the error is about this field.
 */
export function describedBy(
  invalidField: string | undefined,
  id: string,
  ...extra: string[]
): string {
  return [...extra, invalidField === id ? 'error' : ''].filter(Boolean).join(' ');
}

/** A labelled field: the label, the input, and the help line (`<id>-help`) when there is one. */
export function renderField(
  id: string,
  label: string,
  input: TemplateResult,
  help?: string,
): TemplateResult {
  return html`<div class="field">
    <label part="label" for=${id}>${label}</label>
    ${input}
    ${help === undefined ? nothing : html`<span class="help" id=${`${id}-help`}>${help}</span>`}
  </div>`;
}
