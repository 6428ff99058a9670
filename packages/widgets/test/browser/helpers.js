// Shared by the widget browser tests: core's test engine in the page (memory adapters, no
// mocks), a client on its handler, queries by role and label through shadow roots, and axe.
import 'axe-core/axe.min.js';
import {
  createTestEngine as createCoreTestEngine,
  createRunningClock,
} from '../../../core/dist/testing.js';
import { createClient } from '../../dist/index.js';

export const ALICE_PASSWORD = 'morning tide over quiet water';
export const NEW_PASSWORD = 'violet harbour quantum teapots';

/**
 * @param {unknown} condition
 * @param {string} message
 */
export function assert(condition, message) {
  if (!condition) throw new Error(`Assertion failed: ${message}`);
}

/**
 * The engine's WebAuthn relying party for passkey tests: this page's origin on localhost
 * (a secure context), where the virtual authenticator of virtual-authenticator.js answers.
 */
export function testRelyingParty() {
  return { rpId: location.hostname, rpName: 'OpenReset test', origins: [location.origin] };
}

/**
 * Core's test engine (`createTestEngine` of `@openreset/core/testing`) with alice (mobile +
 * alternate email) and bob (locked out), and a client on its handler. `codeSentTo(to)`
 * delivers the outbox and reads the code. `http` adds to the handler's options (a client
 * address and per-IP limits). `webauthn: true` makes this page the relying party of passkeys
 * ({@link testRelyingParty}).
 * @param {{ policy?: object, users?: object[], caller?: object, http?: object, webauthn?: boolean, captcha?: unknown }} [options]
 */
export function createTestEngine(options = {}) {
  const testbed = createCoreTestEngine({
    ...(options.webauthn ? { webauthn: testRelyingParty() } : {}),
    users: options.users ?? [
      {
        id: 'u-alice',
        username: 'alice',
        password: ALICE_PASSWORD,
        email: 'alice@example.com',
        givenName: 'Alice',
        contact: { mobile: '+31612345678', alternateEmail: 'alice.private@example.net' },
      },
      {
        id: 'u-bob',
        username: 'bob',
        password: 'bob original passphrase',
        email: 'bob@example.com',
        lockedOut: true,
        contact: { mobile: '+31611112222' },
      },
    ],
    // Real time: the elements count down, and tests sign callers in with `authTime: new Date()`.
    clock: createRunningClock(),
    policy: options.policy ?? {},
    // `captcha: 'altcha'`: POST /reset asks for the engine's proof of work.
    ...(options.captcha === undefined ? {} : { captcha: options.captcha }),
    http: {
      authenticate: () => options.caller ?? null,
      ...options.http,
    },
  });
  return { ...testbed, client: createClient({ handler: testbed.engine.handler }) };
}

/** Waits until `check()` returns a truthy value, and returns it. */
export async function waitFor(check, message = 'condition', timeout = 4000) {
  const start = performance.now();
  for (;;) {
    const value = await check();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The element's text without extra whitespace. */
export function textOf(node) {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * What the element's alerts say: the error next to a field and the error region, in order
 * (an error about a field shows inside it, others at the bottom).
 */
export function alertText(root) {
  return [...root.querySelectorAll('[role="alert"]')]
    .map((alert) => textOf(alert))
    .filter((text) => text !== '')
    .join(' ');
}

/** Every element under `root`, inside open shadow roots too. */
function* walk(root) {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* walk(element.shadowRoot);
  }
}

const ROLE_SELECTORS = {
  heading: 'h1, h2, h3, h4, h5, h6',
  button: 'button',
  link: 'a[href]',
  radio: 'input[type="radio"]',
  checkbox: 'input[type="checkbox"]',
  textbox: 'input:not([type]), input[type="text"], input[type="email"], input[type="tel"]',
  alert: '[role="alert"]',
  status: '[role="status"]',
  dialog: 'dialog',
  list: 'ul, ol',
};

/** The accessible name of a labelled control or a named element (enough for these tests). */
function nameOf(element) {
  const labelledBy = element.getAttribute('aria-labelledby');
  const root = element.getRootNode();
  if (labelledBy)
    return labelledBy
      .split(' ')
      .map((id) => textOf(root.getElementById(id)))
      .join(' ');
  const ariaLabel = element.getAttribute('aria-label');
  if (ariaLabel) return ariaLabel;
  if (element.id) {
    const label = root.querySelector(`label[for="${element.id}"]`);
    if (label) return textOf(label);
  }
  const wrapping = element.closest('label');
  if (wrapping) return textOf(wrapping);
  return textOf(element);
}

/**
 * Finds an element by role and accessible name (a string is matched exactly, a RegExp
 * tested), looking through shadow roots. Throws when there is none.
 */
export function getByRole(root, role, name) {
  const found = queryByRole(root, role, name);
  if (found === null) throw new Error(`no ${role} named ${name}`);
  return found;
}

/** Like {@link getByRole}, or `null`. */
export function queryByRole(root, role, name) {
  const selector = ROLE_SELECTORS[role];
  for (const element of walk(root)) {
    if (!element.matches(selector) && element.getAttribute('role') !== role) continue;
    if (element.closest('[hidden]') || element.hidden) continue;
    if (name === undefined) return element;
    const accessible = nameOf(element);
    if (typeof name === 'string' ? accessible === name : name.test(accessible)) return element;
  }
  return null;
}

/** A form control by its label text. */
export function getByLabel(root, label) {
  for (const element of walk(root)) {
    if (!element.matches('input, select, textarea')) continue;
    const name = nameOf(element);
    if (typeof label === 'string' ? name === label : label.test(name)) return element;
  }
  throw new Error(`no control labelled ${label}`);
}

/** The focused element, through shadow roots. */
export function deepActiveElement() {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Runs axe on `element` (its shadow tree included) and fails on any violation. */
export async function expectNoAxeViolations(element, label) {
  const results = await window.axe.run(element, {
    resultTypes: ['violations'],
    runOnly: {
      type: 'tag',
      values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
    },
    rules: { region: { enabled: false }, 'page-has-heading-one': { enabled: false } },
  });
  if (results.violations.length > 0) {
    const summary = results.violations
      .map(
        (violation) =>
          `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      )
      .join('\n');
    throw new Error(`axe found ${results.violations.length} violation(s) on ${label}:\n${summary}`);
  }
}

/** Mounts an element in a fresh container; returns it. */
export function mount(markup, container = document.body) {
  const host = document.createElement('div');
  host.innerHTML = markup;
  container.append(host);
  return /** @type {HTMLElement} */ (host.firstElementChild);
}

/** Removes what earlier tests mounted. */
export function cleanup() {
  for (const child of [...document.body.children]) {
    if (child.tagName !== 'SCRIPT') child.remove();
  }
}

/** Resolves with the next event of `type` from `target`. */
export function nextEvent(target, type) {
  return new Promise((resolve) => target.addEventListener(type, resolve, { once: true }));
}
