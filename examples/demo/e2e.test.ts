import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Secret, TOTP } from 'otpauth';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/lib/chromium.mjs';
import {
  attributeOf,
  check,
  click,
  fieldValue,
  fill,
  fillField,
  findByLabel,
  findByRole,
  findBySelector,
  findByText,
  isChecked,
  type Name,
  queryAll,
  type Scope,
  textAt,
  textOf,
  textsOf,
  until,
  waitForUrl,
} from './e2e-queries.js';
import { killDemos, type RunningDemo, startDemo } from './start-demo.js';

// End to end, in Debian's Chromium through puppeteer-core, as a new user would: the login
// page, "Can't access your account?", the reset in its dialog with the codes from
// /outbox.json, then sign in with the new password; passkeys (Chromium's virtual
// authenticator, through CDP) and authenticator apps (codes from otpauth) added in "my
// account" and used at reset. Elements are found by role, label or text through shadow roots
// (./e2e-queries.ts). Runs the built widgets (`npm test` builds first).
// A screenshot of each test's last page goes to a temp folder (kept when OPENRESET_E2E_KEEP
// is set, to look at).

const dataDir = mkdtempSync(join(tmpdir(), 'openreset-e2e-'));
const shots = mkdtempSync(join(tmpdir(), 'openreset-e2e-shots-'));
const ownDataDirs = mkdtempSync(join(tmpdir(), 'openreset-e2e-own-'));
let demo: RunningDemo;
let browser: Browser;

beforeAll(async () => {
  demo = await startDemo(dataDir);
  browser = await puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    // A laptop's window, as Playwright's default page.
    defaultViewport: { width: 1280, height: 720 },
    // The pages' language (navigator.languages), as a new user's browser in English.
    args: ['--lang=en-US', ...CHROMIUM_ARGS],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await demo?.stop();
  killDemos();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(ownDataDirs, { recursive: true, force: true });
  if (process.env.OPENRESET_E2E_KEEP === undefined) rmSync(shots, { recursive: true, force: true });
  else console.log(`e2e screenshots in ${shots}`);
});

interface OutboxMessage {
  channel: 'sms' | 'voice' | 'email';
  message: { to: string; text?: string };
}

/** Waits for a new message to `to` in /outbox.json (newest first) and returns its code. */
function codeSentTo(to: string, seen: Set<string>, origin = demo.origin): Promise<string> {
  // The demo's dispatcher runs every second; a loaded 2-core machine may take far longer.
  return until(`a code sent to ${to} in /outbox.json`, async () => {
    const messages = (await (await fetch(`${origin}/outbox.json`)).json()) as OutboxMessage[];
    for (const { message } of messages) {
      const code = /\b(\d{6})\b/.exec(message.text ?? '')?.[1];
      if (message.to === to && code !== undefined && !seen.has(code)) {
        seen.add(code);
        return code;
      }
    }
    return undefined;
  });
}

/** POSTs `body` as JSON to `url`, as a script would (no browser, no captcha). */
function postJson(url: string, body: unknown): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/** A page in a fresh browser context (no cookies), with page errors failing the test. */
async function newPage(): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) =>
    errors.push(error instanceof Error ? error.message : String(error)),
  );
  return { page, errors };
}

/** A full-page screenshot into the screenshots folder. */
async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${join(shots, name)}.png`, fullPage: true });
}

/** Requests that failed or answered 4xx/5xx (a chunk the host does not serve, CORS). */
function failedRequests(page: Page): string[] {
  const failed: string[] = [];
  page.on('requestfailed', (request) => failed.push(`${request.url()} (failed)`));
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.url()} (${response.status()})`);
  });
  return failed;
}

/** Opens the login page and follows "Can't access your account?" into the dialog. */
async function openRecovery(page: Page, origin = demo.origin): Promise<ElementHandle<Element>> {
  await page.goto(`${origin}/`);
  await expect.poll(() => page.title(), { timeout: 30_000 }).toBe('Sign in · OpenReset demo');
  // The element opens a dialog, so its trigger is a button (aria-haspopup="dialog").
  await click(page, 'button', /^Can.t access your account\?$/);
  const dialog = await findByRole(page, 'dialog', 'Account recovery');
  await findByRole(dialog, 'heading', 'Reset your password');
  return dialog;
}

/** The words of the reset's first steps, in English and in Dutch. */
const STEPS = {
  en: {
    identifier: 'Username or email address',
    next: 'Next',
    choose: 'Choose how to verify it’s you',
  },
  nl: {
    identifier: 'Gebruikersnaam of e-mailadres',
    next: 'Volgende',
    choose: 'Kies hoe je bevestigt dat jij het bent',
  },
} as const;

/** The words of one language's first steps. */
type Steps = (typeof STEPS)[keyof typeof STEPS];

/** The first step: who is resetting. */
async function identify(widget: Scope, identifier: string, words: Steps = STEPS.en): Promise<void> {
  await fill(widget, words.identifier, identifier);
  await click(widget, 'button', words.next);
}

/** The method step: choose `method` and go on. */
async function chooseMethod(widget: Scope, method: Name, words: Steps = STEPS.en): Promise<void> {
  await findByRole(widget, 'heading', words.choose);
  await check(widget, 'radio', method);
  await click(widget, 'button', words.next);
}

