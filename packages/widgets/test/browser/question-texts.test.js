// Issue 19: the predefined questions' texts are a chunk per locale. A Dutch reset with security
// questions shows them in Dutch and downloads the Dutch texts only. The element is the
// standalone build, as a host serves the folder (imported first, so it is the one that defines
// `<openreset-reset>`): its chunks have URLs of their own under `standalone/chunks/`, apart from
// the in-page engine's (core's dist, which holds every locale), and the page's resource timings
// count them. Real engine.
import '../../dist/standalone/openreset-reset.js';
import {
  assert,
  cleanup,
  createTestEngine,
  expectNoAxeViolations,
  getByLabel,
  getByRole,
  mount,
  queryByRole,
  textOf,
  waitFor,
} from './helpers.js';

const QUESTIONS = ['first-pet-name', 'childhood-nickname', 'street-at-age-ten'];
const DUTCH = {
  heading: 'Stel je wachtwoord opnieuw in',
  username: 'Gebruikersnaam of e-mailadres',
  next: 'Volgende',
  methodHeading: 'Kies hoe je bevestigt dat jij het bent',
  questions: 'Mijn beveiligingsvragen beantwoorden',
  questionsHeading: 'Beantwoord je beveiligingsvragen',
};

/** The standalone element's question-text chunks this page has requested so far. */
function questionTextRequests() {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => /\/standalone\/chunks\/question-texts[\w-]*\.js/.test(name));
}

describe('predefined question texts', () => {
  afterEach(cleanup);

  it('loads only the Dutch chunk for a Dutch reset, and shows the questions in Dutch', async function () {
    this.timeout(60_000);
    // The page has loaded hundreds of modules: make room, and count from here.
    performance.setResourceTimingBufferSize(10_000);
    performance.clearResourceTimings();
    const api = createTestEngine({
      policy: {
        methods: ['mobileSms', 'email', 'securityQuestions'],
        questions: { predefined: QUESTIONS },
      },
      caller: { userId: 'u-alice', isAdmin: false, authTime: new Date() },
    });
    await api.client.setQuestions({
      answers: QUESTIONS.map((questionId, index) => ({ questionId, answer: `answer ${index}` })),
    });
    const element = mount('<openreset-reset locale="nl"></openreset-reset>');
    element.client = api.client;
    const root = element.shadowRoot;
    await waitFor(() => queryByRole(root, 'heading', DUTCH.heading), 'the Dutch identify step');
    getByLabel(root, DUTCH.username).value = 'alice';
    getByRole(root, 'button', DUTCH.next).click();
    await waitFor(() => queryByRole(root, 'heading', DUTCH.methodHeading), 'the method step');
    assert(questionTextRequests().length === 0, 'no question texts before the questions step');
    getByRole(root, 'radio', DUTCH.questions).click();
    getByRole(root, 'button', DUTCH.next).click();
    await waitFor(() => queryByRole(root, 'heading', DUTCH.questionsHeading), 'the questions');

    const labels = [...root.querySelectorAll('input[data-question]')].map((input) =>
      textOf(root.querySelector(`label[for="${input.id}"]`)),
    );
    assert(labels.length === 3, `three questions (${labels})`);
    const dutch = [
      'Hoe heette je eerste huisdier?',
      'Welke bijnaam gaf je familie je toen je klein was?',
      'In welke straat woonde je toen je tien jaar was?',
    ];
    for (const label of labels) assert(dutch.includes(label), `a Dutch question: ${label}`);
    const requests = questionTextRequests();
    assert(requests.length === 1, `one question-text chunk requested (${requests})`);
    assert(
      /\/standalone\/chunks\/question-texts-nl-[\w-]{8}\.js$/.test(requests[0]),
      `the nl chunk (${requests[0]})`,
    );
    await expectNoAxeViolations(element, 'the Dutch questions');
  });
});
