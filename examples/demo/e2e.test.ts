import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Secret, TOTP } from 'otpauth';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { killDemos, type RunningDemo, startDemo } from './start-demo.js';

// End to end, in Debian's Chromium through Playwright, as a new user would: the login page,
// "Can't access your account?", the reset in its dialog with the codes from /outbox.json,
// then sign in with the new password; passkeys (Chromium's virtual authenticator, through
// CDP) and authenticator apps (codes from otpauth) added in "my account" and used at reset.
// Runs the built widgets (`npm test` builds first).
// A screenshot of each test's last page goes to a temp folder (kept when OPENRESET_E2E_KEEP
// is set, to look at).

const dataDir = mkdtempSync(join(tmpdir(), 'openreset-e2e-'));
const shots = mkdtempSync(join(tmpdir(), 'openreset-e2e-shots-'));
const ownDataDirs = mkdtempSync(join(tmpdir(), 'openreset-e2e-own-'));
let demo: RunningDemo;
let browser: Browser;

beforeAll(async () => {
  demo = await startDemo(dataDir);
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
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
async function codeSentTo(to: string, seen: Set<string>, origin = demo.origin): Promise<string> {
  for (let tries = 0; tries < 100; tries++) {
    const messages = (await (await fetch(`${origin}/outbox.json`)).json()) as OutboxMessage[];
    for (const { message } of messages) {
      const code = /\b(\d{6})\b/.exec(message.text ?? '')?.[1];
      if (message.to === to && code !== undefined && !seen.has(code)) {
        seen.add(code);
        return code;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no code sent to ${to} in /outbox.json`);
}

/** A fresh browser context (no cookies), with page errors failing the test. */
async function newPage(): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors };
}

/** Opens the login page and follows "Can't access your account?" into the dialog. */
async function openRecovery(page: Page, origin = demo.origin): Promise<Locator> {
  await page.goto(`${origin}/`);
  await expect.poll(() => page.title()).toBe('Sign in · OpenReset demo');
  // The element opens a dialog, so its trigger is a button (aria-haspopup="dialog").
  await page.getByRole('button', { name: /^Can.t access your account\?$/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Account recovery' });
  await dialog.getByRole('heading', { name: 'Reset your password' }).waitFor();
  return dialog;
}

/** One gate: choose the method, confirm the full phone number or address, enter its code. */
async function proveWith(
  dialog: Locator,
  method: RegExp,
  confirm: { label: string; value: string; to: string },
  seen: Set<string>,
  origin = demo.origin,
): Promise<void> {
  await dialog.getByRole('heading', { name: 'Choose how to verify it’s you' }).waitFor();
  await dialog.getByRole('radio', { name: method }).check();
  await dialog.getByRole('button', { name: 'Next' }).click();
  await dialog.getByLabel(confirm.label).fill(confirm.value);
  await dialog.getByRole('button', { name: 'Send code' }).click();
  await dialog.getByRole('heading', { name: 'Enter the code' }).waitFor();
  await dialog.getByLabel('Verification code').fill(await codeSentTo(confirm.to, seen, origin));
  await dialog.getByRole('button', { name: 'Verify' }).click();
}

/** Sets the new password, sees the success, closes the dialog. */
async function setNewPassword(dialog: Locator, password: string): Promise<void> {
  await dialog.getByRole('heading', { name: 'Choose a new password' }).waitFor();
  await dialog.getByLabel('New password', { exact: true }).fill(password);
  await dialog.getByLabel('Confirm new password').fill(password);
  await dialog.getByRole('button', { name: 'Reset password' }).click();
  await dialog.getByRole('heading', { name: 'Your password has been reset' }).waitFor();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect.poll(() => dialog.isVisible()).toBe(false);
}

/** Signs in on the login form and lands on /account. */
async function signIn(
  page: Page,
  username: string,
  password: string,
  origin = demo.origin,
): Promise<void> {
  await page.getByLabel('Username or email').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${origin}/account`);
}

describe('the demo in Chromium', () => {
  it('alice resets her password with the SMS code from the outbox and signs in with it', async () => {
    const { page, errors } = await newPage();
    const seen = new Set<string>();
    const dialog = await openRecovery(page);
    await dialog.getByLabel('Username or email address').fill('alice');
    await dialog.getByRole('button', { name: 'Next' }).click();
    await proveWith(
      dialog,
      /^Text a code to my mobile phone/,
      { label: 'Full phone number', value: '+31 6 12345678', to: '+31612345678' },
      seen,
    );
    await setNewPassword(dialog, 'quiet harbour lights at dawn');

    await signIn(page, 'alice', 'quiet harbour lights at dawn');
    await page.getByRole('heading', { name: 'Hello, alice', exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Your recovery methods' }).waitFor();
    await page.screenshot({ path: join(shots, 'alice-account.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('the admin resets through two gates, SMS then email, and signs in', async () => {
    const { page, errors } = await newPage();
    const seen = new Set<string>();
    const dialog = await openRecovery(page);
    await dialog.getByLabel('Username or email address').fill('admin');
    await dialog.getByRole('button', { name: 'Next' }).click();
    // Before the first proof every account shows one gate; the admin's second shows after it.
    await dialog.getByRole('heading', { name: 'Choose how to verify it’s you' }).waitFor();
    await proveWith(
      dialog,
      /^Text a code to my mobile phone/,
      { label: 'Full phone number', value: '+31 6 87654321', to: '+31687654321' },
      seen,
    );
    await dialog.getByText('Verification 2 of 2').waitFor();
    await proveWith(
      dialog,
      /^Email a code to/,
      { label: 'Full email address', value: 'admin@example.com', to: 'admin@example.com' },
      seen,
    );
    await setNewPassword(dialog, 'copper kettle sings at noon');

    await signIn(page, 'admin', 'copper kettle sings at noon');
    await page.getByRole('heading', { name: 'Hello, admin', exact: true }).waitFor();
    await page.getByRole('link', { name: 'Admin' }).click();
    await page.getByRole('heading', { name: 'Administration' }).waitFor();
    await page.screenshot({ path: join(shots, 'admin.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('a Dutch reset page loads its locale and question chunks: bob answers his questions in Dutch', async () => {
    const { page, errors } = await newPage();
    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(`${request.url()} (failed)`));
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.url()} (${response.status()})`);
    });
    await page.goto(`${demo.origin}/reset?locale=nl`);
    const widget = page.locator('openreset-reset');
    await widget.getByRole('heading', { name: 'Stel je wachtwoord opnieuw in' }).waitFor();
    await widget.getByLabel('Gebruikersnaam of e-mailadres').fill('bob');
    await widget.getByRole('button', { name: 'Volgende' }).click();
    await widget.getByRole('heading', { name: 'Kies hoe je bevestigt dat jij het bent' }).waitFor();
    await widget.getByRole('radio', { name: 'Mijn beveiligingsvragen beantwoorden' }).check();
    await widget.getByRole('button', { name: 'Volgende' }).click();
    await widget.getByRole('heading', { name: 'Beantwoord je beveiligingsvragen' }).waitFor();

    // Bob's answers by the Dutch text of each predefined question (core's question texts).
    const answers = new Map([
      ['Hoe heette je eerste huisdier?', 'Rex'],
      ['Wat was de voornaam van je beste vriend of vriendin toen je klein was?', 'Tom Berg'],
      ['In welke straat woonde je toen je tien jaar was?', 'Main Street'],
    ]);
    const fields = widget.getByRole('textbox');
    await expect.poll(() => fields.count()).toBeGreaterThan(0);
    let asked = 0;
    for (const [question, answer] of answers) {
      const field = widget.getByLabel(question, { exact: true });
      if ((await field.count()) === 0) continue;
      await field.fill(answer);
      asked += 1;
    }
    expect(asked, 'every question shown in Dutch').toBe(await fields.count());
    await widget.getByRole('button', { name: 'Controleren' }).click();
    await widget.getByRole('heading', { name: 'Kies een nieuw wachtwoord' }).waitFor();
    await page.screenshot({ path: join(shots, 'bob-dutch.png'), fullPage: true });
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);
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

  /**
   * Waits until an item of "my account"'s list reads like `expected` (whitespace folded), e.g.
   * `Passkey “Work laptop” Added 26 Nov 2026. Not used yet. Rename ... Remove ...`.
   */
  async function expectListed(register: Locator, expected: RegExp): Promise<void> {
    const items = register.getByRole('list', { name: 'Registered methods' }).getByRole('listitem');
    await expect
      .poll(
        async () => (await items.allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim()),
        { timeout: 30_000, interval: 250 },
      )
      .toContainEqual(expect.stringMatching(expected));
  }

  /**
   * Waits for the element's notice (`role=status`) to read `notice`; an error it shows
   * instead (`role=alert`) is what the failure reports.
   */
  async function expectNotice(widget: Locator, notice: string): Promise<void> {
    const texts = async (role: 'alert' | 'status') =>
      (await widget.getByRole(role).allTextContents()).join(' ').replace(/\s+/g, ' ').trim();
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

  /** Alice signs in on the login page and lands on "my account". */
  async function aliceSignsIn(page: Page, origin: string, password: string): Promise<Locator> {
    await page.goto(`${origin}/`);
    await signIn(page, 'alice', password, origin);
    await page.getByRole('heading', { name: 'Hello, alice', exact: true }).waitFor();
    const register = page.locator('openreset-register');
    await register.getByRole('heading', { name: 'Your recovery methods' }).waitFor();
    return register;
  }

  /** The names of the methods the method step offers (its radios' labels). */
  function offeredMethods(dialog: Locator): Promise<string[]> {
    return dialog
      .getByRole('radio')
      .evaluateAll((radios) =>
        radios.map((radio) =>
          (radio.closest('label')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        ),
      );
  }

  it('alice adds a passkey in my account (virtual authenticator), resets her password with it and signs in', async () => {
    const own = await ownDemo('passkey');
    try {
      const { page, errors } = await newPage();
      // A platform authenticator on this page: it keeps the passkey across the page's
      // navigations, from "my account" to the reset dialog on the login page.
      const cdp = await page.context().newCDPSession(page);
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
      await register.getByRole('button', { name: 'Add a passkey' }).click();
      await register.getByRole('heading', { name: 'Add a passkey' }).waitFor();
      await register.getByLabel('Passkey name').fill('Work laptop');
      await register.getByRole('button', { name: 'Create passkey' }).click();
      await expectNotice(register, 'The passkey was added.');
      await expectListed(register, /^Passkey “Work laptop” Added .+\. Not used yet\./);
      const created = await credentials();
      expect(created).toHaveLength(1);
      expect(created[0]).toMatchObject({ isResidentCredential: true, rpId: 'localhost' });

      await page.getByRole('link', { name: 'Sign out' }).click();
      await page.waitForURL(`${own.origin}/`);
      const dialog = await openRecovery(page, own.origin);
      await dialog.getByLabel('Username or email address').fill('alice');
      await dialog.getByRole('button', { name: 'Next' }).click();
      await dialog.getByRole('heading', { name: 'Choose how to verify it’s you' }).waitFor();
      await dialog.getByRole('radio', { name: 'Use a passkey' }).check();
      await dialog.getByRole('button', { name: 'Next' }).click();
      await dialog.getByRole('heading', { name: 'Use your passkey' }).waitFor();
      await dialog.getByRole('button', { name: 'Use a passkey' }).click();
      await setNewPassword(dialog, 'seven lanterns over the quay');
      const [used] = await credentials();
      expect(used?.signCount, 'the passkey signed the reset').toBeGreaterThan(
        created[0]?.signCount ?? 0,
      );

      await signIn(page, 'alice', 'seven lanterns over the quay', own.origin);
      await expectListed(
        page.locator('openreset-register'),
        /^Passkey “Work laptop” Added .+\. Last used /,
      );
      await page.screenshot({ path: join(shots, 'alice-passkey.png'), fullPage: true });
      expect(errors).toEqual([]);
      await page.context().close();
    } finally {
      await own.stop();
    }
  }, 180_000);

  it('alice adds an authenticator app; at reset SMS alone is not enough, the app must pass next', async () => {
    const own = await ownDemo('authenticator-app');
    try {
      const { page, errors } = await newPage();
      const register = await aliceSignsIn(page, own.origin, 'alice-demo-passphrase');
      await register.getByRole('button', { name: 'Set up an authenticator app' }).click();
      await register.getByRole('heading', { name: 'Set up an authenticator app' }).waitFor();
      await register
        .getByRole('img', { name: 'QR code to scan with your authenticator app' })
        .waitFor();
      // The key as the page shows it, in groups of four, typed into the "app" (otpauth).
      const shown = register.locator('[part="secret"]');
      await expect.poll(() => shown.textContent(), { timeout: 30_000 }).toMatch(/^[A-Z2-7 ]{16,}$/);
      const app = new TOTP({
        secret: Secret.fromBase32(((await shown.textContent()) ?? '').replace(/\s+/g, '')),
        digits: 6,
        period: 30,
        algorithm: 'SHA1',
      });
      // One instant for the code and its step, so the reset's code can be told apart.
      const enrolledAt = Date.now();
      const enrolmentStep = app.counter({ timestamp: enrolledAt });
      await register.getByLabel('6-digit code').fill(app.generate({ timestamp: enrolledAt }));
      await register.getByLabel('Name for this app').fill('Phone');
      await register.getByRole('button', { name: 'Confirm' }).click();
      await expectNotice(register, 'The authenticator app was added.');
      await expectListed(register, /^Authenticator app “Phone” Added .+\. Not used yet\./);

      await page.getByRole('link', { name: 'Sign out' }).click();
      await page.waitForURL(`${own.origin}/`);
      const dialog = await openRecovery(page, own.origin);
      await dialog.getByLabel('Username or email address').fill('alice');
      await dialog.getByRole('button', { name: 'Next' }).click();
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
      await dialog.getByRole('heading', { name: 'Choose how to verify it’s you' }).waitFor();
      await dialog.getByText(NEXT_GATE).waitFor();
      expect(await offeredMethods(dialog)).toEqual(['Enter a code from my authenticator app']);
      await page.screenshot({ path: join(shots, 'alice-next-gate.png'), fullPage: true });

      // The server holds the same line for a script: no password yet, and no email code.
      const complete = await page.request.post(`${own.origin}/api/reset/complete`, {
        data: { flowToken, newPassword: 'a password set with sms alone' },
      });
      expect(complete.status()).toBeGreaterThanOrEqual(400);
      expect((await complete.json()).error.code).toBe('invalid_state');
      const email = flow.methods.find((method: { type: string }) => method.type === 'email');
      const challenge = await page.request.post(`${own.origin}/api/reset/challenge`, {
        data: { flowToken, methodId: email.id, confirm: 'alice@example.com' },
      });
      expect(challenge.status()).toBeGreaterThanOrEqual(400);
      expect((await challenge.json()).error.code).toBe('strong_method_required');

      await dialog.getByRole('radio', { name: 'Enter a code from my authenticator app' }).check();
      await dialog.getByRole('button', { name: 'Next' }).click();
      await dialog
        .getByRole('heading', { name: 'Enter the code from your authenticator app' })
        .waitFor();
      // A code counts once per 30-second step: wait for a step after the enrolment's, as a
      // user would wait for the app's next code.
      await expect
        .poll(() => app.counter(), { timeout: 45_000, interval: 250 })
        .toBeGreaterThan(enrolmentStep);
      await dialog.getByLabel('6-digit code').fill(app.generate());
      await dialog.getByRole('button', { name: 'Verify' }).click();
      await setNewPassword(dialog, 'amber tide under the pier');

      await signIn(page, 'alice', 'amber tide under the pier', own.origin);
      await expectListed(
        page.locator('openreset-register'),
        /^Authenticator app “Phone” Added .+\. Last used /,
      );
      await page.screenshot({ path: join(shots, 'alice-authenticator-app.png'), fullPage: true });
      expect(errors).toEqual([]);
      await page.context().close();
    } finally {
      await own.stop();
    }
  }, 180_000);
});

// Issue 19: the admin page after a refused save, and /outbox without a meta refresh. A demo of
// its own: the test changes the policy (a long organization name, to make long messages).
describe('the demo in Chromium: the admin page and the outbox (issue 19)', () => {
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

  /** The outbox's cards, the page's main and its root that are wider inside than outside. */
  function overflowing(page: Page): Promise<string[]> {
    return page
      .locator('html, main, .outbox > li, .outbox > li > *')
      .evaluateAll((elements) =>
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
      const response = await fetch(`${origin}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
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
    const own = await startDemo(join(ownDataDirs, 'issue-19'));
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
      const policyField = page.getByLabel('Policy (JSON)');
      const policy = JSON.parse(await policyField.inputValue());

      // White text on a white background: refused (low_contrast), the edits still there.
      const unreadable = JSON.stringify(
        { ...policy, branding: { ...policy.branding, textColor: '#ffffff' } },
        null,
        2,
      );
      await policyField.fill(unreadable);
      await page.getByRole('button', { name: 'Save policy' }).click();
      const issues = page.getByRole('alert').getByRole('listitem');
      await expect
        .poll(() => issues.allTextContents(), { timeout: 30_000, interval: 250 })
        .toEqual(['branding.textColor has too little contrast to be read (WCAG AA): low_contrast']);
      expect(await page.title()).toBe('Policy not saved · Admin · OpenReset demo');
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await policyField.inputValue()).toBe(unreadable);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: join(shots, 'admin-refused.png'), fullPage: true });

      // A long name without spaces, saved from the kept edits: messages too long for a line.
      const longName = `Supercalifragilistic${'Expialidocious'.repeat(5)}Org`;
      await policyField.fill(
        JSON.stringify({ ...policy, branding: { ...policy.branding, orgName: longName } }, null, 2),
      );
      await page.getByRole('button', { name: 'Save policy' }).click();
      await expect.poll(() => page.title(), { timeout: 30_000 }).toBe('Admin · OpenReset demo');
      expect(JSON.parse(await policyField.inputValue()).branding.orgName).toBe(longName);

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
      const cards = page.locator('.outbox > li');
      const shown = await cards.count();
      expect(shown).toBeGreaterThanOrEqual(2);
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.locator('meta[http-equiv="refresh" i]').count()).toBe(0);
      await page.getByRole('link', { name: 'Refresh' }).waitFor();
      expect(await overflowing(page)).toEqual([]);
      await page.setViewportSize({ width: 320, height: 640 });
      expect(await overflowing(page), 'at 320 CSS pixels (WCAG 1.4.10)').toEqual([]);
      await page.screenshot({ path: join(shots, 'outbox.png'), fullPage: true });

      // A new message shows without a reload (the page's own script, under its CSP) and is
      // announced (role=status).
      await page.evaluate(() => {
        (window as unknown as { notReloaded: boolean }).notReloaded = true;
      });
      const automatic = page.getByRole('checkbox', { name: 'Update automatically' });
      expect(await automatic.isChecked()).toBe(true);
      await sendCode(own.origin, 'mobileSms', '+31 6 12345678');
      await expect
        .poll(() => cards.count(), { timeout: 30_000, interval: 250 })
        .toBeGreaterThan(shown);
      expect(await page.getByRole('status').textContent()).toMatch(
        /^(1 new message|[2-9] new messages)\.$/,
      );
      expect(
        await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded),
      ).toBe(true);
      expect(await axeViolations(page)).toEqual([]);

      expect(errors).toEqual([]);
      expect(refusedByCsp).toEqual([]);
      await page.context().close();
    } finally {
      await own.stop();
    }
  }, 180_000);
});
