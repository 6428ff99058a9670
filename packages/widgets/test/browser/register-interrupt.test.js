// <openreset-register mode="interrupt"> (issue 15, "remind me later"): after sign-in, a user
// the server asks to register is shown the form with "Skip for now (N left)", which postpones
// (POST /me/sign-in-check/postpone); `openreset-interrupt-done` tells the host to go on.
import '../../dist/openreset-register.js';
import {
  assert,
  cleanup,
  createTestEngine,
  expectNoAxeViolations,
  getByRole,
  mount,
  queryByRole,
  textOf,
  waitFor,
} from './helpers.js';

const CAROL = { userId: 'u-carol', isAdmin: false, authTime: new Date() };
const POLICY = {
  requireRegistration: true,
  registrationReminder: { postponeDays: 0, maxPostpones: 2 },
};

/** An engine with carol (nothing registered), signed in, and the element in interrupt mode. */
async function start() {
  const api = createTestEngine({
    policy: POLICY,
    caller: CAROL,
    users: [{ id: 'u-carol', username: 'carol', password: 'carol long passphrase here' }],
  });
  const element = mount('<openreset-register locale="en" mode="interrupt"></openreset-register>');
  element.client = api.client;
  const done = [];
  element.addEventListener('openreset-interrupt-done', (event) => done.push(event.detail));
  const root = element.shadowRoot;
  await waitFor(() => queryByRole(root, 'heading', 'Your recovery methods'), 'the overview');
  return { ...api, element, root, done };
}

describe('<openreset-register mode="interrupt">', () => {
  afterEach(cleanup);

  it('offers "Skip for now (2 left)", postpones on the server and tells the host', async () => {
    const { element, root, done, client } = await start();
    const skip = await waitFor(
      () => queryByRole(root, 'button', 'Skip for now (2 left)'),
      'the skip button',
    );
    await expectNoAxeViolations(element, 'interrupt');
    skip.click();
    await waitFor(() => done.length === 1, 'openreset-interrupt-done');
    assert(done[0].skipped === true, 'skipped');
    assert(done[0].postponesLeft === 1, `one postpone left (${done[0].postponesLeft})`);
    const check = await client.signInCheck();
    assert(check.postponesLeft === 1, `the server counted it (${check.postponesLeft})`);
  });

  it('offers no skip once none is left, and says done when the methods are registered', async () => {
    const { root, done, client, codeSentTo, element } = await start();
    await waitFor(() => queryByRole(root, 'button', 'Skip for now (2 left)'), 'two skips at first');
    await client.postponeSignInCheck();
    await client.postponeSignInCheck();
    element.client = { ...client };
    await waitFor(() => queryByRole(root, 'button', /^Skip for now/) === null, 'no skip left');
    assert(queryByRole(root, 'button', 'Add a phone number'), 'registering is still offered');
    await client.addMethod({ kind: 'email', value: 'carol@example.org' });
    await client.verifyMethod({
      kind: 'email',
      value: 'carol@example.org',
      code: await codeSentTo('carol@example.org'),
    });
    element.client = { ...client };
    const next = await waitFor(() => queryByRole(root, 'button', 'Continue'), 'Continue');
    assert(/You’re all set/.test(textOf(root.querySelector('.base'))), 'registered');
    next.click();
    await waitFor(() => done.length === 1, 'openreset-interrupt-done');
    assert(done[0].skipped === false, 'done, not skipped');
    assert(getByRole(root, 'heading', 'Your recovery methods'), 'still shown');
  });
});
