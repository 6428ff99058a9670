import {
  html,
  nothing,
  type PropertyDeclarations,
  type SVGTemplateResult,
  svg,
  type TemplateResult,
} from 'lit';
import type {
  ActivityQuery,
  ActivityReport,
  AdminClient,
  AdminUserJson,
  AuditEventJson,
  RegistrationRowJson,
  ResetRowJson,
  UserTotalsJson,
} from '../admin/admin-client.js';
import { consoleStyles } from '../admin/console.styles.js';
import { ConsoleElement } from '../admin/console-element.js';
import { isClientError } from '../client/client-error.js';
import {
  type DayCounts,
  daysOf,
  KINDS,
  localDay,
  METHODS,
  methodTotals,
  nextDay,
  niceMax,
  RESULTS,
  resultsPerDay,
  startOfDay,
} from './activity-data.js';

/** The views of `<openreset-activity>`. */
export type ActivityView = 'resets' | 'registrations' | 'usage' | 'audit';

const VIEWS: readonly ActivityView[] = ['resets', 'registrations', 'usage', 'audit'];

/** Rows read for the charts: pages of 1000, at most this many pages (10,000 flows). */
const CHART_PAGES = 10;

/** The default range: the last 30 days, today included. */
const DEFAULT_DAYS = 30;

/** One series of a bar chart: a label, a value and its color class. */
interface Bar {
  label: string;
  value: number;
  color: number;
}

/** A table's rows: any of the four views. */
type Row = ResetRowJson | RegistrationRowJson | AdminUserJson | AuditEventJson;

/**
 * `<openreset-activity>`: reset activity, registration activity, usage & insights and the
 * audit log, for administrators. Filters (date range, result, method, user), paging, a CSV
 * download of the whole range, dates in the viewer's locale and time zone, result names in
 * the viewer's language; charts drawn in SVG (results per day as stacked bars, methods used,
 * registration coverage by method), each with a summary (`role="img"`, `aria-label`) and
 * its data as a table (visually hidden until "Show the data as a table").
 *
 * The range's days are the viewer's local days; the report routes count [`from`, `to`).
 * The date range, result, method and user (a directory id) filters are sent to the routes,
 * which apply them before paging; usage & insights searches by username or email prefix.
 * The results-per-day chart reads at most 10,000 flows of the range.
 *
 * @summary Activity reports, usage & insights and the audit log, with charts.
 * @csspart base - The console.
 * @csspart error - The alert region.
 * @csspart notice - The status region.
 * @cssprop --openreset-console-max-width - The widest width (default 64rem).
 * @fires openreset-error - A call was refused or failed (`detail.code`, `detail.status`).
 */
export class OpenResetActivity extends ConsoleElement {
  /** The styles of the element's shadow root. */
  static override styles = consoleStyles;

  /** The reactive properties (public, with their attributes) and the internal state. */
  static override properties: PropertyDeclarations = {
    view: { reflect: true },
    pageSize: { type: Number, attribute: 'page-size' },
    rows: { state: true },
    totals: { state: true },
    perDay: { state: true },
    methodsUsed: { state: true },
    cursors: { state: true },
    next: { state: true },
    unavailable: { state: true },
    loaded: { state: true },
    openTables: { state: true },
    filters: { state: true },
  };

  /** The view shown first: `resets`, `registrations`, `usage` or `audit`. @default "resets" */
  view: ActivityView = 'resets';

  /** Rows per page of the tables (1-1000). @default 50 */
  pageSize = 50;

  private rows: Row[] = [];
  private totals?: UserTotalsJson;
  private perDay: DayCounts[] = [];
  private methodsUsed: { method: string; count: number }[] = [];
  /** Cursors of the pages before the one shown (the first page has none). */
  private cursors: (string | undefined)[] = [];
  private next?: string;
  private unavailable = false;
  private loaded = false;
  private openTables = new Set<string>();
  private filters = {
    from: localDay(new Date(Date.now() - (DEFAULT_DAYS - 1) * 86_400_000)),
    to: localDay(new Date()),
    result: '',
    method: '',
    user: '',
    type: '',
    notRegistered: false,
  };

