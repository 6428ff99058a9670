import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { killDemos, type RunningDemo, startDemo } from './start-demo.js';

// End to end, in Debian's Chromium through Playwright, as a new user would: the login page,
// "Can't access your account?", the reset in its dialog with the codes from /outbox.json,
// then sign in with the new password. Runs the built widgets (`npm test` builds first).
// A screenshot of each test's last page goes to a temp folder (kept when OPENRESET_E2E_KEEP
// is set, to look at).

const dataDir = mkdtempSync(join(tmpdir(), 'openreset-e2e-'));
const shots = mkdtempSync(join(tmpdir(), 'openreset-e2e-shots-'));
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
  if (process.env.OPENRESET_E2E_KEEP === undefined) rmSync(shots, { recursive: true, force: true });
  else console.log(`e2e screenshots in ${shots}`);
});

interface OutboxMessage {
  channel: 'sms' | 'voice' | 'email';
  message: { to: string; text?: string };
}

/** Waits for a new message to `to` in /outbox.json (newest first) and returns its code. */
async function codeSentTo(to: string, seen: Set<string>): Promise<string> {
  for (let tries = 0; tries < 100; tries++) {
    const messages = (await (await fetch(`${demo.origin}/outbox.json`)).json()) as OutboxMessage[];
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
async function openRecovery(page: Page): Promise<Locator> {
  await page.goto(`${demo.origin}/`);
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
): Promise<void> {
  await dialog.getByRole('heading', { name: 'Choose how to verify it’s you' }).waitFor();
  await dialog.getByRole('radio', { name: method }).check();
  await dialog.getByRole('button', { name: 'Next' }).click();
  await dialog.getByLabel(confirm.label).fill(confirm.value);
  await dialog.getByRole('button', { name: 'Send code' }).click();
  await dialog.getByRole('heading', { name: 'Enter the code' }).waitFor();
  await dialog.getByLabel('Verification code').fill(await codeSentTo(confirm.to, seen));
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
async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('Username or email').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${demo.origin}/account`);
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
