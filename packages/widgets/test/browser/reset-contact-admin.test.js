// Issue 14: "Contact your administrator" where the user is stuck. A blocked flow offers a
// button (the policy names no helpdesk) that tells the tenant's admins through
// POST /reset/contact-admin, then says so; an unknown user's blocked flow shows the very
// same. Built widgets, real engine in the page.
import '../../dist/openreset-reset.js';
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

const BLOCKED = 'Self-service is blocked for now';

/** Waits for the heading `name` of a step. */
const step = (root, name) => waitFor(() => queryByRole(root, 'heading', name), `"${name}"`, 8000);

const USERS = [
  {
    id: 'u-alice',
    username: 'alice',
    password: 'morning tide over quiet water',
    email: 'alice@example.com',
    contact: { mobile: '+31612345678' },
  },
  {
    id: 'u-admin',
    username: 'admin',
    password: 'admin original passphrase',
    email: 'admin@example.com',
    isAdmin: true,
  },
];

/**
 * Mounts the element on a policy with `helpdesk`, identifies as `identifier` and fails the
 * SMS code until the flow is blocked.
 */
async function reachBlocked(identifier, helpdesk = {}) {
  const api = createTestEngine({
    users: USERS,
    policy: { methods: ['mobileSms', 'email'], limits: { failedProofsPerDay: 1 }, helpdesk },
  });
  const element = mount('<openreset-reset locale="en"></openreset-reset>');
  element.client = api.client;
  const root = element.shadowRoot;
  await waitFor(() => queryByRole(root, 'textbox'), 'the first step', 8000);
  getByLabel(root, 'Username or email address').value = identifier;
  getByRole(root, 'button', 'Next').click();
  await step(root, 'Choose how to verify it’s you');
  getByRole(root, 'radio', /text/i).click();
  getByRole(root, 'button', 'Next').click();
  await step(root, 'Confirm your phone number');
  getByLabel(root, /phone number/i).value = '+31612345678';
  getByRole(root, 'button', /Send/).click();
  await step(root, 'Enter the code');
  // Each wrong code is refused (openreset-error); the limit blocks at the latest on the second.
  let refusals = 0;
  element.addEventListener('openreset-error', () => {
    refusals += 1;
  });
  for (let i = 0; i < 3 && !queryByRole(root, 'heading', BLOCKED); i += 1) {
    getByLabel(root, /code/i).value = '000000';
    getByRole(root, 'button', 'Verify').click();
    await waitFor(
      () =>
        refusals > i &&
        (queryByRole(root, 'heading', BLOCKED) ||
          queryByRole(root, 'button', 'Verify')?.disabled === false),
      'the refusal',
      8000,
    );
  }
  await step(root, BLOCKED);
  return { ...api, element, root };
}

describe('issue 14: <openreset-reset> "Contact your administrator"', () => {
  afterEach(cleanup);

  it('tells the admins from the blocked step and says so, the same for an unknown user', async () => {
    const footers = [];
    for (const identifier of ['alice', 'nobody']) {
      const { element, root, storage } = await reachBlocked(identifier);
      const button = getByRole(root, 'button', 'Contact your administrator');
      await expectNoAxeViolations(element, `${identifier} blocked, with the button`);
      button.focus();
      button.click();
      const told = await waitFor(
        () => /Your administrator has been told\./.test(textOf(root.querySelector('.footer'))),
        'the confirmation',
        8000,
      );
      assert(told, 'the confirmation shows');
      assert(
        !queryByRole(root, 'button', 'Contact your administrator'),
        'the button is gone once used',
      );
      await waitFor(
        () => textOf(deepActiveElement()) === 'Your administrator has been told.',
        'focus on the confirmation',
        8000,
      );
      await expectNoAxeViolations(element, `${identifier} told`);
      footers.push(textOf(root.querySelector('.base')));
      const events = (await storage.audit.query({ tenantId: 'default', limit: 100 })).events;
      const contacted = events.filter((event) => event.type === 'flow.contacted_admin');
      assert(contacted.length === 1, `${identifier}: one contacted_admin event`);
      const mails = await storage.outbox.listByCorrelation('default', contacted[0].correlationId);
      const notices = mails.filter((mail) => mail.purpose === 'help_requested_notice');
      assert(
        notices.length === (identifier === 'alice' ? 1 : 0),
        `${identifier}: admins mailed only for a real user`,
      );
      cleanup();
    }
    assert(footers[0] === footers[1], 'a real and an unknown user see the same page');
  });

  it('shows the policy’s helpdesk address instead of the button', async () => {
    const { root } = await reachBlocked('alice', { email: 'help@example.com' });
    const link = getByRole(root, 'link', 'Email your helpdesk at help@example.com');
    assert(link.href === 'mailto:help@example.com', 'the helpdesk address');
    assert(!queryByRole(root, 'button', 'Contact your administrator'), 'no button');
  });
});