  protected override async load(client: AdminClient): Promise<void> {
    await this.show(client, this.view, undefined);
  }

  /** Rows per page, the `page-size` kept within 1-1000. */
  private get limit(): number {
    return Math.min(1000, Math.max(1, Math.trunc(this.pageSize) || 50));
  }

  /** The range of the filters as instants: [start of `from`, end of `to`). */
  private range(): { from?: string; to?: string; days: string[] } {
    const from = startOfDay(this.filters.from);
    const toDay = startOfDay(this.filters.to);
    const to = toDay === undefined ? undefined : nextDay(toDay);
    return {
      ...(from === undefined ? {} : { from: from.toISOString() }),
      ...(to === undefined ? {} : { to: to.toISOString() }),
      days: from !== undefined && to !== undefined ? daysOf(from, to) : [],
    };
  }

  private query(cursor: string | undefined): ActivityQuery {
    const { from, to } = this.range();
    return {
      from,
      to,
      ...(this.filters.result === '' ? {} : { result: this.filters.result }),
      ...(this.filters.type === '' ? {} : { type: this.filters.type }),
      ...(this.filters.method === '' ? {} : { method: this.filters.method }),
      ...(this.filters.user === '' ? {} : { user: this.filters.user }),
      ...(cursor === undefined ? {} : { cursor }),
      limit: this.limit,
    };
  }

  /**
   * Loads a page of `view` (and its charts on the first page). The rows and `view` change
   * together: a render between them would lay the new rows out in the old view's columns.
   */
  private async show(
    client: AdminClient,
    view: ActivityView,
    cursor: string | undefined,
  ): Promise<void> {
    this.unavailable = false;
    try {
      const query = this.query(cursor);
      if (view === 'resets') {
        const page = await client.resetReport(query);
        this.rows = page.rows;
        this.view = view;
        this.next = page.nextCursor ?? undefined;
        if (cursor === undefined) {
          this.methodsUsed = methodTotals(page.totals?.byMethodPerDay ?? []);
          this.perDay = resultsPerDay(await this.allResets(client), this.range().days);
        }
      } else if (view === 'registrations') {
        const page = await client.registrationReport(query);
        this.rows = page.rows;
        this.view = view;
        this.next = page.nextCursor ?? undefined;
      } else if (view === 'usage') {
        const page = await client.listUsers({
          ...(this.filters.user === '' ? {} : { search: this.filters.user }),
          ...(cursor === undefined ? {} : { cursor }),
          limit: this.limit,
        });
        this.rows = page.users;
        this.view = view;
        this.totals = page.totals;
        this.next = page.next;
      } else {
        const page = await client.audit(query);
        this.rows = page.events;
        this.view = view;
        this.next = page.next;
      }
    } catch (error) {
      if (
        isClientError(error) &&
        (error.code === 'not_found' || error.code === 'not_implemented')
      ) {
        this.rows = [];
        this.view = view;
        this.next = undefined;
        this.unavailable = true;
        return;
      }
      throw error;
    } finally {
      this.loaded = true;
    }
  }

  /** Every flow of the range (for the chart), at most {@link CHART_PAGES} pages of 1000. */
  private async allResets(client: AdminClient): Promise<ResetRowJson[]> {
    const rows: ResetRowJson[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < CHART_PAGES; page++) {
      const answer = await client.resetReport({ ...this.query(cursor), limit: 1000 });
      rows.push(...answer.rows);
      if (answer.nextCursor === null) break;
      cursor = answer.nextCursor;
    }
    return rows;
  }

  /** Shows the page at `cursor` of `view`; resolves `true` when it loaded. */
  private go(view: ActivityView, cursor: string | undefined): Promise<boolean> {
    return this.run(async (client) => {
      await this.show(client, view, cursor);
    });
  }