/** One gate: choose the method, confirm the full phone number or address, enter its code. */
async function proveWith(
  dialog: Scope,
  method: RegExp,
  confirm: { label: string; value: string; to: string },
  seen: Set<string>,
  origin = demo.origin,
): Promise<void> {
  await chooseMethod(dialog, method);
  await fill(dialog, confirm.label, confirm.value);
  await click(dialog, 'button', 'Send code');
  await findByRole(dialog, 'heading', 'Enter the code');
  await fill(dialog, 'Verification code', await codeSentTo(confirm.to, seen, origin));
  await click(dialog, 'button', 'Verify');
}

/** Sets the new password, sees the success, closes the dialog. */
async function setNewPassword(dialog: ElementHandle<Element>, password: string): Promise<void> {
  await findByRole(dialog, 'heading', 'Choose a new password');
  await fill(dialog, 'New password', password);
  await fill(dialog, 'Confirm new password', password);
  await click(dialog, 'button', 'Reset password');
  await findByRole(dialog, 'heading', 'Your password has been reset');
  await click(dialog, 'button', 'Close');
  await expect.poll(() => dialog.isVisible(), { timeout: 30_000 }).toBe(false);
}

/** Signs in on the login form and lands on /account. */
async function signIn(
  page: Page,
  username: string,
  password: string,
  origin = demo.origin,
): Promise<void> {
  await fill(page, 'Username or email', username);
  await fill(page, 'Password', password);
  await click(page, 'button', 'Sign in');
  await waitForUrl(page, `${origin}/account`);
}

/**
 * Waits until an item of "my account"'s list reads like `expected` (whitespace folded), e.g.
 * `Passkey “Work laptop” Added 26 Nov 2026. Not used yet. Rename ... Remove ...`.
 */
async function expectListed(register: Scope, expected: RegExp): Promise<void> {
  await expect
    .poll(
      async () => {
        const lists = await queryAll(register, { role: 'list', name: 'Registered methods' });
        const items = await Promise.all(lists.map((list) => queryAll(list, { role: 'listitem' })));
        return textsOf(items.flat());
      },
      { timeout: 30_000, interval: 250 },
    )
    .toContainEqual(expect.stringMatching(expected));
}

/**
 * Waits for the element's notice (`role=status`) to read `notice`; an error it shows
 * instead (`role=alert`) is what the failure reports.
 */
async function expectNotice(widget: Scope, notice: string): Promise<void> {
  const texts = async (role: 'alert' | 'status') =>
    (await textsOf(await queryAll(widget, { role }))).join(' ').trim();
  await expect
    .poll(
      async () => {
        const alert = await texts('alert');
        return alert === '' ? texts('status') : `error: ${alert}`;
      },
      { timeout: 30_000, interval: 250 },
    )
    .toBe(notice);
}

describe('the demo in Chromium', () => {
  it('alice resets her password with the SMS code from the outbox and signs in with it', async () => {
    const { page, errors } = await newPage();
    const seen = new Set<string>();
    const dialog = await openRecovery(page);
    await identify(dialog, 'alice');
    await proveWith(
      dialog,
      /^Text a code to my mobile phone/,
      { label: 'Full phone number', value: '+31 6 12345678', to: '+31612345678' },
      seen,
    );
    await setNewPassword(dialog, 'quiet harbour lights at dawn');

    await signIn(page, 'alice', 'quiet harbour lights at dawn');
    await findByRole(page, 'heading', 'Hello, alice');
    await findByRole(page, 'heading', 'Your recovery methods');
    await screenshot(page, 'alice-account');
    expect(errors).toEqual([]);
    await page.browserContext().close();
  }, 180_000);

  it('the admin resets through two gates, SMS then email, and signs in', async () => {
    const { page, errors } = await newPage();
    const seen = new Set<string>();
    const dialog = await openRecovery(page);
    await identify(dialog, 'admin');
    // Before the first proof every account shows one gate; the admin's second shows after it.
    await findByRole(dialog, 'heading', 'Choose how to verify it’s you');
    await proveWith(
      dialog,
      /^Text a code to my mobile phone/,
      { label: 'Full phone number', value: '+31 6 87654321', to: '+31687654321' },
      seen,
    );
    await findByText(dialog, 'Verification 2 of 2');
    await proveWith(
      dialog,
      /^Email a code to/,
      { label: 'Full email address', value: 'admin@example.com', to: 'admin@example.com' },
      seen,
    );
    await setNewPassword(dialog, 'copper kettle sings at noon');

    await signIn(page, 'admin', 'copper kettle sings at noon');
    await findByRole(page, 'heading', 'Hello, admin');
    await click(page, 'link', 'Admin');
    await findByRole(page, 'heading', 'Administration');
    await screenshot(page, 'admin');
    expect(errors).toEqual([]);
    await page.browserContext().close();
  }, 180_000);

  it('a Dutch reset page loads its locale and question chunks: bob answers his questions in Dutch', async () => {
    const { page, errors } = await newPage();
    const failed = failedRequests(page);
    await page.goto(`${demo.origin}/reset?locale=nl`);
    const widget = await findBySelector(page, 'openreset-reset');
    await findByRole(widget, 'heading', 'Stel je wachtwoord opnieuw in');
    await identify(widget, 'bob', STEPS.nl);
    await chooseMethod(widget, 'Mijn beveiligingsvragen beantwoorden', STEPS.nl);
    await findByRole(widget, 'heading', 'Beantwoord je beveiligingsvragen');

    // Bob's answers by the Dutch text of each predefined question (core's question texts).
    const answers = new Map([
      ['Hoe heette je eerste huisdier?', 'Rex'],
      ['Wat was de voornaam van je beste vriend of vriendin toen je klein was?', 'Tom Berg'],
      ['In welke straat woonde je toen je tien jaar was?', 'Main Street'],
    ]);
    const fields = () => queryAll(widget, { role: 'textbox' });
    await expect.poll(async () => (await fields()).length, { timeout: 30_000 }).toBeGreaterThan(0);
    let asked = 0;
    for (const [question, answer] of answers) {
      const [field] = await queryAll(widget, { name: question });
      if (field === undefined) continue;
      await fillField(field, answer);
      asked += 1;
    }
    expect(asked, 'every question shown in Dutch').toBe((await fields()).length);
    await click(widget, 'button', 'Controleren');
    await findByRole(widget, 'heading', 'Kies een nieuw wachtwoord');
    await screenshot(page, 'bob-dutch');
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
    await page.browserContext().close();
  }, 180_000);
});

