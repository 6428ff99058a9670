// <openreset-activity> against a real core engine in the page, signed in as an
// administrator: flows run through the public routes first, then the reports, their charts
// (SVG with a summary and a data table), filters, paging, CSV, locales; axe in light and dark.
import { sendKeys } from '@web/test-runner-commands';
import { createAdminClient } from '../../dist/openreset-activity.js';
import {
  assert,
  cleanup,
  createTestEngine,
  deepActiveElement,
  expectNoAxeViolations,
  getByLabel,
  getByRole,
  mount,
  NEW_PASSWORD,
  queryByRole,
  textOf,
  waitFor,
} from './helpers.js';

const ADMIN = { userId: 'u-admin', isAdmin: true, authTime: new Date() };

/** One reset that succeeds by SMS, and one canceled, for alice. */
async function seedFlows({ client, codeSentTo }) {
  const flow = await client.startReset({ identifier: 'alice' });
  const sms = flow.methods.find((method) => method.type === 'mobileSms');
  await client.challengeReset({
    flowToken: flow.flowToken,
    methodId: sms.id,
    confirm: '+31612345678',
  });
  const code = await codeSentTo('+31612345678');
  await client.verifyReset({ flowToken: flow.flowToken, methodId: sms.id, code });
  await client.completeReset({ flowToken: flow.flowToken, newPassword: NEW_PASSWORD });
  const second = await client.startReset({ identifier: 'alice' });
  await client.cancelReset(second.flowToken);
}

async function start(markup = '<openreset-activity locale="en"></openreset-activity>') {
  const api = createTestEngine({ caller: ADMIN });
  await seedFlows(api);
  const admin = createAdminClient({ handler: api.engine.handler });
  const element = mount(markup);
  element.client = admin;
  const root = element.shadowRoot;
  await waitFor(() => rowsOf(root).length > 0, 'the first rows');
  return { ...api, admin, element, root };
}

/** The "Apply filters" button once the last call finished (it reads "Loading…" meanwhile). */
function applyButton(root) {
  return waitFor(() => {
    const button = queryByRole(root, 'button', 'Apply filters');
    return button !== null && !button.disabled && button;
  }, 'Apply filters');
}

/** The rows of the report's table (not of a chart's data table). */
function rowsOf(root) {
  return [...root.querySelectorAll('.table-wrap > table > tbody > tr')].map((row) => textOf(row));
}