  /** Shows the first page of `view` under the filters. */
  private async first(view: ActivityView): Promise<void> {
    if (await this.go(view, undefined)) {
      this.cursors = [];
      this.currentCursor = undefined;
    }
  }

  override render(): TemplateResult {
    return html`<div part="base" class="base" lang=${this.viewerLocale}>
      <h2 id="activity-heading" tabindex="-1">${this.tt(`view.${this.view}`)}</h2>
      <div class="views" role="group" aria-label=${this.tt('activity.views')}>
        ${VIEWS.map(
          (view) => html`<button
            type="button"
            aria-pressed=${view === this.view ? 'true' : 'false'}
            ?disabled=${this.busy}
            @click=${() => this.switchTo(view)}
          >
            ${this.tt(`view.${view}`)}
          </button>`,
        )}
      </div>
      ${this.renderFilters()} ${this.renderError()} ${this.renderNotice()}
      ${
        this.unavailable
          ? html`<p>${this.tt('activity.unavailable')}</p>`
          : html`${this.renderCharts()} ${this.renderTable()} ${this.renderPaging()}`
      }
    </div>`;
  }

  private async switchTo(view: ActivityView): Promise<void> {
    await this.first(view);
    void this.focusOn('#activity-heading');
  }

  // ---- filters --------------------------------------------------------------------------

  private renderFilters(): TemplateResult {
    const view = this.view;
    const dated = view !== 'usage';
    const select = (id: 'result' | 'method', options: readonly string[], label: string) =>
      html`<div class="field">
        <label for=${`filter-${id}`}>${label}</label>
        <select id=${`filter-${id}`} data-filter=${id}>
          <option value="" ?selected=${this.filters[id] === ''}>${this.tt('filter.any')}</option>
          ${options.map(
            (option) => html`<option value=${option} ?selected=${this.filters[id] === option}>
              ${id === 'result' ? this.resultName(option) : this.methodName(option)}
            </option>`,
          )}
        </select>
      </div>`;
    return html`<form novalidate @submit=${this.apply} @change=${this.readFilter} @input=${this.readFilter}>
      <fieldset>
        <legend>${this.tt('filter.legend')}</legend>
        <div class="filters">
          ${
            dated
              ? html`<div class="field">
                  <label for="filter-from">${this.tt('filter.from')}</label>
                  <input type="date" id="filter-from" data-filter="from" .value=${this.filters.from} />
                </div>
                <div class="field">
                  <label for="filter-to">${this.tt('filter.to')}</label>
                  <input type="date" id="filter-to" data-filter="to" .value=${this.filters.to} />
                </div>`
              : nothing
          }
          ${view === 'resets' ? select('result', RESULTS, this.tt('filter.result')) : nothing}
          ${view === 'audit' ? select('result', ['success', 'failure'], this.tt('filter.result')) : nothing}
          ${view === 'resets' || view === 'registrations' ? select('method', METHODS, this.tt('filter.method')) : nothing}
          ${
            view === 'audit'
              ? html`<div class="field">
                  <label for="filter-type">${this.tt('filter.type')}</label>
                  <input type="text" id="filter-type" data-filter="type" spellcheck="false" .value=${this.filters.type} />
                </div>`
              : nothing
          }
          <div class="field">
            <label for="filter-user">${this.tt('filter.user')}</label>
            <input type="text" id="filter-user" data-filter="user" spellcheck="false" .value=${this.filters.user} />
          </div>
          ${
            view === 'usage'
              ? html`<label class="choice">
                  <input type="checkbox" id="filter-not-registered" data-filter="notRegistered" .checked=${this.filters.notRegistered} />
                  <span>${this.tt('filter.notRegistered')}</span>
                </label>`
              : nothing
          }
          <div class="actions">
            <button part="button primary-button" class="primary" type="submit" ?disabled=${this.busy}>
              ${this.busy ? this.tt('activity.loading') : this.tt('action.apply')}
            </button>
            <button type="button" ?disabled=${this.busy} @click=${this.download}>
              ${this.tt('action.csv')}
            </button>
          </div>
        </div>
        ${
          view === 'resets' || view === 'registrations'
            ? html`<p class="help">${this.tt('filter.help')}</p>`
            : nothing
        }
      </fieldset>
    </form>`;
  }