// Passkeys and authenticator apps (issue 13). Each test runs a demo of its own on a fresh data
// folder: adding a passkey or an app changes how alice resets (MFA-aware recovery), so these
// tests touch neither the shared demo above nor each other, in any order.
describe('the demo in Chromium: passkeys and authenticator apps', () => {
  const ALICE_PHONE = { label: 'Full phone number', value: '+31 6 12345678', to: '+31612345678' };
  const NEXT_GATE = 'Your account has a passkey or authenticator app. Use one of them to continue.';

  /** A demo on a fresh data folder, for one test. */
  async function ownDemo(name: string): Promise<RunningDemo> {
    return startDemo(join(ownDataDirs, name));
  }

  /** Alice signs in on the login page and lands on "my account". */
  async function aliceSignsIn(
    page: Page,
    origin: string,
    password: string,
  ): Promise<ElementHandle<Element>> {
    await page.goto(`${origin}/`);
    await signIn(page, 'alice', password, origin);
    await findByRole(page, 'heading', 'Hello, alice');
    const register = await findBySelector(page, 'openreset-register');
    await findByRole(register, 'heading', 'Your recovery methods');
    return register;
  }

  /** The names of the methods the method step offers (its radios' labels). */
  async function offeredMethods(dialog: Scope): Promise<string[]> {
    return Promise.all(
      (await queryAll(dialog, { role: 'radio' })).map((radio) =>
        radio.evaluate((element) =>
          (element.closest('label')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        ),
      ),
    );
  }

  it('alice adds a passkey in my account (virtual authenticator), resets her password with it and signs in', async () => {
    const own = await ownDemo('passkey');
    try {
      const { page, errors } = await newPage();
      // A platform authenticator on this page: it keeps the passkey across the page's
      // navigations, from "my account" to the reset dialog on the login page.
      const cdp = await page.createCDPSession();
      await cdp.send('WebAuthn.enable', { enableUI: false });
      const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
        options: {
          protocol: 'ctap2',
          transport: 'internal',
          hasResidentKey: true,
          hasUserVerification: true,
          isUserVerified: true,
          automaticPresenceSimulation: true,
        },
      });
      const credentials = async () =>
        (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials;

      const register = await aliceSignsIn(page, own.origin, 'alice-demo-passphrase');
      await click(register, 'button', 'Add a passkey');
      await findByRole(register, 'heading', 'Add a passkey');
      await fill(register, 'Passkey name', 'Work laptop');
      await click(register, 'button', 'Create passkey');
      await expectNotice(register, 'The passkey was added.');
      await expectListed(register, /^Passkey “Work laptop” Added .+\. Not used yet\./);
      const created = await credentials();
      expect(created).toHaveLength(1);
      expect(created[0]).toMatchObject({ isResidentCredential: true, rpId: 'localhost' });

      await click(page, 'link', 'Sign out');
      await waitForUrl(page, `${own.origin}/`);
      const dialog = await openRecovery(page, own.origin);
      await identify(dialog, 'alice');
      await chooseMethod(dialog, 'Use a passkey');
      await findByRole(dialog, 'heading', 'Use your passkey');
      await click(dialog, 'button', 'Use a passkey');
      await setNewPassword(dialog, 'seven lanterns over the quay');
      const [used] = await credentials();
      expect(used?.signCount, 'the passkey signed the reset').toBeGreaterThan(
        created[0]?.signCount ?? 0,
      );

      await signIn(page, 'alice', 'seven lanterns over the quay', own.origin);
      await expectListed(
        await findBySelector(page, 'openreset-register'),
        /^Passkey “Work laptop” Added .+\. Last used /,
      );
      await screenshot(page, 'alice-passkey');
      expect(errors).toEqual([]);
      await page.browserContext().close();
    } finally {
      await own.stop();
    }
  }, 180_000);

  it('alice adds an authenticator app; at reset SMS alone is not enough, the app must pass next', async () => {
    const own = await ownDemo('authenticator-app');
    try {
      const { page, errors } = await newPage();
      const register = await aliceSignsIn(page, own.origin, 'alice-demo-passphrase');
      await click(register, 'button', 'Set up an authenticator app');
      await findByRole(register, 'heading', 'Set up an authenticator app');
      // Chromium's role for ARIA's `img`.
      await findByRole(register, 'image', 'QR code to scan with your authenticator app');
      // The key as the page shows it, in groups of four, typed into the "app" (otpauth).
      const shown = await findBySelector(register, 'pierce/[part="secret"]');
      await expect.poll(() => textOf(shown), { timeout: 30_000 }).toMatch(/^[A-Z2-7 ]{16,}$/);
      const app = new TOTP({
        secret: Secret.fromBase32((await textOf(shown)).replace(/\s+/g, '')),
        digits: 6,
        period: 30,
        algorithm: 'SHA1',
      });
      // One instant for the code and its step, so the reset's code can be told apart.
      const enrolledAt = Date.now();
      const enrolmentStep = app.counter({ timestamp: enrolledAt });
      await fill(register, '6-digit code', app.generate({ timestamp: enrolledAt }));
      await fill(register, 'Name for this app', 'Phone');
      await click(register, 'button', 'Confirm');
      await expectNotice(register, 'The authenticator app was added.');
      await expectListed(register, /^Authenticator app “Phone” Added .+\. Not used yet\./);

      await click(page, 'link', 'Sign out');
      await waitForUrl(page, `${own.origin}/`);
      const dialog = await openRecovery(page, own.origin);
      await identify(dialog, 'alice');
      // Before a first proof every account is offered the same methods; SMS passes...
      const afterSms = page.waitForResponse(
        (response) => response.url() === `${own.origin}/api/reset/verify`,
        { timeout: 120_000 },
      );
      await proveWith(
        dialog,
        /^Text a code to my mobile phone/,
        ALICE_PHONE,
        new Set(),
        own.origin,
      );
      const verified = await afterSms;
      const flow = await verified.json();
      const flowToken = JSON.parse(verified.request().postData() ?? '{}').flowToken;

      // ...and alice is told the next gate must be her authenticator app: no SMS, no email.
      expect(flow.state).not.toBe('verified');
      expect(flow.nextGate).toEqual({
        methods: expect.arrayContaining(['authenticatorApp']),
        reason: 'strong_method_registered',
      });
      expect(flow.nextGate.methods).not.toContain('mobileSms');
      expect(flow.nextGate.methods).not.toContain('email');
      await findByRole(dialog, 'heading', 'Choose how to verify it’s you');
      await findByText(dialog, NEXT_GATE);
      expect(await offeredMethods(dialog)).toEqual(['Enter a code from my authenticator app']);
      await screenshot(page, 'alice-next-gate');

      // The server holds the same line for a script: no password yet, and no email code.
      const complete = await postJson(`${own.origin}/api/reset/complete`, {
        flowToken,
        newPassword: 'a password set with sms alone',
      });
      expect(complete.status).toBeGreaterThanOrEqual(400);
      expect((await complete.json()).error.code).toBe('invalid_state');
      const email = flow.methods.find((method: { type: string }) => method.type === 'email');
      const challenge = await postJson(`${own.origin}/api/reset/challenge`, {
        flowToken,
        methodId: email.id,
        confirm: 'alice@example.com',
      });
      expect(challenge.status).toBeGreaterThanOrEqual(400);
      expect((await challenge.json()).error.code).toBe('strong_method_required');

      await chooseMethod(dialog, 'Enter a code from my authenticator app');
      await findByRole(dialog, 'heading', 'Enter the code from your authenticator app');
      // A code counts once per 30-second step: wait for a step after the enrolment's, as a
      // user would wait for the app's next code.
      await expect
        .poll(() => app.counter(), { timeout: 45_000, interval: 250 })
        .toBeGreaterThan(enrolmentStep);
      await fill(dialog, '6-digit code', app.generate());
      await click(dialog, 'button', 'Verify');
      await setNewPassword(dialog, 'amber tide under the pier');

      await signIn(page, 'alice', 'amber tide under the pier', own.origin);
      await expectListed(
        await findBySelector(page, 'openreset-register'),
        /^Authenticator app “Phone” Added .+\. Last used /,
      );
      await screenshot(page, 'alice-authenticator-app');
      expect(errors).toEqual([]);
      await page.browserContext().close();
    } finally {
      await own.stop();
    }
  }, 180_000);
});

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe on the page (WCAG 2.x A and AA, best practices) and returns its violations as
 * `rule (impact): targets`. axe is evaluated through the DevTools protocol, which the
 * page's CSP does not govern, so the page keeps its own CSP.
 */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const results = await axe.run(document, {
      resultTypes: ['violations'],
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    });
    return results.violations.map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  });
}

