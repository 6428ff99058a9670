import { type ElementHandle, type Page, TimeoutError } from 'puppeteer-core';

// What the end-to-end test needs from Playwright's locators, on puppeteer-core (the driver
// @web/test-runner brings): find an element by its accessibility role and name, by its label
// or by its text, through shadow roots, waiting until it shows; then click, fill or check it
// with puppeteer's own actionability checks (visible, stable, enabled). Roles and names come
// from Chromium's accessibility tree (`::-p-aria` selectors), so what a screen reader would
// announce is what the test finds, and an element under a modal dialog (inert) is not found.

/** Where a query looks: the whole page, or one element with its shadow tree. */
export type Scope = Page | ElementHandle<Element>;

/** An accessible name: a string is the whole name, a RegExp tests it. */
export type Name = string | RegExp;

/** What to find: a role (Chromium's: `image` for ARIA's `img`), a name, or both. */
export interface Query {
  role?: string;
  name?: Name;
}

/** Options of the waiting queries and actions. */
export interface WaitOptions {
  /**
   * Milliseconds to wait for the element (a loaded 2-core machine can take long).
   * @default 30_000
   */
  timeout?: number;
}

const DEFAULT_TIMEOUT = 30_000;
/** How often {@link until} asks again. */
const POLL_MS = 100;
/** What puppeteer says when the document a query ran in was replaced by a navigation. */
const NAVIGATED = /Execution context was destroyed|Cannot find context with specified id/;

/**
 * Resolves with `probe`'s first result other than `undefined`, asking every 100 ms; rejects
 * with a `TimeoutError` naming `what` once `timeout` ms have passed. An error `probe` throws
 * ends the wait at once.
 */