describe('<openreset-activity>', () => {
  afterEach(cleanup);

  it('shows reset activity with localized results, a chart per day with its summary and table, and passes axe', async function () {
    // Two axe runs over the charts' tables take a while on a loaded machine.
    this.timeout(60_000);
    const { element, root } = await start();
    const rows = rowsOf(root);
    assert(rows.length === 2, `two flows (${rows.length})`);
    assert(
      rows.some((row) => row.includes('Succeeded') && row.includes('Mobile phone, text message')),
      'the reset',
    );
    assert(
      rows.some((row) => row.includes('Canceled')),
      'the canceled flow',
    );
    const chart = root.querySelector('#chart-per-day');
    assert(chart.getAttribute('role') === 'img', 'the chart is an image');
    const summary = chart.getAttribute('aria-label');
    assert(
      /^2 resets and unlocks from .+: Succeeded 1, Canceled 1\.$/.test(summary),
      `the summary: ${summary}`,
    );
    assert(chart.querySelectorAll('rect').length === 2, 'one bar part per result of today');
    const dayRows = root.querySelectorAll('#chart-per-day-table tbody tr');
    assert(dayRows.length === 30, `a row per day of the range (${dayRows.length})`);
    const methods = root.querySelector('#chart-methods').getAttribute('aria-label');
    assert(methods === 'Methods verified: Mobile phone, text message 1.', methods);
    await expectNoAxeViolations(element, 'reset activity, light');
    element.setAttribute('theme', 'dark');
    await element.updateComplete;
    await expectNoAxeViolations(element, 'reset activity, dark');
  });

  it('shows a chart’s data table by keyboard', async () => {
    const { root } = await start();
    const toggle = root.querySelector('[aria-controls="chart-methods-table"]');
    assert(root.querySelector('#chart-methods-table').className === 'visually-hidden', 'hidden');
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => toggle.getAttribute('aria-expanded') === 'true', 'expanded');
    assert(root.querySelector('#chart-methods-table').className === 'table-wrap', 'shown');
    assert(textOf(toggle) === 'Hide the table', 'the button says what it does now');
  });

  it('filters by result, method and user on the server, before paging, and pages', async () => {
    const { root } = await start(
      '<openreset-activity locale="en" page-size="1"></openreset-activity>',
    );
    assert(rowsOf(root).length === 1, 'one row per page');
    const next = getByRole(root, 'button', 'Next page');
    next.click();
    await waitFor(
      () => textOf(root.querySelector('.table-wrap > table > caption')).endsWith('Page 2'),
      'page 2',
    );
    const previous = getByRole(root, 'button', 'Previous page');
    assert(!previous.disabled, 'back is possible');
    previous.click();
    await waitFor(
      () => textOf(root.querySelector('.table-wrap > table > caption')).endsWith('Page 1'),
      'page 1',
    );

    const result = getByLabel(root, 'Result');
    result.value = 'Canceled';
    result.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    (await applyButton(root)).click();
    await waitFor(() => rowsOf(root)[0]?.includes('Canceled'), 'only canceled flows');
    assert(getByRole(root, 'button', 'Next page').disabled, 'one canceled flow: no next page');

    // The method filter applies before paging: the one SMS flow is alone on page 1 (newest
    // first, the canceled flow would come first on a page filtered afterwards).
    result.value = '';
    result.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    const method = getByLabel(root, 'Method');
    method.value = 'mobileSms';
    method.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    (await applyButton(root)).click();
    await waitFor(
      () => rowsOf(root).length === 1 && rowsOf(root)[0].includes('Succeeded'),
      'only the SMS flow',
    );
    assert(
      queryByRole(root, 'button', 'Next page')?.disabled ?? true,
      'one SMS flow: no next page',
    );

    const user = getByLabel(root, 'User');
    user.value = 'u-alice';
    user.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    (await applyButton(root)).click();
    await waitFor(() => rowsOf(root)[0]?.includes('Succeeded'), 'alice’s SMS flow');
    user.value = 'u-nobody';
    user.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    (await applyButton(root)).click();
    await waitFor(() => textOf(root.querySelector('.base')).includes('Nothing to show.'), 'none');
  });

  it('downloads the whole range as CSV', async () => {
    const { root } = await start();
    const blobs = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob) => {
      blobs.push(blob);
      return original.call(URL, blob);
    };
    try {
      getByRole(root, 'button', 'Download CSV').click();
      await waitFor(() => blobs.length === 1, 'a file');
      const text = await blobs[0].text();
      assert(text.split('\n').filter((line) => line.includes('alice')).length === 2, text);
    } finally {
      URL.createObjectURL = original;
    }
  });

  it('switches views by keyboard and moves focus to the view’s heading', async function () {
    this.timeout(60_000);
    const { element, root } = await start();
    const registrations = getByRole(root, 'button', 'Registration activity');
    registrations.focus();
    await sendKeys({ press: 'Enter' });
    const heading = root.querySelector('#activity-heading');
    await waitFor(() => textOf(heading) === 'Registration activity', 'the view');
    await waitFor(() => deepActiveElement() === heading, 'focus on the heading');
    assert(registrations.getAttribute('aria-pressed') === 'true', 'the view is pressed');
    await expectNoAxeViolations(element, 'registration activity');
    getByRole(root, 'button', 'Audit log').click();
    await waitFor(() => textOf(heading) === 'Audit log', 'the audit view');
    await expectNoAxeViolations(element, 'the audit log');
    getByRole(root, 'button', 'Usage & insights').click();
    await waitFor(() => textOf(heading) === 'Usage & insights', 'the usage view');
    await waitFor(() => !root.querySelector('[aria-pressed="true"]').disabled, 'loaded');
    await expectNoAxeViolations(element, 'usage & insights');
  });

  it('switches from the audit log to reset activity without laying rows out in the old view', async function () {
    this.timeout(60_000);
    const errors = [];
    const record = (event) => errors.push(String(event.reason ?? event.error ?? event.message));
    window.addEventListener('error', record);
    window.addEventListener('unhandledrejection', record);
    try {
      const { root } = await start();
      const heading = root.querySelector('#activity-heading');
      getByRole(root, 'button', 'Audit log').click();
      await waitFor(() => textOf(heading) === 'Audit log', 'the audit view');
      await waitFor(() => !root.querySelector('[aria-pressed="true"]').disabled, 'audit loaded');
      getByRole(root, 'button', 'Reset activity').click();
      await waitFor(() => textOf(heading) === 'Reset activity', 'the reset view');
      await waitFor(() => !root.querySelector('[aria-pressed="true"]').disabled, 'resets loaded');
      assert(root.querySelector('tbody tr') !== null, 'the reset rows show');
      assert(errors.length === 0, `errors while switching views: ${errors.join('; ')}`);
    } finally {
      window.removeEventListener('error', record);
      window.removeEventListener('unhandledrejection', record);
    }
  });

  it('names results and formats dates in the viewer’s language', async () => {
    const { root } = await start('<openreset-activity locale="de"></openreset-activity>');
    await waitFor(() => rowsOf(root).some((row) => row.includes('Abgebrochen')), 'German');
    const time = root.querySelector('.table-wrap > table > tbody > tr > td');
    const expected = new Intl.DateTimeFormat('de', { dateStyle: 'medium' }).format(new Date());
    assert(textOf(time).startsWith(expected), `a German date: ${textOf(time)} (${expected})`);
  });
});
