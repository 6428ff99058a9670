// <openreset-reset> with the engine's ALTCHA captcha (issue 15): the element fetches a
// challenge, solves the proof of work with Web Crypto (a lazily loaded module), shows its
// progress, and sends the solution with POST /reset. Built widgets, real engine.
import '../../dist/openreset-reset.js';
import {
  alertText,
  assert,
  cleanup,
  createTestEngine,
  expectNoAxeViolations,
  getByLabel,
  getByRole,
  mount,
  queryByRole,
  waitFor,
} from './helpers.js';

describe('<openreset-reset> with ALTCHA', () => {
  afterEach(cleanup);

  it('solves the proof of work, shows its progress, and starts the reset with the solution', async () => {
    const api = createTestEngine({ captcha: { provider: 'altcha', maxNumber: 20000 } });
    const config = await api.client.getConfig();
    assert(config.captcha?.provider === 'altcha', 'the engine asks for ALTCHA');
    const element = mount('<openreset-reset locale="en"></openreset-reset>');
    const sent = [];
    element.client = {
      ...api.client,
      startReset: (input) => {
        sent.push(input);
        return api.client.startReset(input);
      },
    };
    const root = element.shadowRoot;
    const progress = [];
    new MutationObserver(() => {
      const bar = root.querySelector('progress');
      if (bar !== null) progress.push(bar.getAttribute('aria-label'));
    }).observe(root, { childList: true, subtree: true, attributes: true });
    await waitFor(() => queryByRole(root, 'textbox'), 'the first step');
    getByLabel(root, 'Username or email address').value = 'alice';
    getByRole(root, 'button', 'Next').click();
    await waitFor(
      () => queryByRole(root, 'heading', 'Choose how to verify it’s you') || alertText(root),
      'the method step',
      30_000,
    );
    assert(alertText(root) === '', `no refusal (${alertText(root)})`);
    assert(sent.length === 1 && typeof sent[0].captcha === 'string', 'a solution was sent');
    const solution = JSON.parse(atob(sent[0].captcha));
    assert(Number.isInteger(solution.number) && solution.algorithm === 'SHA-256', 'ALTCHA JSON');
    assert(progress.includes('Checking that you’re a person'), `progress shown (${progress})`);
    await expectNoAxeViolations(element, 'after the captcha');
  });
});