export async function until<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  { timeout = DEFAULT_TIMEOUT }: WaitOptions = {},
): Promise<T> {
  for (const deadline = Date.now() + timeout; ; ) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() >= deadline) {
      throw new TimeoutError(`waited ${timeout} ms for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** `value` as a quoted selector argument; quotes and backslashes would need escapes. */
function quoted(value: string): string {
  if (/["\\]/.test(value)) throw new TypeError(`no " or \\ in a selector argument: ${value}`);
  return `"${value}"`;
}

/** The `::-p-aria` selector of `query` (its name only when it is a string). */
function ariaSelector({ role, name }: Query): string {
  const parts = [
    role === undefined ? '' : `[role=${quoted(role)}]`,
    typeof name === 'string' ? `[name=${quoted(name)}]` : '',
  ];
  return `::-p-aria(${parts.join('')})`;
}

/** The page a scope belongs to (the test has no frames). */
function pageOf(scope: Scope): Page {
  return 'mainFrame' in scope ? scope : scope.frame.page();
}

/** How a query reads in an error message. */
function describeQuery({ role, name }: Query): string {
  return `${role ?? 'an element'}${name === undefined ? '' : ` named ${name}`}`;
}

/**
 * The elements in `scope` that match `query` now, in document order, without waiting.
 * A RegExp name is tested against each candidate's accessible name.
 */
export async function queryAll(scope: Scope, query: Query): Promise<ElementHandle<Element>[]> {
  const candidates = (await scope.$$(ariaSelector(query))) as ElementHandle<Element>[];
  const { name } = query;
  if (!(name instanceof RegExp)) return candidates;
  const { accessibility } = pageOf(scope);
  const named = await Promise.all(
    candidates.map(async (candidate) => {
      const node = await accessibility.snapshot({ root: candidate, interestingOnly: false });
      return name.test(node?.name ?? '');
    }),
  );
  return candidates.filter((_, index) => named[index]);
}

/**
 * Waits until exactly one visible element in `scope` matches `query` and returns it. More than
 * one is an error at once (as Playwright's strict locators): the query must say which. A
 * navigation during the wait (the page being replaced) only means asking the new page.
 */
export function find(
  scope: Scope,
  query: Query,
  options?: WaitOptions,
): Promise<ElementHandle<Element>> {
  const what = describeQuery(query);
  return until(
    what,
    async () => {
      const matches = await queryAll(scope, query).catch((error: unknown) => {
        // The page navigated under the query (a form posted, a redirect): ask the new one.
        if (error instanceof Error && NAVIGATED.test(error.message)) return [];
        throw error;
      });
      const shown = await Promise.all(matches.map((element) => element.isVisible()));
      const visible = matches.filter((_, index) => shown[index]);
      if (visible.length > 1) throw new Error(`${visible.length} elements match ${what}`);
      return visible[0];
    },
    options,
  );
}

/** {@link find} by role and name: `findByRole(dialog, 'button', 'Next')`. */
export function findByRole(
  scope: Scope,
  role: string,
  name?: Name,
  options?: WaitOptions,
): Promise<ElementHandle<Element>> {
  return find(scope, { role, name }, options);
}

/** {@link find} by the accessible name a form field gets from its label. */
export function findByLabel(
  scope: Scope,
  label: string,
  options?: WaitOptions,
): Promise<ElementHandle<Element>> {
  return find(scope, { name: label }, options);
}

/** Waits until an element in `scope` (shadow roots included) shows `text` and returns it. */
export function findByText(
  scope: Scope,
  text: string,
  options?: WaitOptions,
): Promise<ElementHandle<Element>> {
  return findBySelector(scope, `::-p-text(${quoted(text)})`, { ...options, visible: true });
}

/** Clicks the element `findByRole` finds, once it is visible, stable and enabled. */
export async function click(scope: Scope, role: string, name: Name): Promise<void> {
  const element = await findByRole(scope, role, name);
  await element.asLocator().setTimeout(DEFAULT_TIMEOUT).click();
}

/** Replaces the value of the field labelled `label` with `value`, as typed. */
export async function fill(scope: Scope, label: string, value: string): Promise<void> {
  await fillField(await findByLabel(scope, label), value);
}

/** Replaces the value of `field` with `value`, as typed, once it is visible and enabled. */
export async function fillField(field: ElementHandle<Element>, value: string): Promise<void> {
  await field.asLocator().setTimeout(DEFAULT_TIMEOUT).fill(value);
}

/** Whether a checkbox or radio button is checked. */
export function isChecked(box: ElementHandle<Element>): Promise<boolean> {
  return box.evaluate((element) =>
    element instanceof HTMLInputElement
      ? element.checked
      : element.getAttribute('aria-checked') === 'true',
  );
}

/**
 * Checks the checkbox or radio button `findByRole` finds: clicks it unless it is checked, and
 * fails if the click did not check it.
 */
export async function check(scope: Scope, role: 'checkbox' | 'radio', name: Name): Promise<void> {
  const box = await findByRole(scope, role, name);
  if (await isChecked(box)) return;
  await box.asLocator().setTimeout(DEFAULT_TIMEOUT).click();
  if (!(await isChecked(box))) throw new Error(`clicking ${role} ${name} did not check it`);
}

/** An element's text content, whitespace folded. */
export async function textOf(element: ElementHandle<Element>): Promise<string> {
  const text = await element.evaluate((node) => node.textContent ?? '');
  return text.replace(/\s+/g, ' ').trim();
}

/** The texts of `elements`, whitespace folded. */
export function textsOf(elements: ElementHandle<Element>[]): Promise<string[]> {
  return Promise.all(elements.map(textOf));
}

/** The text of the first element `selector` matches in `scope` now, or null when none does. */
export async function textAt(scope: Scope, selector: string): Promise<string | null> {
  const element = await scope.$(selector);
  return element === null ? null : textOf(element as ElementHandle<Element>);
}

/** A form field's current value. */
export function fieldValue(field: ElementHandle<Element>): Promise<string> {
  return field.evaluate((element) => (element as HTMLInputElement).value);
}

/** An element's attribute, or null when it has none. */
export function attributeOf(element: ElementHandle<Element>, name: string): Promise<string | null> {
  return element.evaluate((node, attribute) => node.getAttribute(attribute), name);
}

/** Options of {@link findBySelector}. */
export interface FindBySelectorOptions extends WaitOptions {
  /**
   * Wait until the element is visible, not only in the document.
   * @default false
   */
  visible?: boolean;
}

/**
 * Waits until `selector` (CSS, with puppeteer's `>>>` or `pierce/` to reach into shadow roots)
 * matches an element in `scope` and returns the first.
 */
export async function findBySelector(
  scope: Scope,
  selector: string,
  { timeout = DEFAULT_TIMEOUT, visible = false }: FindBySelectorOptions = {},
): Promise<ElementHandle<Element>> {
  const element = await scope.waitForSelector(selector, { timeout, visible });
  if (element === null) throw new Error(`nothing matches ${selector}`);
  return element as ElementHandle<Element>;
}

/** Waits until `page` is at `url` (after a link, a form or a redirect). */
export async function waitForUrl(page: Page, url: string, options?: WaitOptions): Promise<void> {
  await until(`the page at ${url}`, async () => page.url() === url || undefined, options);
}
