import { PREDEFINED_QUESTIONS } from '@openreset/core/questions';
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { isClientError } from '../client/client-error.js';
import { emit } from '../events.js';
import type {
  AdminClient,
  AdminUserJson,
  DirectoryHealthJson,
  PolicyDraftJson,
  PolicyIssueJson,
  PolicyStateJson,
} from './admin-client.js';
import { consoleStyles } from './console.styles.js';
import { ConsoleElement } from './console-element.js';
import {
  changedFields,
  type FieldSpec,
  fieldId,
  fieldOfIssue,
  integerOf,
  linesOf,
  type SectionSpec,
  sectionsOf,
  valueAt,
  withValue,
} from './policy-form.js';

/** The panels of `<openreset-admin>`; a refusal shows in the panel where it happened. */
type Panel = 'policy' | 'directory' | 'helpdesk';

/** A secret the helpdesk hands over: shown once, with a copy button. */
interface ShownSecret {
  kind: 'password' | 'pass';
  value: string;
  expiresAt?: string;
}

/** `camelCase` as words, for a setting the catalogs do not name yet. */
const humanize = (key: string): string => {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** Where a field's options come from when its schema has no `enum` (the predefined questions). */
const PREDEFINED_PATH = 'questions.predefined';

/**
 * `<openreset-admin>`: the administrator's console. The self-service policy as a form
 * generated from the policy's JSON schema (`GET /openapi.json`, the schema the server
 * validates with), so a setting the server gains shows up without a new widget; a refused
 * save keeps every edit and shows each `invalid_policy` issue at its field; a save that lost
 * a race (`conflict`) lists the settings the other save changed, mine and theirs, to keep
 * or take; a live preview of the reset card in the branding being edited; the directory's
 * writeback status with its recent checks; and the helpdesk: find a user, reset their
 * password (a generated one shown once), unlock, set recovery contacts, issue or revoke a
 * Temporary Access Pass.
 *
 * Every call goes through the `/admin` routes, which need an administrator's session.
 *
 * @summary Self-service policy, directory status and helpdesk actions.
 * @csspart base - The console.
 * @csspart error - The alert region of a panel.
 * @csspart notice - The status region.
 * @cssprop --openreset-console-max-width - The console's widest width (default 64rem).
 * @fires openreset-error - A call was refused or failed (`detail.code`, `detail.status`).
 * @fires openreset-success - The policy was saved (`detail.intent` is `change`).
 */
export class OpenResetAdmin extends ConsoleElement {
  /** The styles of the element's shadow root. */
  static override styles = consoleStyles;

  /** The reactive properties (public, with their attributes) and the internal state. */
  static override properties: PropertyDeclarations = {
    sections: { state: true },
    saved: { state: true },
    draft: { state: true },
    issues: { state: true },
    conflict: { state: true },
    directory: { state: true },
    errorPanel: { state: true },
    users: { state: true },
    selected: { state: true },
    secret: { state: true },
    contactIssues: { state: true },
  };

  private sections: SectionSpec[] = [];
  /** The policy state the draft was started from (its revision is the one a save expects). */
  private saved?: PolicyStateJson;
  private draft: PolicyDraftJson = {};
  private issues: PolicyIssueJson[] = [];
  private conflict?: { state: PolicyStateJson; changed: FieldSpec[] };
  private directory?: DirectoryHealthJson;
  private errorPanel: Panel = 'policy';
  private users?: AdminUserJson[];
  private selected?: AdminUserJson;
  private secret?: ShownSecret;

  private get fields(): FieldSpec[] {
    return this.sections.flatMap((section) => section.fields);
  }

  protected override async load(client: AdminClient): Promise<void> {
    const [schema, saved] = await Promise.all([client.policySchema(), client.getPolicy()]);
    this.sections = sectionsOf(schema);
    this.saved = saved;
    this.draft = structuredClone(saved.policy);
    try {
      this.directory = await client.directoryStatus();
    } catch (error) {
      this.errorPanel = 'directory';
      this.fail(error);
    }
  }

  /** Runs a call of `panel`: its refusal shows in that panel. */
  private act(panel: Panel, work: (client: AdminClient) => Promise<void>): Promise<boolean> {
    this.errorPanel = panel;
    return this.run(work);
  }

  override render(): TemplateResult {
    return html`<div part="base" class="base" lang=${this.viewerLocale}>
      ${this.renderPolicy()} ${this.renderDirectory()} ${this.renderHelpdesk()}
      ${this.renderNotice()}
    </div>`;
  }

  private renderPanelError(panel: Panel): TemplateResult {
    return this.renderError(`${panel}-error`, this.errorPanel === panel);
  }

  // ---- the policy -----------------------------------------------------------------------

  private renderPolicy(): TemplateResult {
    const saved = this.saved;
    return html`<section aria-labelledby="policy-heading">
      <h2 id="policy-heading" tabindex="-1">${this.tt('policy.heading')}</h2>
      ${
        saved === undefined
          ? html`<p class="muted">${this.tt('policy.loading')}</p>${this.renderPanelError('policy')}`
          : html`<p class="muted">${this.tt('policy.revision', { revision: saved.revision })}</p>
            ${
              saved.storedIssues === undefined
                ? nothing
                : html`<p class="error">${this.tt('policy.storedIssues')}</p>`
            }
            ${this.renderConflict()}
            <div class="layout">
              <form
                novalidate
                aria-labelledby="policy-heading"
                @input=${this.edit}
                @change=${this.edit}
                @submit=${this.save}
              >
                ${this.renderPanelError('policy')} ${this.renderIssueSummary()}
                ${this.sections.map((section) => this.renderSection(section))}
                <div class="actions">
                  <button part="button primary-button" class="primary" type="submit" ?disabled=${this.busy}>
                    ${this.busy && this.errorPanel === 'policy' ? this.t('status.working') : this.tt('policy.save')}
                  </button>
                </div>
              </form>
              ${this.renderPreview()}
            </div>`
      }
    </section>`;
  }

  /** The count of problems and those about no single field (a section, the whole policy). */
  private renderIssueSummary(): TemplateResult | typeof nothing {
    if (this.issues.length === 0) return nothing;
    const loose = this.issues.filter(
      (issue) =>
        fieldOfIssue(this.fields, issue) === undefined &&
        !this.sections.some((section) => section.id === issue.path),
    );
    return html`<div class="error" id="policy-problems">
      <p>${this.tt('policy.refused', { count: this.issues.length })}</p>
      ${
        loose.length === 0
          ? nothing
          : html`<ul>
            ${loose.map((issue) => html`<li>${issue.path} ${this.issueText(issue)}</li>`)}
          </ul>`
      }
    </div>`;
  }

  private renderSection(section: SectionSpec): TemplateResult {
    const sectionIssues = this.issues.filter((issue) => issue.path === section.id);
    const errorId = `s-${section.id}-error`;
    return html`<fieldset
      class="section"
      aria-describedby=${sectionIssues.length === 0 ? nothing : errorId}
    >
      <legend>${this.ttOr(`section.${section.id}`, humanize(section.id))}</legend>
      ${
        sectionIssues.length === 0
          ? nothing
          : html`<p class="field-error" id=${errorId}>
            ${sectionIssues.map((issue) => this.issueText(issue)).join(' ')}
          </p>`
      }
      ${section.fields.map((field) => this.renderField(field))}
    </fieldset>`;
  }

  private label(path: string): string {
    return this.ttOr(`field.${path}`, humanize(path.split('.').at(-1) ?? path));
  }

  private issueText(issue: PolicyIssueJson): string {
    const params = {
      minimum: issue.minimum ?? '',
      maximum: issue.maximum ?? '',
    };
    if (issue.reason !== undefined) {
      const text = this.ttOr(`issue.${issue.reason}`, '', params);
      if (text !== '') return text;
    }
    return this.ttOr(`issue.${issue.code}`, this.tt('issue.invalid'), params);
  }

  /** The issues about `field`, or about something inside it (a row of a list). */
  private issuesOf(field: FieldSpec): PolicyIssueJson[] {
    return this.issues.filter((issue) => fieldOfIssue(this.fields, issue) === field);
  }

  /** The help line of a field: its range, or "one per line". */
  private helpOf(field: FieldSpec): string | undefined {
    const { schema } = field;
    if (field.kind === 'integer' && schema.minimum !== undefined) {
      return schema.maximum === undefined
        ? this.tt('policy.atLeast', { min: this.count(schema.minimum) })
        : this.tt('policy.range', {
            min: this.count(schema.minimum),
            max: this.count(schema.maximum),
          });
    }
    if (field.kind === 'lines' && field.path !== PREDEFINED_PATH) return this.tt('policy.lines');
    return undefined;
  }

  private renderField(field: FieldSpec): TemplateResult {
    const id = fieldId(field.path);
    const issues = this.issuesOf(field);
    const help = this.helpOf(field);
    const invalid = issues.length > 0;
    const described = [help === undefined ? '' : `${id}-help`, invalid ? `${id}-error` : '']
      .filter(Boolean)
      .join(' ');
    const aria = {
      invalid: invalid ? 'true' : 'false',
      describedBy: described === '' ? nothing : described,
    } as const;
    const value = valueAt(this.draft, field.path);
    const helpLine =
      help === undefined ? nothing : html`<span class="help" id=${`${id}-help`}>${help}</span>`;
    const errorLine = invalid
      ? html`<span class="field-error" id=${`${id}-error`}>
          ${issues.map((issue) => this.issueText(issue)).join(' ')}
        </span>`
      : nothing;
    const label = this.label(field.path);

    if (field.kind === 'boolean') {
      return html`<div class="field">
        <label class="choice">
          <input
            type="checkbox"
            id=${id}
            data-path=${field.path}
            .checked=${value === true}
            aria-invalid=${aria.invalid}
            aria-describedby=${aria.describedBy}
          />
          <span>${label}</span>
        </label>
        ${errorLine}
      </div>`;
    }
    if (field.kind === 'choices' || field.path === PREDEFINED_PATH) {
      const chosen = new Set(Array.isArray(value) ? value.map(String) : []);
      const options =
        field.path === PREDEFINED_PATH
          ? PREDEFINED_QUESTIONS.map((question) => ({
              value: question.id,
              label: question.text[this.viewerLocale],
            }))
          : (field.schema.items?.enum ?? []).map((option) => ({
              value: String(option),
              label: this.optionLabel(field.path, String(option)),
            }));
      return html`<fieldset
        id=${id}
        tabindex="-1"
        aria-invalid=${aria.invalid}
        aria-describedby=${aria.describedBy}
      >
        <legend>${label}</legend>
        ${options.map(
          (option, index) => html`<label class="choice">
            <input
              type="checkbox"
              id=${`${id}-${index}`}
              data-path=${field.path}
              data-many
              .value=${option.value}
              .checked=${chosen.has(option.value)}
            />
            <span>${option.label}</span>
          </label>`,
        )}
        ${helpLine} ${errorLine}
      </fieldset>`;
    }
    if (field.kind === 'rows') return this.renderRows(field, id, aria, errorLine);

    let control: TemplateResult;
    switch (field.kind) {
      case 'integer':
        control = html`<input
          type="number"
          id=${id}
          data-path=${field.path}
          inputmode="numeric"
          step="1"
          min=${field.schema.minimum ?? nothing}
          max=${field.schema.maximum ?? nothing}
          .value=${value === undefined ? '' : String(value)}
          aria-invalid=${aria.invalid}
          aria-describedby=${aria.describedBy}
        />`;
        break;
      case 'choice':
        control = html`<select
          id=${id}
          data-path=${field.path}
          aria-invalid=${aria.invalid}
          aria-describedby=${aria.describedBy}
        >
          ${(field.schema.enum ?? []).map(
            (
              option,
            ) => html`<option value=${String(option)} ?selected=${String(value) === String(option)}>
              ${this.optionLabel(field.path, String(option))}
            </option>`,
          )}
        </select>`;
        break;
      case 'lines':
        control = html`<textarea
          id=${id}
          data-path=${field.path}
          rows="3"
          spellcheck="false"
          .value=${Array.isArray(value) ? value.join('\n') : ''}
          aria-invalid=${aria.invalid}
          aria-describedby=${aria.describedBy}
        ></textarea>`;
        break;
      case 'color':
        control = html`<input
          type="color"
          id=${id}
          data-path=${field.path}
          .value=${typeof value === 'string' ? value.toLowerCase() : '#000000'}
          aria-invalid=${aria.invalid}
          aria-describedby=${aria.describedBy}
        />`;
        break;
      default:
        control = html`<input
          type=${field.kind === 'email' ? 'email' : field.kind === 'url' ? 'url' : 'text'}
          id=${id}
          data-path=${field.path}
          spellcheck="false"
          maxlength=${field.schema.maxLength ?? nothing}
          .value=${typeof value === 'string' ? value : ''}
          aria-invalid=${aria.invalid}
          aria-describedby=${aria.describedBy}
        />`;
    }
    return html`<div class="field">
      <label part="label" for=${id}>${label}</label>
      ${control} ${helpLine} ${errorLine}
    </div>`;
  }

  /** A list of objects (custom questions): a row of text fields each, add and remove. */
  private renderRows(
    field: FieldSpec,
    id: string,
    aria: { invalid: 'true' | 'false'; describedBy: string | typeof nothing },
    errorLine: TemplateResult | typeof nothing,
  ): TemplateResult {
    const rows = (valueAt(this.draft, field.path) as Record<string, unknown>[] | undefined) ?? [];
    const keys = Object.keys(field.schema.items?.properties ?? {});
    return html`<fieldset
      id=${id}
      tabindex="-1"
      aria-invalid=${aria.invalid}
      aria-describedby=${aria.describedBy}
    >
      <legend>${this.label(field.path)}</legend>
      <div class="rows">
        ${rows.map(
          (
            row,
            index,
          ) => html`<div class="row" role="group" aria-label=${this.tt('policy.row', { row: index + 1 })}>
            ${keys.map((key) => {
              const cellId = `${id}-${index}-${key}`;
              const bad = this.issues.some(
                (issue) => issue.path === `${field.path}.${index}.${key}`,
              );
              return html`<div class="field">
                <label for=${cellId}>${this.label(`${field.path}.${key}`)}</label>
                <input
                  type="text"
                  id=${cellId}
                  data-path=${field.path}
                  data-row=${index}
                  data-key=${key}
                  spellcheck="false"
                  .value=${String(row[key] ?? '')}
                  aria-invalid=${bad ? 'true' : 'false'}
                  aria-describedby=${bad ? `${id}-error` : nothing}
                />
              </div>`;
            })}
            <button
              type="button"
              @click=${() =>
                this.setRows(
                  field,
                  rows.filter((_, other) => other !== index),
                )}
            >
              ${this.tt('policy.remove', { row: index + 1 })}
            </button>
          </div>`,
        )}
      </div>
      <div class="actions">
        <button
          type="button"
          @click=${() => this.addRow(field, rows, keys)}
        >
          ${this.tt('policy.add')}
        </button>
      </div>
      ${errorLine}
    </fieldset>`;
  }

  private optionLabel(path: string, option: string): string {
    if (path === 'methods') return this.methodName(option);
    if (path === 'defaultLocale') {
      return new Intl.DisplayNames([this.viewerLocale], { type: 'language' }).of(option) ?? option;
    }
    return this.ttOr(`option.${path}.${option}`, option);
  }

  private setRows(field: FieldSpec, rows: Record<string, unknown>[]): void {
    this.draft = withValue(this.draft, field.path, rows);
  }

  private addRow(field: FieldSpec, rows: Record<string, unknown>[], keys: string[]): void {
    this.setRows(field, [...rows, Object.fromEntries(keys.map((key) => [key, '']))]);
    void this.focusOn(`#${fieldId(field.path)}-${rows.length}-${keys[0]}`);
  }

  /** Any control of the form changed: its value goes into the draft (nothing is lost). */
  private edit(event: Event): void {
    const control = event.target as HTMLInputElement;
    const path = control.dataset.path;
    const field = this.fields.find((candidate) => candidate.path === path);
    if (field === undefined) return;
    this.draft = withValue(this.draft, field.path, this.typedValue(field, control));
  }

  private typedValue(field: FieldSpec, control: HTMLInputElement): unknown {
    if (control.dataset.many !== undefined) {
      const boxes = this.renderRoot.querySelectorAll<HTMLInputElement>(
        `input[data-path="${field.path}"][data-many]`,
      );
      return [...boxes].filter((box) => box.checked).map((box) => box.value);
    }
    if (control.dataset.row !== undefined && control.dataset.key !== undefined) {
      const rows = [...((valueAt(this.draft, field.path) as Record<string, unknown>[]) ?? [])];
      const index = Number(control.dataset.row);
      rows[index] = { ...rows[index], [control.dataset.key]: control.value };
      return rows;
    }
    switch (field.kind) {
      case 'boolean':
        return control.checked;
      case 'integer':
        return integerOf(control.value);
      case 'lines':
        return linesOf(control.value);
      default: {
        const text = control.value;
        return field.optional && text.trim() === '' ? undefined : text;
      }
    }
  }

  private async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const saved = this.saved;
    if (saved === undefined) return;
    const done = await this.act('policy', async (client) => {
      try {
        const state = await client.updatePolicy(this.draft, saved.revision);
        this.saved = state;
        this.draft = structuredClone(state.policy);
        this.issues = [];
        this.conflict = undefined;
        this.notice = this.tt('policy.saved', { revision: state.revision });
        emit(this, 'openreset-success', { intent: 'change' });
      } catch (error) {
        if (!isClientError(error)) throw error;
        if (error.code === 'invalid_policy') {
          this.issues = (error.issues ?? []) as PolicyIssueJson[];
          emit(this, 'openreset-error', { code: error.code, status: error.status });
          return this.focusFirstIssue();
        }
        if (error.code === 'conflict') {
          const fresh = await client.getPolicy();
          this.conflict = {
            state: fresh,
            changed: changedFields(this.fields, saved.policy, fresh.policy),
          };
          emit(this, 'openreset-error', { code: error.code, status: error.status });
          return this.focusOn('#conflict-heading');
        }
        throw error;
      }
    });
    if (!done) void this.focusOn('#policy-error');
  }

  /** Focus goes to the first field with a problem (or the summary when none has one). */
  private async focusFirstIssue(): Promise<void> {
    await this.updateComplete;
    const first = this.fields.find((field) => this.issuesOf(field).length > 0);
    const target =
      first === undefined
        ? this.renderRoot.querySelector<HTMLElement>('#policy-heading')
        : (this.renderRoot.querySelector<HTMLElement>(`#${fieldId(first.path)}`) ?? null);
    const focusable =
      target?.tagName === 'FIELDSET'
        ? (target.querySelector<HTMLElement>('input') ?? target)
        : target;
    focusable?.focus();
  }

  private renderConflict(): TemplateResult | typeof nothing {
    const conflict = this.conflict;
    if (conflict === undefined) return nothing;
    const show = (value: unknown): string => {
      if (value === undefined) return this.tt('policy.unset');
      if (typeof value === 'boolean') return this.tt(value ? 'policy.yes' : 'policy.no');
      if (Array.isArray(value)) return value.map((item) => JSON.stringify(item)).join(', ');
      return String(value);
    };
    return html`<div class="once" role="region" aria-labelledby="conflict-heading">
      <h3 id="conflict-heading" tabindex="-1">${this.tt('conflict.heading')}</h3>
      <p>${this.tt('conflict.intro', { revision: conflict.state.revision })}</p>
      ${
        conflict.changed.length === 0
          ? html`<p>${this.tt('conflict.none')}</p>`
          : html`<div class="table-wrap"><table>
            <thead>
              <tr>
                <th scope="col">${this.tt('conflict.setting')}</th>
                <th scope="col">${this.tt('conflict.mine')}</th>
                <th scope="col">${this.tt('conflict.theirs')}</th>
              </tr>
            </thead>
            <tbody>
              ${conflict.changed.map(
                (field) => html`<tr>
                  <th scope="row">${this.label(field.path)}</th>
                  <td>${show(valueAt(this.draft, field.path))}</td>
                  <td>${show(valueAt(conflict.state.policy, field.path))}</td>
                </tr>`,
              )}
            </tbody>
          </table></div>`
      }
      <div class="actions">
        <button type="button" @click=${() => this.resolveConflict(false)}>
          ${this.tt('conflict.keepMine')}
        </button>
        <button type="button" @click=${() => this.resolveConflict(true)}>
          ${this.tt('conflict.takeTheirs')}
        </button>
      </div>
    </div>`;
  }

  /**
   * The admin chose: the draft now builds on the revision saved meanwhile, with their own
   * values or the saved ones in the settings that changed. Nothing is saved until they save.
   */
  private resolveConflict(takeTheirs: boolean): void {
    const conflict = this.conflict;
    if (conflict === undefined) return;
    if (takeTheirs) {
      this.draft = conflict.changed.reduce(
        (draft, field) => withValue(draft, field.path, valueAt(conflict.state.policy, field.path)),
        this.draft,
      );
    }
    this.saved = conflict.state;
    this.conflict = undefined;
    this.issues = [];
    this.error = undefined;
    this.notice = this.tt('conflict.resolved');
    void this.focusOn('button[type="submit"]');
  }

  /** The reset card in the branding being edited (not interactive). */
  private renderPreview(): TemplateResult {
    const branding = (this.draft.branding ?? {}) as Record<string, unknown>;
    const color = (value: unknown, fallback: string) =>
      typeof value === 'string' && /^#[0-9a-fA-F]{6}$/.test(value) ? value : fallback;
    const style = [
      `--_preview-primary:${color(branding.primaryColor, '#1f5fbf')}`,
      `--_preview-background:${color(branding.backgroundColor, '#ffffff')}`,
      `--_preview-text:${color(branding.textColor, '#1a1a1a')}`,
    ].join(';');
    const orgName = typeof branding.orgName === 'string' ? branding.orgName : undefined;
    const logoUrl =
      typeof branding.logoUrl === 'string' && branding.logoUrl.startsWith('https://')
        ? branding.logoUrl
        : undefined;
    return html`<figure class="preview">
      <figcaption id="preview-caption">${this.tt('policy.preview')}</figcaption>
      <div class="base card" style=${style} inert aria-labelledby="preview-caption">
        <div class="header">
          ${logoUrl === undefined ? nothing : html`<img class="logo" src=${logoUrl} alt="" />`}
          ${orgName === undefined ? nothing : html`<span>${orgName}</span>`}
        </div>
        <p class="title">${this.t('identify.heading.reset')}</p>
        <p>${this.t('identify.intro')}</p>
        <p class="muted">${this.t('identify.label')}</p>
        <div class="fake-input"></div>
        <span class="fake-button">${this.t('action.next')}</span>
      </div>
    </figure>`;
  }

  // ---- the directory --------------------------------------------------------------------

  private renderDirectory(): TemplateResult {
    const health = this.directory;
    return html`<section aria-labelledby="directory-heading">
      <h2 id="directory-heading" tabindex="-1">${this.tt('directory.heading')}</h2>
      ${this.renderPanelError('directory')}
      ${
        health === undefined
          ? nothing
          : html`<p>
              <span class=${health.current.connected ? 'ok' : 'bad'}>
                ${this.tt(health.current.connected ? 'directory.connected' : 'directory.disconnected')}
              </span>
              ${health.current.description ?? ''}
              ${this.tt('directory.checkedAt', { time: this.dateTime(health.current.checkedAt) })}
              ${health.current.error === undefined ? nothing : html`<span class="bad">${health.current.error}</span>`}
            </p>
            ${
              health.history.length === 0
                ? html`<p class="muted">${this.tt('directory.noHistory')}</p>`
                : html`<div class="table-wrap"><table>
                  <caption>${this.tt('directory.history')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">${this.tt('column.checkedAt')}</th>
                      <th scope="col">${this.tt('column.state')}</th>
                      <th scope="col">${this.tt('column.error')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${health.history.map(
                      (check) => html`<tr>
                        <td>${this.dateTime(check.checkedAt)}</td>
                        <td>${this.tt(check.connected ? 'directory.connected' : 'directory.disconnected')}</td>
                        <td>${check.error ?? ''}</td>
                      </tr>`,
                    )}
                  </tbody>
                </table></div>`
            }`
      }
      <div class="actions">
        <button type="button" ?disabled=${this.busy} @click=${this.refreshDirectory}>
          ${this.tt('action.refresh')}
        </button>
      </div>
    </section>`;
  }

  private async refreshDirectory(): Promise<void> {
    await this.act('directory', async (client) => {
      this.directory = await client.directoryStatus();
    });
  }

  // ---- the helpdesk ---------------------------------------------------------------------

  private renderHelpdesk(): TemplateResult {
    return html`<section aria-labelledby="helpdesk-heading">
      <h2 id="helpdesk-heading" tabindex="-1">${this.tt('helpdesk.heading')}</h2>
      <form novalidate @submit=${this.search} aria-labelledby="helpdesk-heading">
        <div class="field">
          <label for="helpdesk-search">${this.tt('helpdesk.search')}</label>
          <input
            type="search"
            id="helpdesk-search"
            autocomplete="off"
            spellcheck="false"
            aria-describedby="helpdesk-search-help"
          />
          <span class="help" id="helpdesk-search-help">${this.tt('helpdesk.searchHelp')}</span>
        </div>
        <div class="actions">
          <button type="submit" ?disabled=${this.busy}>${this.tt('action.search')}</button>
        </div>
      </form>
      ${this.renderPanelError('helpdesk')} ${this.renderUsers()} ${this.renderSelected()}
    </section>`;
  }

  private renderUsers(): TemplateResult | typeof nothing {
    if (this.users === undefined) return nothing;
    if (this.users.length === 0) return html`<p>${this.tt('helpdesk.none')}</p>`;
    return html`<div class="table-wrap"><table>
      <caption>${this.tt('helpdesk.users')}</caption>
      <thead>
        <tr>
          <th scope="col">${this.tt('column.user')}</th>
          <th scope="col">${this.tt('column.name')}</th>
          <th scope="col">${this.tt('column.registered')}</th>
          <th scope="col">${this.tt('column.methods')}</th>
          <th scope="col">${this.tt('column.status')}</th>
          <th scope="col"><span class="visually-hidden">${this.tt('action.search')}</span></th>
        </tr>
      </thead>
      <tbody>
        ${this.users.map(
          (user) => html`<tr>
            <td>${user.username}</td>
            <td>${user.displayName ?? ''}</td>
            <td>${this.tt(user.registered ? 'value.yes' : 'value.no')}</td>
            <td>${user.methods.map((method) => this.kindName(method)).join(', ')}</td>
            <td>${this.statusOf(user)}</td>
            <td>
              <button
                type="button"
                aria-pressed=${this.selected?.id === user.id ? 'true' : 'false'}
                @click=${() => this.select(user)}
              >
                ${this.tt('helpdesk.select', { name: user.username })}
              </button>
            </td>
          </tr>`,
        )}
      </tbody>
    </table></div>`;
  }

  private statusOf(user: AdminUserJson): string {
    if (user.disabled) return this.tt('status.disabled');
    if (user.lockedOut) return this.tt('status.lockedOut');
    return this.tt('status.active');
  }

  private async search(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const text =
      this.renderRoot.querySelector<HTMLInputElement>('#helpdesk-search')?.value.trim() ?? '';
    await this.act('helpdesk', async (client) => {
      const page = await client.listUsers({ search: text, limit: 25 });
      this.users = page.users;
      this.selected = page.users.length === 1 ? page.users[0] : undefined;
      this.secret = undefined;
    });
  }

  private select(user: AdminUserJson): void {
    this.selected = user;
    this.secret = undefined;
    void this.focusOn('#selected-heading');
  }

  private renderSelected(): TemplateResult | typeof nothing {
    const user = this.selected;
    if (user === undefined) return nothing;
    const name = user.displayName ?? user.username;
    return html`<div role="region" aria-labelledby="selected-heading">
      <h3 id="selected-heading" tabindex="-1">${this.tt('helpdesk.selected', { name })}</h3>
      ${this.renderSecret(name)}
      <form novalidate @submit=${this.resetPassword} aria-labelledby="password-heading">
        <h3 id="password-heading">${this.tt('helpdesk.password.heading')}</h3>
        <label class="choice">
          <input type="checkbox" id="must-change" checked />
          <span>${this.tt('helpdesk.password.mustChange')}</span>
        </label>
        <div class="actions">
          <button type="submit" ?disabled=${this.busy}>${this.tt('action.resetPassword')}</button>
          <button type="button" ?disabled=${this.busy} @click=${this.unlock}>
            ${this.tt('action.unlock')}
          </button>
        </div>
      </form>
      <form novalidate @submit=${this.saveContact} aria-labelledby="contact-heading">
        <h3 id="contact-heading">${this.tt('helpdesk.contact.heading')}</h3>
        <p class="help" id="contact-help">${this.tt('helpdesk.contact.help')}</p>
        ${(['office', 'mobile', 'email'] as const).map(
          (kind) => html`<div class="field">
            <label for=${`contact-${kind}`}>${this.tt(`helpdesk.contact.${kind}`)}</label>
            <input
              type=${kind === 'email' ? 'email' : 'tel'}
              id=${`contact-${kind}`}
              autocomplete="off"
              spellcheck="false"
              aria-invalid=${this.contactIssue(kind) ? 'true' : 'false'}
              aria-describedby=${this.contactIssue(kind) ? 'contact-help helpdesk-error' : 'contact-help'}
            />
          </div>`,
        )}
        <div class="actions">
          <button type="submit" ?disabled=${this.busy}>${this.tt('action.saveContacts')}</button>
        </div>
      </form>
      <form novalidate @submit=${this.issuePass} aria-labelledby="tap-heading">
        <h3 id="tap-heading">${this.tt('helpdesk.tap.heading')}</h3>
        <p class="help">${this.tt('helpdesk.tap.intro')}</p>
        <div class="field">
          <label for="tap-lifetime">${this.tt('helpdesk.tap.lifetime')}</label>
          <input
            type="number"
            id="tap-lifetime"
            inputmode="numeric"
            min="10"
            max="1440"
            step="1"
            value="60"
            aria-describedby="tap-lifetime-help"
          />
          <span class="help" id="tap-lifetime-help">
            ${this.tt('policy.range', { min: this.count(10), max: this.count(1440) })}
          </span>
        </div>
        <label class="choice">
          <input type="checkbox" id="tap-single-use" checked />
          <span>${this.tt('helpdesk.tap.singleUse')}</span>
        </label>
        <div class="actions">
          <button type="submit" ?disabled=${this.busy}>${this.tt('action.issuePass')}</button>
          <button type="button" ?disabled=${this.busy} @click=${this.revokePass}>
            ${this.tt('action.revokePass')}
          </button>
        </div>
      </form>
    </div>`;
  }

  /** The last contact refusal's field (`mobile`, ...), from its issues' paths. */
  private contactIssues: string[] = [];

  private contactIssue(kind: string): boolean {
    return this.contactIssues.includes(kind);
  }

  /** A generated password or a pass: shown once, selectable, with a copy button. */
  private renderSecret(name: string): TemplateResult | typeof nothing {
    const secret = this.secret;
    if (secret === undefined) return nothing;
    const lead =
      secret.kind === 'password'
        ? this.tt('helpdesk.password.done', { name })
        : this.tt('helpdesk.tap.done', { name, time: this.dateTime(secret.expiresAt ?? '') });
    return html`<div class="once" id="secret" tabindex="-1">
      <p>${lead}</p>
      <p class="secret" id="secret-value">${secret.value}</p>
      <div class="actions">
        <button type="button" @click=${() => this.copy(secret.value)}>
          ${this.tt('action.copy')}
        </button>
      </div>
    </div>`;
  }

  /** Runs a helpdesk action on the selected user. */
  private async onSelected(
    work: (client: AdminClient, user: AdminUserJson, name: string) => Promise<void>,
  ): Promise<void> {
    const user = this.selected;
    if (user === undefined) return;
    this.secret = undefined;
    this.contactIssues = [];
    const done = await this.act('helpdesk', (client) =>
      work(client, user, user.displayName ?? user.username),
    );
    if (!done) void this.focusOn('#helpdesk-error');
  }

  private async resetPassword(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const mustChange = this.renderRoot.querySelector<HTMLInputElement>('#must-change')?.checked;
    await this.onSelected(async (client, user, name) => {
      const { password } = await client.resetUserPassword(user.id, {
        mustChange: mustChange ?? true,
      });
      if (password === undefined) {
        this.notice = this.tt('helpdesk.password.reset', { name });
      } else {
        this.secret = { kind: 'password', value: password };
        void this.focusOn('#secret');
      }
    });
  }

  private async unlock(): Promise<void> {
    await this.onSelected(async (client, user, name) => {
      await client.unlockUser(user.id);
      this.selected = { ...user, lockedOut: false };
      this.notice = this.tt('helpdesk.unlock.done', { name });
    });
  }

  private async saveContact(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const read = (kind: string) => {
      const text =
        this.renderRoot.querySelector<HTMLInputElement>(`#contact-${kind}`)?.value.trim() ?? '';
      return text === '' ? null : text;
    };
    const contact = { office: read('office'), mobile: read('mobile'), email: read('email') };
    await this.onSelected(async (client, user, name) => {
      await client.setUserContact(user.id, contact);
      this.notice = this.tt('helpdesk.contact.done', { name });
    });
  }

  protected override explain(code: string, error: unknown): void {
    if (this.errorPanel !== 'helpdesk' || !isClientError(error)) return;
    if (code === 'invalid_request' || code === 'invalid_contact') {
      this.contactIssues = (error.issues ?? [])
        .map((issue) => ('path' in issue ? String(issue.path ?? '') : ''))
        .map((path) => path.split('.')[0] ?? '')
        .filter((path) => ['office', 'mobile', 'email'].includes(path));
    }
  }

  private async issuePass(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const lifetime = integerOf(
      this.renderRoot.querySelector<HTMLInputElement>('#tap-lifetime')?.value ?? '',
    );
    const singleUse = this.renderRoot.querySelector<HTMLInputElement>('#tap-single-use')?.checked;
    await this.onSelected(async (client, user) => {
      const pass = await client.issueTemporaryAccessPass(user.id, {
        ...(typeof lifetime === 'number' ? { lifetimeMinutes: lifetime } : {}),
        singleUse: singleUse ?? true,
      });
      this.secret = { kind: 'pass', value: pass.pass, expiresAt: pass.expiresAt };
      void this.focusOn('#secret');
    });
  }

  private async revokePass(): Promise<void> {
    await this.onSelected(async (client, user, name) => {
      await client.revokeTemporaryAccessPass(user.id);
      this.notice = this.tt('helpdesk.tap.revoked', { name });
    });
  }
}
