import { nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Translate } from '../i18n/localize.js';
import { renderShownError, type ShownError } from './shown-error.js';

/**
 * The error a card element shows, and the field it is about (a refused call's, or a check's
 * before any call): shown inside its field, else in the element's alert region.
 * Every change re-renders the element.
 */
export class ErrorController {
  private shownError?: ShownError;
  private fieldId?: string;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** The error shown, if any. */
  get shown(): ShownError | undefined {
    return this.shownError;
  }

  set shown(error: ShownError | undefined) {
    this.shownError = error;
    this.host.requestUpdate();
  }

  /** The id of the field the error is about (marked `aria-invalid`), if any. */
  get field(): string | undefined {
    return this.fieldId;
  }

  set field(id: string | undefined) {
    this.fieldId = id;
    this.host.requestUpdate();
  }

  /** Shows `error` about the field `id` (found before any call). */
  refuse(id: string, error: ShownError): void {
    this.shown = error;
    this.field = id;
  }

  /** Clears the error and the field it was about. */
  clear(): void {
    this.shown = undefined;
    this.field = undefined;
  }

  /** The error's words and details, wherever it is shown. */
  render(t: Translate): TemplateResult | typeof nothing {
    return renderShownError(this.shownError, t);
  }

  /** The alert region's contents: an error about no field (one about a field shows there). */
  renderRegion(t: Translate): TemplateResult | typeof nothing {
    return this.fieldId === undefined ? this.render(t) : nothing;
  }
}