// Issue 19: the admin page after a refused save, and /outbox without a meta refresh. A demo of
// its own: the test changes the policy (a long organization name, to make long messages).
describe('the demo in Chromium: the admin page and the outbox (issue 19)', () => {
  /** The outbox's cards, the page's main and its root that are wider inside than outside. */
  function overflowing(page: Page): Promise<string[]> {
    return page.$$eval('html, main, .outbox > li, .outbox > li > *', (elements) =>
      elements
        .filter((element) => element.scrollWidth > element.clientWidth)
        .map(
          (element) =>
            `${element.tagName.toLowerCase()} ${element.scrollWidth} > ${element.clientWidth}: ${(element.textContent ?? '').slice(0, 60)}`,
        ),
    );
  }

  /** Starts a reset for alice and sends a code by `type` (mobileSms, email...). */
  async function sendCode(origin: string, type: string, confirm: string): Promise<void> {
    const call = async (path: string, body: unknown) => {
      const response = await postJson(`${origin}${path}`, body);
      expect(response.status, `${path}: ${await response.clone().text()}`).toBe(200);
      return response.json();
    };
    const flow = await call('/api/reset', { identifier: 'alice' });
    const method = flow.methods.find((m: { type: string }) => m.type === type);
    await call('/api/reset/challenge', { flowToken: flow.flowToken, methodId: method.id, confirm });
  }

  const outbox = async (origin: string) =>
    (await (await fetch(`${origin}/outbox.json`)).json()) as OutboxMessage[];

  it('a refused policy keeps the admin’s edits and names each issue; /outbox passes axe, wraps long text and updates itself', async () => {
    // sendCode calls the API directly, without the widget that solves the captcha: this
    // test is about the policy form and /outbox, so the demo runs without one.
    const own = await startDemo(join(ownDataDirs, 'issue-19'), {
      env: { OPENRESET_DEMO_CAPTCHA: 'off' },
    });
    try {
      const { page, errors } = await newPage();
      // What the page's CSP refuses shows on the console only (not as a page error).
      const refusedByCsp: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) refusedByCsp.push(message.text());
      });
      await page.goto(`${own.origin}/`);
      await signIn(page, 'admin', 'admin-demo-passphrase', own.origin);
      await page.goto(`${own.origin}/admin`);
      // The policy form (<openreset-admin>, issue 14) in place of the JSON text box.
      const textColor = await findByLabel(page, 'Text color');
      const original = await fieldValue(textColor);

      // White text on a white background: refused (low_contrast) at its field, edits kept.
      await fill(page, 'Organization name', 'Unreadable Corp');
      await fillField(textColor, '#ffffff');
      await click(page, 'button', 'Save policy');
      await expect
        .poll(() => textAt(page, 'pierce/#f-branding-textColor-error'), {
          timeout: 30_000,
          interval: 250,
        })
        .toMatch(/Too little contrast to be read/);
      expect(await attributeOf(textColor, 'aria-invalid')).toBe('true');
      expect(await fieldValue(textColor)).toBe('#ffffff');
      expect(await fieldValue(await findByLabel(page, 'Organization name'))).toBe(
        'Unreadable Corp',
      );
      expect(await attributeOf(await findBySelector(page, 'html'), 'lang')).toBe('en');
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'admin-refused');

      // A long name without spaces, saved from the kept edits: messages too long for a line.
      const longName = `Supercalifragilistic${'Expialidocious'.repeat(5)}Org`;
      await fillField(textColor, original);
      await fill(page, 'Organization name', longName);
      await click(page, 'button', 'Save policy');
      const admin = await findBySelector(page, 'openreset-admin');
      await expect
        .poll(async () => (await textsOf(await queryAll(admin, { role: 'status' }))).join(' '), {
          timeout: 30_000,
        })
        .toMatch(/^Saved\. Revision \d+ is in force\.$/);
      expect(await fieldValue(await findByLabel(page, 'Organization name'))).toBe(longName);

      await sendCode(own.origin, 'mobileSms', '+31 6 12345678');
      await sendCode(own.origin, 'email', 'alice@example.com');
      // The dispatcher sends in the background: wait for both (other notices may come too).
      await expect
        .poll(async () => (await outbox(own.origin)).map((m) => m.channel).sort(), {
          timeout: 30_000,
          interval: 250,
        })
        .toEqual(expect.arrayContaining(['email', 'sms']));
      await page.goto(`${own.origin}/outbox`);
      const cards = async () => (await page.$$('.outbox > li')).length;
      const shown = await cards();
      expect(shown).toBeGreaterThanOrEqual(2);
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.$$('meta[http-equiv="refresh" i]')).toHaveLength(0);
      await findByRole(page, 'link', 'Refresh');
      expect(await overflowing(page)).toEqual([]);
      await page.setViewport({ width: 320, height: 640 });
      expect(await overflowing(page), 'at 320 CSS pixels (WCAG 1.4.10)').toEqual([]);
      await screenshot(page, 'outbox');

      // A new message shows without a reload (the page's own script, under its CSP) and is
      // announced (role=status).
      await page.evaluate(() => {
        (window as unknown as { notReloaded: boolean }).notReloaded = true;
      });
      const automatic = await findByRole(page, 'checkbox', 'Update automatically');
      expect(await isChecked(automatic)).toBe(true);
      await sendCode(own.origin, 'mobileSms', '+31 6 12345678');
      await expect.poll(cards, { timeout: 30_000, interval: 250 }).toBeGreaterThan(shown);
      expect(await textOf(await findByRole(page, 'status'))).toMatch(
        /^(1 new message|[2-9] new messages)\.$/,
      );
      expect(
        await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded),
      ).toBe(true);
      expect(await axeViolations(page)).toEqual([]);

      expect(errors).toEqual([]);
      expect(refusedByCsp).toEqual([]);
      await page.browserContext().close();
    } finally {
      await own.stop();
    }
  }, 180_000);
});