  private readFilter(event: Event): void {
    const control = event.target as HTMLInputElement;
    const name = control.dataset.filter as keyof typeof this.filters | undefined;
    if (name === undefined) return;
    this.filters = {
      ...this.filters,
      [name]: name === 'notRegistered' ? control.checked : control.value.trim(),
    };
  }

  private async apply(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    await this.first(this.view);
  }

  private async download(): Promise<void> {
    const report: ActivityReport = this.view === 'usage' ? 'users' : this.view;
    const { cursor: _cursor, limit: _limit, ...query } = this.query(undefined);
    await this.run(async (client) => {
      const text = await client.csv(report, query);
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([text], { type: 'text/csv' }));
      link.download = `openreset-${report}-${this.filters.from}-${this.filters.to}.csv`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
    });
  }

  // ---- names ----------------------------------------------------------------------------

  private resultName(result: string): string {
    return this.ttOr(`result.${result}`, result);
  }

  private dayName(day: string): string {
    const date = startOfDay(day);
    if (date === undefined) return day;
    return new Intl.DateTimeFormat(this.viewerLocale, { day: 'numeric', month: 'short' }).format(
      date,
    );
  }

  // ---- charts ---------------------------------------------------------------------------

  private renderCharts(): TemplateResult | typeof nothing {
    if (this.view === 'resets') {
      return html`<div class="charts">${this.renderPerDay()} ${this.renderMethodsUsed()}</div>`;
    }
    if (this.view === 'usage' && this.totals !== undefined) {
      const totals = this.totals;
      return html`<p>
          ${this.tt('usage.totals', {
            users: this.count(totals.users),
            registered: this.count(totals.registered),
            enabled: this.count(totals.enabled),
            capable: this.count(totals.capable),
          })}
        </p>
        <div class="charts">${this.renderCoverage(totals)}</div>`;
    }
    return nothing;
  }

  /** A chart's figure: the title, the SVG with its summary, the legend and its data table. */
  private figure(
    id: string,
    title: string,
    summary: string,
    chart: SVGTemplateResult,
    viewBox: string,
    table: TemplateResult,
    legend: TemplateResult | typeof nothing = nothing,
  ): TemplateResult {
    const open = this.openTables.has(id);
    return html`<figure aria-labelledby=${`${id}-title`}>
      <figcaption id=${`${id}-title`}>${title}</figcaption>
      <svg id=${id} viewBox=${viewBox} role="img" aria-label=${summary}>${chart}</svg>
      ${legend}
      <div class="actions">
        <button
          type="button"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${`${id}-table`}
          @click=${() => this.toggleTable(id)}
        >
          ${this.tt(open ? 'action.hideTable' : 'action.showTable')}
        </button>
      </div>
      <div id=${`${id}-table`} class=${open ? 'table-wrap' : 'visually-hidden'}>${table}</div>
    </figure>`;
  }

  private toggleTable(id: string): void {
    const open = new Set(this.openTables);
    if (open.has(id)) open.delete(id);
    else open.add(id);
    this.openTables = open;
  }

  private renderPerDay(): TemplateResult {
    const days = this.perDay;
    const width = 600;
    const height = 200;
    const left = 32;
    const bottom = 20;
    const top = niceMax(Math.max(0, ...days.map((day) => day.total)));
    const slot = (width - left) / Math.max(1, days.length);
    const barWidth = Math.max(2, slot * 0.7);
    const y = (value: number) => ((height - bottom) * value) / top;
    const bars = days.map((day, index) => {
      let base = height - bottom;
      const x = left + index * slot + (slot - barWidth) / 2;
      return RESULTS.map((result, color) => {
        const count = day.counts[result] ?? 0;
        if (count === 0) return nothing;
        const h = y(count);
        base -= h;
        return svg`<rect class=${`c${color}`} x=${x} y=${base} width=${barWidth} height=${h}></rect>`;
      });
    });
    const labelEvery = Math.max(1, Math.ceil(days.length / 6));
    const labels = days.map((day, index) =>
      index % labelEvery === 0
        ? svg`<text x=${left + index * slot + slot / 2} y=${height - 5} text-anchor="middle">${this.dayName(day.day)}</text>`
        : nothing,
    );
    const chart = svg`
      <line class="axis" x1=${left} y1=${height - bottom} x2=${width} y2=${height - bottom}></line>
      <line class="axis" x1=${left} y1="0" x2=${left} y2=${height - bottom}></line>
      <text x=${left - 4} y="10" text-anchor="end">${this.count(top)}</text>
      <text x=${left - 4} y=${height - bottom} text-anchor="end">0</text>
      ${bars} ${labels}`;
    const sums = RESULTS.map((result) => ({
      result,
      count: days.reduce((sum, day) => sum + (day.counts[result] ?? 0), 0),
    })).filter((entry) => entry.count > 0);
    const total = sums.reduce((sum, entry) => sum + entry.count, 0);
    const first = days[0]?.day ?? this.filters.from;
    const last = days.at(-1)?.day ?? this.filters.to;
    const summary = this.tt('chart.perDay.summary', {
      total: this.count(total),
      from: this.dayName(first),
      to: this.dayName(last),
      parts:
        sums
          .map((entry) => `${this.resultName(entry.result)} ${this.count(entry.count)}`)
          .join(', ') || this.tt('chart.none'),
    });
    const shown = RESULTS.filter((result) => sums.some((entry) => entry.result === result));
    const table = html`<table>
      <caption>${this.tt('chart.perDay')}</caption>
      <thead>
        <tr>
          <th scope="col">${this.tt('column.day')}</th>
          ${shown.map((result) => html`<th scope="col" class="number">${this.resultName(result)}</th>`)}
          <th scope="col" class="number">${this.tt('column.count')}</th>
        </tr>
      </thead>
      <tbody>
        ${days.map(
          (day) => html`<tr>
            <th scope="row">${this.dayName(day.day)}</th>
            ${shown.map((result) => html`<td class="number">${this.count(day.counts[result] ?? 0)}</td>`)}
            <td class="number">${this.count(day.total)}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
    const legend = html`<ul class="legend" aria-hidden="true">
      ${shown.map(
        (result) => html`<li>
          <span class=${`swatch c${RESULTS.indexOf(result)}`}></span>${this.resultName(result)}
        </li>`,
      )}
    </ul>`;
    return this.figure(
      'chart-per-day',
      this.tt('chart.perDay'),
      summary,
      chart,
      `0 0 ${width} ${height}`,
      table,
      legend,
    );
  }

  /** Horizontal bars: one per entry, the value at its end. */
  private barChart(bars: Bar[], max: number): { chart: SVGTemplateResult; viewBox: string } {
    const width = 400;
    const row = 26;
    const labelWidth = 150;
    const height = Math.max(1, bars.length) * row;
    const top = Math.max(1, max);
    const chart = svg`${bars.map((bar, index) => {
      const w = ((width - labelWidth - 50) * bar.value) / top;
      const y = index * row;
      return svg`<text x=${labelWidth - 6} y=${y + 17} text-anchor="end">${bar.label}</text>
        <rect class=${`c${bar.color}`} x=${labelWidth} y=${y + 4} width=${w} height=${row - 8}></rect>
        <text x=${labelWidth + w + 4} y=${y + 17}>${this.count(bar.value)}</text>`;
    })}`;
    return { chart, viewBox: `0 0 ${width} ${height}` };
  }

  private renderMethodsUsed(): TemplateResult {
    const entries = this.methodsUsed;
    const bars = entries.map((entry) => ({
      label: this.methodName(entry.method),
      value: entry.count,
      color: 4,
    }));
    const { chart, viewBox } = this.barChart(bars, Math.max(0, ...bars.map((bar) => bar.value)));
    const summary = this.tt('chart.methods.summary', {
      parts:
        bars.map((bar) => `${bar.label} ${this.count(bar.value)}`).join(', ') ||
        this.tt('chart.none'),
    });
    const table = html`<table>
      <caption>${this.tt('chart.methods')}</caption>
      <thead>
        <tr>
          <th scope="col">${this.tt('column.method')}</th>
          <th scope="col" class="number">${this.tt('column.count')}</th>
        </tr>
      </thead>
      <tbody>
        ${bars.map(
          (bar) =>
            html`<tr><th scope="row">${bar.label}</th><td class="number">${this.count(bar.value)}</td></tr>`,
        )}
      </tbody>
    </table>`;
    return this.figure('chart-methods', this.tt('chart.methods'), summary, chart, viewBox, table);
  }

  private renderCoverage(totals: UserTotalsJson): TemplateResult {
    const entries = methodTotals(
      Object.entries(totals.byMethod).map(([method, count]) => ({ method, count })),
      KINDS,
    );
    const percent = (value: number) =>
      new Intl.NumberFormat(this.viewerLocale, { style: 'percent' }).format(
        totals.users === 0 ? 0 : value / totals.users,
      );
    const bars = entries.map((entry) => ({
      label: this.kindName(entry.method),
      value: entry.count,
      color: 6,
    }));
    const { chart, viewBox } = this.barChart(bars, totals.users);
    const summary = this.tt('chart.coverage.summary', {
      users: this.count(totals.users),
      parts:
        bars
          .map((bar) => `${bar.label} ${this.count(bar.value)} (${percent(bar.value)})`)
          .join(', ') || this.tt('chart.none'),
    });
    const table = html`<table>
      <caption>${this.tt('chart.coverage')}</caption>
      <thead>
        <tr>
          <th scope="col">${this.tt('column.method')}</th>
          <th scope="col" class="number">${this.tt('column.users')}</th>
          <th scope="col" class="number">%</th>
        </tr>
      </thead>
      <tbody>
        ${bars.map(
          (bar) => html`<tr>
            <th scope="row">${bar.label}</th>
            <td class="number">${this.count(bar.value)}</td>
            <td class="number">${percent(bar.value)}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
    return this.figure('chart-coverage', this.tt('chart.coverage'), summary, chart, viewBox, table);
  }

  // ---- the table ------------------------------------------------------------------------

  /** The rows of the page that pass the one filter the route does not apply (not registered). */
  private visibleRows(): Row[] {
    if (this.view !== 'usage' || !this.filters.notRegistered) return this.rows;
    return this.rows.filter((row) => !(row as AdminUserJson).registered);
  }

  private renderTable(): TemplateResult | typeof nothing {
    if (!this.loaded) return html`<p class="muted">${this.tt('activity.loading')}</p>`;
    const rows = this.visibleRows();
    if (rows.length === 0) return html`<p>${this.tt('activity.empty')}</p>`;
    const yesNo = (value: boolean) => this.tt(value ? 'value.yes' : 'value.no');
    const columns: { head: string; cell: (row: never) => unknown }[] =
      this.view === 'resets'
        ? [
            { head: this.tt('column.time'), cell: (row: ResetRowJson) => this.dateTime(row.time) },
            { head: this.tt('column.user'), cell: (row: ResetRowJson) => row.username },
            {
              head: this.tt('column.role'),
              cell: (row: ResetRowJson) => this.ttOr(`role.${row.role}`, row.role),
            },
            {
              head: this.tt('column.intent'),
              cell: (row: ResetRowJson) => this.ttOr(`intent.${row.intent}`, row.intent),
            },
            {
              head: this.tt('column.methods'),
              cell: (row: ResetRowJson) =>
                row.methods.map((m: string) => this.methodName(m)).join(', '),
            },
            {
              head: this.tt('column.result'),
              cell: (row: ResetRowJson) => this.resultName(row.result),
            },
            { head: this.tt('column.detail'), cell: (row: ResetRowJson) => row.detail },
          ]
        : this.view === 'registrations'
          ? [
              {
                head: this.tt('column.time'),
                cell: (row: RegistrationRowJson) => this.dateTime(row.time),
              },
              { head: this.tt('column.user'), cell: (row: RegistrationRowJson) => row.username },
              {
                head: this.tt('column.role'),
                cell: (row: RegistrationRowJson) => this.ttOr(`role.${row.role}`, row.role),
              },
              {
                head: this.tt('column.action'),
                cell: (row: RegistrationRowJson) =>
                  this.ttOr(`registration.${row.action}`, row.action),
              },
              {
                head: this.tt('column.method'),
                cell: (row: RegistrationRowJson) =>
                  row.method === undefined ? '' : this.methodName(row.method),
              },
            ]
          : this.view === 'usage'
            ? [
                { head: this.tt('column.user'), cell: (row: AdminUserJson) => row.username },
                {
                  head: this.tt('column.name'),
                  cell: (row: AdminUserJson) => row.displayName ?? '',
                },
                {
                  head: this.tt('column.registered'),
                  cell: (row: AdminUserJson) => yesNo(row.registered),
                },
                {
                  head: this.tt('column.enabled'),
                  cell: (row: AdminUserJson) => yesNo(row.enabled),
                },
                {
                  head: this.tt('column.capable'),
                  cell: (row: AdminUserJson) => yesNo(row.capable),
                },
                {
                  head: this.tt('column.methods'),
                  cell: (row: AdminUserJson) =>
                    row.methods.map((m: string) => this.kindName(m)).join(', '),
                },
              ]
            : [
                {
                  head: this.tt('column.time'),
                  cell: (row: AuditEventJson) => this.dateTime(row.time),
                },
                { head: this.tt('column.type'), cell: (row: AuditEventJson) => row.type },
                {
                  head: this.tt('column.result'),
                  cell: (row: AuditEventJson) =>
                    row.result === undefined ? '' : this.resultName(row.result),
                },
                {
                  head: this.tt('column.user'),
                  cell: (row: AuditEventJson) => row.username ?? row.userId ?? '',
                },
                {
                  head: this.tt('column.actor'),
                  cell: (row: AuditEventJson) =>
                    [row.actor.kind, row.actor.id].filter(Boolean).join(' '),
                },
              ];
    return html`<div class="table-wrap">
      <table>
        <caption>
          ${this.tt(`view.${this.view}`)} · ${this.tt('activity.page', { page: this.cursors.length + 1 })}
        </caption>
        <thead>
          <tr>
            ${columns.map((column) => html`<th scope="col">${column.head}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) => html`<tr>
              ${columns.map((column) => html`<td>${column.cell(row as never)}</td>`)}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private renderPaging(): TemplateResult | typeof nothing {
    if (this.cursors.length === 0 && this.next === undefined) return nothing;
    return html`<nav class="actions" aria-label=${this.tt('activity.rows')}>
      <button
        type="button"
        ?disabled=${this.busy || this.cursors.length === 0}
        @click=${this.previousPage}
      >
        ${this.tt('action.previousPage')}
      </button>
      <button type="button" ?disabled=${this.busy || this.next === undefined} @click=${this.nextPage}>
        ${this.tt('action.nextPage')}
      </button>
    </nav>`;
  }

  private async nextPage(): Promise<void> {
    const next = this.next;
    if (next === undefined || !(await this.go(this.view, next))) return;
    this.cursors = [...this.cursors, this.currentCursor];
    this.currentCursor = next;
  }

  private async previousPage(): Promise<void> {
    const previous = this.cursors.at(-1);
    if (!(await this.go(this.view, previous))) return;
    this.cursors = this.cursors.slice(0, -1);
    this.currentCursor = previous;
  }

  /** The cursor of the page shown (`undefined` for the first). */
  private currentCursor: string | undefined;
}
