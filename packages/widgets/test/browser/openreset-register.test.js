// <openreset-register> against a real core engine in the page, signed in as alice (a recent
// sign-in, so no password is asked); keyboard only, axe on every step.
import { sendKeys } from '@web/test-runner-commands';
import '../../dist/openreset-register.js';
import {
  alertText,
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

const tab = () => sendKeys({ press: 'Tab' });
const enter = () => sendKeys({ press: 'Enter' });
const type = (text) => sendKeys({ type: text });
const QUESTIONS = [
  'first-pet-name',
  'childhood-nickname',
  'street-at-age-ten',
  'first-stuffed-toy',
];

async function start(markup, policy = {}) {
  const api = createTestEngine({
    policy,
    caller: { userId: 'u-alice', isAdmin: false, authTime: new Date() },
  });
  const element = mount(markup);
  element.client = api.client;
  const root = element.shadowRoot;
  await waitFor(() => queryByRole(root, 'heading', /recovery methods|herstelmethoden/), 'overview');
  return { ...api, element, root };
}

/** Tabs until the focused element's text is `text`. */
async function tabTo(text, limit = 12) {
  for (let i = 0; i < limit; i += 1) {
    await tab();
    if (textOf(deepActiveElement()) === text) return deepActiveElement();
  }
  throw new Error(`Tab never reached ${text}`);
}

describe('<openreset-register>', () => {
  afterEach(cleanup);

  it('adds, verifies and removes an email address by keyboard alone', async () => {
    const { element, root, codeSentTo } = await start(
      '<openreset-register locale="en"></openreset-register>',
    );
    const list = getByRole(root, 'list', 'Registered methods');
    assert(/^Mobile phone \+31/.test(textOf(list.querySelector('li'))), 'the directory mobile');
    assert(/From your organization’s directory/.test(textOf(list)), 'marked as directory data');
    await expectNoAxeViolations(element, 'overview');

    await tabTo('Add an email address');
    await enter();
    const heading = await waitFor(
      () => queryByRole(root, 'heading', 'Add an email address'),
      'add',
    );
    await waitFor(() => deepActiveElement() === heading, 'focus on the add heading');
    await expectNoAxeViolations(element, 'add');
    await tab();
    assert(deepActiveElement() === getByLabel(root, 'Full email address'), 'the email field');
    await type('alice.new@example.org');
    await enter();

    await waitFor(() => queryByRole(root, 'heading', 'Enter the code'), 'verify');
    const code = getByLabel(root, 'Verification code');
    assert(code.autocomplete === 'one-time-code', 'one-time-code');
    await expectNoAxeViolations(element, 'verify');
    await tab();
    await type('000000');
    await enter();
    await waitFor(() => /wrong/.test(alertText(root)), 'the wrong code');
    await waitFor(() => deepActiveElement() === code, 'focus back in the code');
    await expectNoAxeViolations(element, 'verify with an error');
    await type(await codeSentTo('alice.new@example.org'));
    await enter();

    await waitFor(() => queryByRole(root, 'heading', 'Your recovery methods'), 'overview again');
    await waitFor(() => textOf(getByRole(root, 'status')) === 'The method was added.', 'added');
    const remove = getByRole(root, 'button', /^Remove Email /);
    await expectNoAxeViolations(element, 'overview with a registered method');
    remove.focus();
    await enter();
    // Asked first (focus on "Keep it"); Shift+Tab reaches "Yes, remove it".
    await waitFor(() => textOf(deepActiveElement()) === 'Keep it', 'the question');
    await sendKeys({ down: 'Shift' });
    await tab();
    await sendKeys({ up: 'Shift' });
    await enter();
    await waitFor(() => textOf(getByRole(root, 'status')) === 'The method was removed.', 'removed');
    assert(queryByRole(root, 'button', /^Remove Email /) === null, 'the method is gone');
  });

  it('sets security questions in the user’s language', async () => {
    const { element, root, client } = await start(
      '<openreset-register locale="nl"></openreset-register>',
      {
        methods: ['mobileSms', 'email', 'securityQuestions'],
        questions: { predefined: QUESTIONS },
      },
    );
    await tabTo('Beveiligingsvragen instellen');
    await enter();
    await waitFor(() => queryByRole(root, 'heading', 'Beveiligingsvragen instellen'), 'questions');
    const first = getByLabel(root, 'Vraag 1');
    assert(textOf(first.selectedOptions[0]) === 'Hoe heette je eerste huisdier?', 'Dutch texts');
    await expectNoAxeViolations(element, 'questions');
    for (let index = 1; index <= 3; index += 1) {
      await tab(); // the question
      await tab(); // its answer
      await type(`answer number ${index} here`);
    }
    await enter();
    await waitFor(
      () => textOf(getByRole(root, 'status')) === 'Je beveiligingsvragen zijn opgeslagen.',
      'saved',
    );
    const me = await client.getMe();
    assert(
      me.registration.methods.some((method) => method.kind === 'securityQuestions'),
      'the questions are registered',
    );
  });

  it('shows each refused answer next to its own field and offers each question once (issue 19)', async () => {
    const { element, root } = await start('<openreset-register locale="en"></openreset-register>', {
      methods: ['mobileSms', 'email', 'securityQuestions'],
      questions: { predefined: QUESTIONS },
    });
    await tabTo('Set up security questions');
    await enter();
    await waitFor(() => queryByRole(root, 'heading', 'Set up security questions'), 'questions');
    const selects = [1, 2, 3].map((number) => getByLabel(root, `Question ${number}`));
    const answers = [1, 2, 3].map((number) => getByLabel(root, `Answer ${number}`));
    /** No select offers a question another one has chosen. */
    const offeredOnce = () =>
      selects.every((select, index) =>
        [...select.options].every(
          (option) =>
            option.disabled ===
            selects.some((other, at) => at !== index && other.value === option.value),
        ),
      );
    assert(offeredOnce(), 'the chosen questions are not offered in the other selects');

    await tab(); // question 1
    assert(deepActiveElement() === selects[0], 'Tab reaches question 1');
    await sendKeys({ press: 'ArrowDown' }); // skips the questions 2 and 3 have
    await waitFor(() => selects[0].value === 'first-stuffed-toy', 'question 1 changed');
    await waitFor(offeredOnce, 'question 1’s choice withdrawn from the others');
    assert(new Set(selects.map((select) => select.value)).size === 3, 'three questions');
    await expectNoAxeViolations(element, 'questions');

    await tab();
    await type('a fine answer');
    await tab();
    await tab();
    await type('x');
    await tab();
    await tab();
    await type('a fine answer');
    await enter();
    await waitFor(() => alertText(root) === 'Check the marked fields.', 'the refusal');
    const described = (input) =>
      (input.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => textOf(root.getElementById(id)))
        .join(' ');
    await waitFor(() => deepActiveElement() === answers[1], 'focus on the short answer');
    assert(answers[0].getAttribute('aria-invalid') === 'false', 'answer 1 is fine');
    assert(answers[1].getAttribute('aria-invalid') === 'true', 'answer 2 marked');
    assert(/An answer is too short\./.test(described(answers[1])), 'answer 2 says too short');
    assert(answers[2].getAttribute('aria-invalid') === 'true', 'answer 3 marked');
    assert(
      /Give a different answer to each question\./.test(described(answers[2])),
      'answer 3 says it repeats an answer',
    );
    assert(!/too short/.test(described(answers[2])), 'answer 3 has only its own issue');
    assert(!/At least one answer was wrong/.test(textOf(root)), 'not the reset flow’s words');
    await expectNoAxeViolations(element, 'refused answers');
  });
});