// Issue 19's "done when": the demo walked as people meet it, with axe on every step in the
// light and the dark color scheme: a reset by keyboard alone from the sign-in page, a reset
// with security questions, a Dutch reset, and the reset element embedded in a page of another
// origin. A demo of its own (the resets change passwords), which allows that origin.
describe('the demo in Chromium: the flows as people meet them (issue 19)', () => {
  let walk: RunningDemo;
  let embed: Server;
  let embedOrigin = '';
  /** Codes already typed: alice gets several, a new one must not be taken for an old one. */
  const seen = new Set<string>();

  /** A page of another origin that embeds the demo's reset element (light and dark). */
  const embedPage = (demoOrigin: string) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>Partner portal</title>
<link rel="icon" href="data:,">
<style>body { font-family: system-ui; margin: 2rem; }</style>
<script type="module" src="${demoOrigin}/widgets/openreset-reset.js"></script>
</head>
<body>
<main>
<h1>Partner portal</h1>
<openreset-reset api="${demoOrigin}/api" sign-in-href="/"></openreset-reset>
</main>
</body>
</html>`;

  beforeAll(async () => {
    embed = createServer((request, response) => {
      response.writeHead(request.url === '/' ? 200 : 404, { 'content-type': 'text/html' });
      response.end(request.url === '/' ? embedPage(walk.origin) : 'Not found');
    });
    await new Promise<void>((resolve) => embed.listen(0, '127.0.0.1', resolve));
    embedOrigin = `http://127.0.0.1:${(embed.address() as AddressInfo).port}`;
    walk = await startDemo(join(ownDataDirs, 'walk'), {
      env: { OPENRESET_DEMO_ALLOWED_ORIGINS: embedOrigin },
    });
  }, 60_000);

  afterAll(async () => {
    await walk?.stop();
    await new Promise((resolve) => embed?.close(resolve));
  });

  /** Axe finds nothing on the page in the light, then in the dark color scheme. */
  async function expectAccessible(page: Page, step: string): Promise<void> {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: colorScheme }]);
      expect(await axeViolations(page), `${step} (${colorScheme})`).toEqual([]);
    }
    await page.emulateMediaFeatures();
  }

  /** What has focus, through shadow roots: its tag, type, accessible text or label. */
  function focused(page: Page): Promise<string> {
    return page.evaluate(() => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      if (active === null) return '';
      const root = active.getRootNode() as Document | ShadowRoot;
      const label =
        (active.id === '' ? null : root.querySelector(`label[for="${active.id}"]`)) ??
        active.closest('label');
      const text = (label ?? active).textContent?.replace(/\s+/g, ' ').trim() ?? '';
      return `${active.tagName.toLowerCase()}: ${text}`;
    });
  }

  /** Presses Tab until `expected` has focus (at most `limit` times). */
  async function tabTo(page: Page, expected: RegExp, limit = 8): Promise<void> {
    for (let i = 0; i < limit; i += 1) {
      await page.keyboard.press('Tab');
      if (expected.test(await focused(page))) return;
    }
    throw new Error(`Tab never reached ${expected} (focus: ${await focused(page)})`);
  }

  it('alice resets by keyboard alone from the sign-in page: the name she typed comes along, and "Sign in" ends it', async () => {
    const { page, errors } = await newPage();
    await page.goto(`${walk.origin}/`);
    await expectAccessible(page, 'sign-in page');
    await tabTo(page, /^input: Username or email/);
    await page.keyboard.type('alice');
    await tabTo(page, /^button: Can.t access your account\?$/);
    await page.keyboard.press('Enter');
    const dialog = await findByRole(page, 'dialog', 'Account recovery');
    await findByRole(dialog, 'heading', 'Reset your password');
    await expect
      .poll(() => focused(page), { timeout: 30_000 })
      .toBe('input: Username or email address');
    expect(await fieldValue(await findByLabel(dialog, 'Username or email address'))).toBe('alice');
    await expectAccessible(page, 'identify');

    await page.keyboard.press('Enter');
    await findByRole(dialog, 'heading', 'Choose how to verify it’s you');
    await expectAccessible(page, 'method');
    await tabTo(page, /^input: Text a code to my mobile phone/);
    await tabTo(page, /^button: Next$/);
    await page.keyboard.press('Enter');
    await findByRole(dialog, 'heading', 'Confirm your phone number');
    await expectAccessible(page, 'confirm');
    await tabTo(page, /^input: Full phone number$/);
    await page.keyboard.type('+31 6 12345678');
    await page.keyboard.press('Enter');
    await findByRole(dialog, 'heading', 'Enter the code');
    await expectAccessible(page, 'code');
    await tabTo(page, /^input: Verification code$/);
    await page.keyboard.type(await codeSentTo('+31612345678', seen, walk.origin));
    await page.keyboard.press('Enter');
    await findByRole(dialog, 'heading', 'Choose a new password');
    await expectAccessible(page, 'password');
    await tabTo(page, /^input: New password$/);
    await page.keyboard.type('lantern moss over still water');
    await tabTo(page, /^input: Confirm new password$/);
    await page.keyboard.type('lantern moss over still water');
    await page.keyboard.press('Enter');
    await findByRole(dialog, 'heading', 'Your password has been reset');
    await expectAccessible(page, 'done');
    await tabTo(page, /^a: Sign in$/);
    await page.keyboard.press('Enter');
    await waitForUrl(page, `${walk.origin}/`);
    await signIn(page, 'alice', 'lantern moss over still water', walk.origin);
    await findByRole(page, 'heading', 'Hello, alice');
    const register = await findBySelector(page, 'openreset-register');
    await until('a heading in <openreset-register>', async () => {
      const [heading] = await queryAll(register, { role: 'heading' });
      return heading;
    });
    // One organization name and no heading twice on a page with two widgets.
    const headings = await textsOf(await queryAll(page, { role: 'heading' }));
    expect(new Set(headings).size, headings.join(' | ')).toBe(headings.length);
    expect(
      await page.$$eval(
        'openreset-change, openreset-register',
        (elements) =>
          elements.flatMap((element) => [
            ...(element.shadowRoot?.querySelectorAll('[part~="org-name"]') ?? []),
          ]).length,
      ),
    ).toBe(1);
    await expectAccessible(page, 'my account');
    expect(errors).toEqual([]);
    await page.browserContext().close();
  }, 180_000);

  it('bob resets with his security questions in the dialog', async () => {
    const { page, errors } = await newPage();
    const failed = failedRequests(page);
    const dialog = await openRecovery(page, walk.origin);
    await identify(dialog, 'bob');
    await chooseMethod(dialog, 'Answer my security questions');
    await findByRole(dialog, 'heading', 'Answer your security questions');
    await expectAccessible(page, 'questions');
    const answers: [RegExp, string][] = [
      [/pet/i, 'Rex'],
      [/friend/i, 'Tom Berg'],
      [/street/i, 'Main Street'],
    ];
    const fields = () => queryAll(dialog, { role: 'textbox' });
    await expect.poll(async () => (await fields()).length, { timeout: 30_000 }).toBeGreaterThan(0);
    for (const field of await fields()) {
      const label = await field.evaluate(
        (input) =>
          (input.getRootNode() as ShadowRoot).querySelector(`label[for="${input.id}"]`)
            ?.textContent ?? '',
      );
      const answer = answers.find(([question]) => question.test(label))?.[1];
      expect(answer, `an answer to "${label}"`).toBeDefined();
      await fillField(field, answer ?? '');
    }
    await click(dialog, 'button', 'Verify');
    await setNewPassword(dialog, 'quiet orchard under the snow');
    await signIn(page, 'bob', 'quiet orchard under the snow', walk.origin);
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
    await page.browserContext().close();
  }, 120_000);

  it('a Dutch reset: alice proves it by email, every step in Dutch, every chunk served', async () => {
    const { page, errors } = await newPage();
    const failed = failedRequests(page);
    await page.goto(`${walk.origin}/reset?locale=nl`);
    const widget = await findBySelector(page, 'openreset-reset');
    await findByRole(widget, 'heading', 'Stel je wachtwoord opnieuw in');
    await expectAccessible(page, 'nl identify');
    await identify(widget, 'alice', STEPS.nl);
    await chooseMethod(widget, /^Mail een code naar/, STEPS.nl);
    await fill(widget, 'Volledig e-mailadres', 'alice@example.com');
    await click(widget, 'button', 'Code versturen');
    await findByRole(widget, 'heading', 'Vul de code in');
    await expectAccessible(page, 'nl code');
    await fill(widget, 'Verificatiecode', await codeSentTo('alice@example.com', seen, walk.origin));
    await click(widget, 'button', 'Controleren');
    await findByRole(widget, 'heading', 'Kies een nieuw wachtwoord');
    await fill(widget, 'Nieuw wachtwoord', 'kaarslicht over het ijs');
    await fill(widget, 'Herhaal nieuw wachtwoord', 'kaarslicht over het ijs');
    await expectAccessible(page, 'nl password');
    await click(widget, 'button', 'Wachtwoord instellen');
    await findByRole(widget, 'heading', 'Je wachtwoord is opnieuw ingesteld');
    await expectAccessible(page, 'nl done');
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
    await page.browserContext().close();
  }, 120_000);

  it('embedded in a page of another origin (allowed by the demo), alice resets by email', async () => {
    const { page, errors } = await newPage();
    const failed = failedRequests(page);
    await page.goto(`${embedOrigin}/`);
    const widget = await findBySelector(page, 'openreset-reset');
    await findByRole(widget, 'heading', 'Reset your password');
    await expectAccessible(page, 'embed identify');
    await identify(widget, 'alice');
    await proveWith(
      widget,
      /^Email a code to/,
      { label: 'Full email address', value: 'alice@example.com', to: 'alice@example.com' },
      seen,
      walk.origin,
    );
    await findByRole(widget, 'heading', 'Choose a new password');
    await expectAccessible(page, 'embed password');
    await fill(widget, 'New password', 'harbour bells at low tide');
    await fill(widget, 'Confirm new password', 'harbour bells at low tide');
    await click(widget, 'button', 'Reset password');
    await findByRole(widget, 'heading', 'Your password has been reset');
    await expectAccessible(page, 'embed done');
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
    await page.browserContext().close();
  }, 120_000);
});

