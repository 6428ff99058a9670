// Issue 19's polish of <openreset-register> and of two widgets on one page, each written to
// fail before its fix: confirm before removing a method, no Remove on the only method, the
// organization's name once per page. Built widgets, real engine, signed in as alice.
import { sendKeys } from '@web/test-runner-commands';
import '../../dist/openreset-change.js';
import '../../dist/openreset-register.js';
import {
  assert,
  cleanup,
  createTestEngine,
  deepActiveElement,
  expectNoAxeViolations,
  getByLabel,
  getByRole,
  mount,
  queryByRole,
  textOf,
  waitFor,
} from './helpers.js';

const ALICE = { userId: 'u-alice', isAdmin: false, authTime: new Date() };

/** Mounts `markup` signed in as alice on a fresh engine (`users` replaces the directory). */
function engineFor(options = {}) {
  return createTestEngine({ caller: ALICE, ...options });
}

/** Waits for the overview of `element`. */
const overview = (element) =>
  waitFor(
    () => queryByRole(element.shadowRoot, 'heading', 'Your recovery methods'),
    'the overview',
  );

/** Adds a contact through the API (the code from the outbox). */
async function addContact({ client, codeSentTo }, kind, value) {
  await client.addMethod({ kind, value });
  await client.verifyMethod({ kind, value, code: await codeSentTo(value) });
}

describe('issue 19: <openreset-register>', () => {
  afterEach(cleanup);

  it('asks before removing a method, and keeps it when the user says so', async () => {
    const api = engineFor();
    await addContact(api, 'email', 'alice.new@example.org');
    const element = mount('<openreset-register locale="en"></openreset-register>');
    element.client = api.client;
    const root = element.shadowRoot;
    await overview(element);
    const removes = [];
    const removeMethod = api.client.removeMethod;
    element.client = {
      ...api.client,
      removeMethod: (...args) => {
        removes.push(args[0]);
        return removeMethod(...args);
      },
    };
    const remove = await waitFor(() => queryByRole(root, 'button', /^Remove Email /), 'Remove');
    remove.focus();
    await sendKeys({ press: 'Enter' });
    const question = await waitFor(
      () => root.querySelector('[part~="confirm-remove"]'),
      'the question',
    );
    assert(
      /^Remove Email .+\? You won’t be able to use it/.test(textOf(question)),
      textOf(question),
    );
    assert(removes.length === 0, 'nothing removed yet');
    const keep = getByRole(root, 'button', 'Keep it');
    await waitFor(() => deepActiveElement() === keep, 'focus on Keep it');
    await expectNoAxeViolations(element, 'confirm remove');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => root.querySelector('[part~="confirm-remove"]') === null, 'kept');
    assert(removes.length === 0, 'still nothing removed');
    await waitFor(
      () => deepActiveElement() === getByRole(root, 'button', /^Remove Email /),
      'focus back',
    );

    getByRole(root, 'button', /^Remove Email /).click();
    await waitFor(() => queryByRole(root, 'button', 'Yes, remove it'), 'asked again').then((b) =>
      b.click(),
    );
    await waitFor(() => textOf(getByRole(root, 'status')) === 'The method was removed.', 'removed');
    assert(removes.length === 1, 'removed once');
  });

  it('offers no Remove button on the only method', async () => {
    const api = engineFor({
      users: [{ id: 'u-alice', username: 'alice', password: 'morning tide over quiet water' }],
    });
    await addContact(api, 'email', 'alice.only@example.org');
    const element = mount('<openreset-register locale="en"></openreset-register>');
    element.client = api.client;
    const root = element.shadowRoot;
    await overview(element);
    const list = await waitFor(() => queryByRole(root, 'list', 'Registered methods'), 'the list');
    assert(list.querySelectorAll('li').length === 1, 'one method');
    assert(queryByRole(root, 'button', /^Remove /) === null, 'no Remove button on it');
    await addContact(api, 'mobile', '+31612345678');
    element.client = { ...api.client };
    await waitFor(() => root.querySelectorAll('li').length === 2, 'two methods');
    await waitFor(() => queryByRole(root, 'button', /^Remove /), 'Remove once there are two');
  });
});

describe('issue 19: two widgets on one page', () => {
  afterEach(cleanup);

  it('shows the organization’s name once, above the first of them', async () => {
    const api = engineFor({ policy: { branding: { orgName: 'Acme Corp' } } });
    const page = mount(`<div>
      <openreset-change locale="en"></openreset-change>
      <openreset-register locale="en"></openreset-register>
    </div>`);
    const [change, register] = page.children;
    change.client = api.client;
    register.client = api.client;
    await overview(register);
    await waitFor(() => textOf(change.shadowRoot.querySelector('[part~="org-name"]')), 'a name');
    await register.updateComplete;
    const names = [change, register].flatMap((element) => [
      ...element.shadowRoot.querySelectorAll('[part~="org-name"]'),
    ]);
    assert(names.length === 1, `one organization name (${names.length})`);
    assert(change.shadowRoot.contains(names[0]), 'above the first widget');
  });

  it('counts down before a new code can be sent, as the reset element does (one controller)', async () => {
    const api = engineFor();
    const element = mount(
      '<openreset-register locale="en" resend-cooldown="2"></openreset-register>',
    );
    element.client = api.client;
    const root = element.shadowRoot;
    await overview(element);
    getByRole(root, 'button', 'Add an email address').click();
    await waitFor(() => queryByRole(root, 'heading', 'Add an email address'), 'add');
    getByLabel(root, 'Full email address').value = 'alice.new@example.org';
    getByRole(root, 'button', /^(Send code|Next)$/).click();
    await waitFor(() => queryByRole(root, 'heading', 'Enter the code'), 'verify');
    const resend = getByRole(root, 'button', 'Send a new code');
    assert(resend.disabled, 'not at once');
    const wait = () => textOf(root.querySelector('#resend-wait'));
    assert(/^You can ask for a new code in 0:0[12]\.$/.test(wait()), `a countdown (${wait()})`);
    await expectNoAxeViolations(element, 'register resend cooldown');
    await waitFor(() => !resend.disabled, 'the cooldown ends', 6000);
    assert(wait() === '', 'the countdown is gone');
    resend.click();
    await waitFor(() => /new code is on its way/.test(textOf(getByRole(root, 'status'))), 'sent');
    await waitFor(() => resend.disabled, 'cooling down again');
  });
});