// Issue 14's "done when": an admin changes the policy through the form (a bad value shown at
// its field), sees the chart of the last 30 days, finds a user who never registered in usage
// & insights, and issues them a Temporary Access Pass. A demo of its own.
describe('the demo in Chromium: the admin console (issue 14)', () => {
  it('changes the policy through the form, sees 30 days of resets, issues carol a pass; she resets with it and registers an email', async (context) => {
    const own = await startDemo(join(ownDataDirs, 'issue-14'));
    try {
      const routes = (await (await fetch(`${own.origin}/api/openapi.json`)).json()) as {
        paths: Record<string, unknown>;
      };
      // Usage & insights over every user and the helpdesk's pass are core's part (issue 14).
      if (routes.paths['/admin/users/{id}/temporary-access-pass'] === undefined) context.skip();

      // A reset that succeeds, so the chart has a bar.
      const { page, errors } = await newPage();
      await page.goto(`${own.origin}/`);
      await signIn(page, 'admin', 'admin-demo-passphrase', own.origin);
      await page.goto(`${own.origin}/admin`);

      // A code valid for 30 minutes: refused at its field, then 8 minutes saved.
      const ttl = await findByLabel(page, 'Minutes a code stays valid');
      await fillField(ttl, '30');
      await check(page, 'checkbox', 'Helpdesk may issue Temporary Access Passes');
      await click(page, 'button', 'Save policy');
      await expect
        .poll(() => textAt(page, 'pierce/#f-codeTtlMinutes-error'), {
          timeout: 30_000,
          interval: 250,
        })
        .toMatch(/Must be at most 10\./);
      expect(await attributeOf(ttl, 'aria-invalid')).toBe('true');
      expect(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.id)).toBe(
        'f-codeTtlMinutes',
      );
      await fillField(ttl, '8');
      await click(page, 'button', 'Save policy');
      const admin = await findBySelector(page, 'openreset-admin');
      await expect
        .poll(async () => (await textsOf(await queryAll(admin, { role: 'status' }))).join(' '), {
          timeout: 30_000,
        })
        .toMatch(/^Saved\. Revision \d+ is in force\.$/);

      // The last 30 days: one bar slot per day, the chart summarized for screen readers.
      await findByRole(page, 'image', /resets and unlocks from/);
      expect(await page.$$('pierce/#chart-per-day-table tbody tr')).toHaveLength(30);

      // Usage & insights: carol never registered.
      await click(page, 'button', 'Usage & insights');
      await check(page, 'checkbox', 'Only users who are not registered');
      await click(page, 'button', 'Apply filters');
      const activity = await findBySelector(page, 'openreset-activity');
      await expect
        .poll(async () => textsOf(await activity.$$('pierce/.table-wrap > table > tbody > tr')), {
          timeout: 30_000,
        })
        .toContainEqual(expect.stringContaining('carol'));
      expect(await axeViolations(page)).toEqual([]);

      // The helpdesk finds her and issues a pass, shown once.
      await fill(page, 'Find a user', 'carol');
      await click(page, 'button', 'Search');
      await findByRole(page, 'heading', /^Helping /);
      await click(page, 'button', 'Issue a pass');
      const pass = await findBySelector(page, 'pierce/#secret-value', { visible: true });
      const issued = await textOf(pass);
      expect(issued.length).toBeGreaterThanOrEqual(8);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'admin-console');

      // carol resets with the pass on the reset page: nothing is sent, the pass is the proof.
      await click(page, 'link', 'Sign out');
      await waitForUrl(page, `${own.origin}/`);
      await page.goto(`${own.origin}/reset`);
      const widget = await findBySelector(page, 'openreset-reset');
      await identify(widget, 'carol');
      await chooseMethod(widget, 'Use a Temporary Access Pass from my administrator');
      await findByRole(widget, 'heading', 'Enter your Temporary Access Pass');
      expect(await axeViolations(page)).toEqual([]);
      await fill(widget, 'Temporary Access Pass', issued);
      await click(widget, 'button', 'Verify');
      await findByRole(widget, 'heading', 'Choose a new password');
      await fill(widget, 'New password', 'copper kettles by the weir');
      await fill(widget, 'Confirm new password', 'copper kettles by the weir');
      await click(widget, 'button', 'Reset password');
      await findByRole(widget, 'heading', 'Your password has been reset');
      expect(await axeViolations(page)).toEqual([]);

      // "Register new ways to verify": my account, through sign-in with the new password;
      // carol has no methods, so sign-in asks her to register one.
      await click(widget, 'link', 'Register new ways to verify');
      await waitForUrl(page, `${own.origin}/`);
      await fill(page, 'Username or email', 'carol');
      await fill(page, 'Password', 'copper kettles by the weir');
      await click(page, 'button', 'Sign in');
      await waitForUrl(page, `${own.origin}/welcome`);
      const register = await findBySelector(page, 'openreset-register');
      await click(register, 'button', 'Add an email address');
      await fill(register, 'Full email address', 'carol@example.com');
      await click(register, 'button', 'Send code');
      await fill(
        register,
        'Verification code',
        await codeSentTo('carol@example.com', new Set(), own.origin),
      );
      await click(register, 'button', 'Verify');
      await expectNotice(register, 'The method was added.');
      await page.goto(`${own.origin}/account`);
      await expectListed(await findBySelector(page, 'openreset-register'), /^Email /);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'carol-registered');
      expect(errors).toEqual([]);
      await page.browserContext().close();
    } finally {
      await own.stop();
    }
  }, 240_000);
});
