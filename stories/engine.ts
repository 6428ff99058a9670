// Shared by the stories: core's test engine in the page (`createTestEngine` of the built
// `@openreset/core/testing`: memory adapters and messaging, no mocks), a seeded directory
// per scenario, a client on the engine's handler, and small helpers that drive an element
// through its shadow root the way a user would (fill a field, press a button, wait for a step).
import type { MemoryDirectoryUser } from '@openreset/core/memory';
import {
  createRunningClock,
  createSoftwareAuthenticator,
  createTestEngine,
} from '@openreset/core/testing';
import { createClient, type OpenResetClient } from '@openreset/widgets/client';
import { TOTP } from 'otpauth';

export const ALICE_PASSWORD = 'morning tide over quiet water';
export const NEW_PASSWORD = 'violet harbour quantum teapots';
export const ALICE_MOBILE = '+31612345678';
export const BOB_MOBILE = '+31611112222';
export const QUESTIONS = ['first-pet-name', 'childhood-nickname', 'street-at-age-ten'];

/** A logo that needs no network: an inline SVG. */
export const EXAMPLE_LOGO = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1f5fbf"/><path d="M9 17l5 5 9-11" stroke="#fff" stroke-width="3" fill="none" stroke-linecap="round" stroke-linejoin="round"/></svg>',
)}`;

/** alice: mobile + alternate email; bob: locked out, mobile; carol: nothing registered. */
export const DEFAULT_USERS: MemoryDirectoryUser[] = [
  {
    id: 'u-alice',
    username: 'alice',
    password: ALICE_PASSWORD,
    email: 'alice@example.com',
    givenName: 'Alice',
    contact: { mobile: ALICE_MOBILE, alternateEmail: 'alice.private@example.net' },
  },
  {
    id: 'u-bob',
    username: 'bob',
    password: 'bob original passphrase',
    email: 'bob@example.com',
    lockedOut: true,
    contact: { mobile: BOB_MOBILE },
  },
  { id: 'u-carol', username: 'carol', password: 'carol original passphrase' },
];

export interface ScenarioOptions {
  /** The engine's policy (`PolicyInput` of `@openreset/core`). */
  policy?: Record<string, unknown>;
  /** The directory's users. @default {@link DEFAULT_USERS} */
  users?: MemoryDirectoryUser[];
  /** Who the handler treats as signed in (for the account elements). @default nobody */
  signedIn?: string;
  /** Security questions to register for `signedIn` before the story renders. */
  questionsFor?: string;
  /** Make every call fail as if the service were unreachable. */
  offline?: boolean;
  /** The signed-in caller is an administrator (the admin elements' stories). */
  admin?: boolean;
  /** Make this page the engine's WebAuthn relying party (for passkeys). */
  webauthn?: boolean;
  /**
   * Who is signed in while the story's data is seeded (then nobody, unless `signedIn`).
   * @default signedIn ?? questionsFor
   */
  seedAs?: string;
  /**
   * Passkeys to register for the seeded user before the story renders, by name, made by
   * core's software authenticator (needs `webauthn`).
   */
  passkeys?: string[];
  /** Authenticator apps to register for the same user before the story renders, by name. */
  authenticatorApps?: string[];
}

/** The engine's WebAuthn relying party in a story: the Storybook page itself. */
export const storyRelyingParty = () => ({
  rpId: location.hostname,
  rpName: 'OpenReset stories',
  origins: [location.origin],
});

/** An authenticator app's current code for `secret` (what the user would type). */
export const appCodeFor = (secret: string, at: number): string =>
  new TOTP({ secret, algorithm: 'SHA1', digits: 6, period: 30 }).generate({ timestamp: at });

/** The answer the seeded security questions expect for `questionId`. */
export const answerFor = (questionId: string): string =>
  `secret answer ${QUESTIONS.indexOf(questionId)}`;

/** Builds a fresh engine for one story: nothing is shared between stories. */
export async function createScenario(options: ScenarioOptions = {}) {
  let caller: string | undefined = options.seedAs ?? options.signedIn ?? options.questionsFor;
  const testbed = createTestEngine({
    ...(options.webauthn ? { webauthn: storyRelyingParty() } : {}),
    users: options.users ?? DEFAULT_USERS,
    // Real time that a story can move forward (to expire a flow).
    clock: createRunningClock(),
    policy: (options.policy ?? {}) as never,
    http: {
      authenticate: () =>
        caller === undefined
          ? null
          : { userId: caller, isAdmin: options.admin === true, authTime: new Date() },
    },
  });
  const { engine } = testbed;
  /** The last flow the engine answered with (to pick a method by type, whatever the locale). */
  let lastFlow: { methods: { id: string; type: string; used: boolean }[] } | undefined;
  const handler = async (request: Request): Promise<Response> => {
    if (options.offline) throw new TypeError('Failed to fetch');
    const response = await engine.handler(request);
    const body: unknown = await response
      .clone()
      .json()
      .catch(() => undefined);
    if (typeof body === 'object' && body !== null && 'flowToken' in body && 'methods' in body) {
      lastFlow = body as typeof lastFlow;
    }
    return response;
  };
  const client: OpenResetClient = createClient({ handler });
  if (options.questionsFor !== undefined) {
    await client.setQuestions({
      answers: QUESTIONS.map((questionId) => ({ questionId, answer: answerFor(questionId) })),
    });
  }
  /** The secrets of the authenticator apps registered before the story. */
  const appSecrets: string[] = [];
  if (caller !== undefined) {
    const authenticator = createSoftwareAuthenticator({ origin: location.origin });
    for (const name of options.passkeys ?? []) {
      const { publicKey } = await client.passkeyOptions();
      await client.addPasskey({ name, credential: await authenticator.create(publicKey) });
    }
    for (const name of options.authenticatorApps ?? []) {
      const setup = await client.setupAuthenticator();
      const code = appCodeFor(setup.secret, testbed.clock.now().getTime());
      await client.addAuthenticator({ enrolmentToken: setup.enrolmentToken, code, name });
      appSecrets.push(setup.secret);
    }
  }
  caller = options.signedIn;

  /** The id of the current flow's unused method of `type`. */
  function methodOf(type: string): string {
    const method = lastFlow?.methods.find(
      (candidate) => candidate.type === type && !candidate.used,
    );
    if (method === undefined) throw new Error(`the flow offers no ${type}`);
    return method.id;
  }

  return { ...testbed, client, methodOf, appSecrets };
}

export type Scenario = Awaited<ReturnType<typeof createScenario>>;

/** A Storybook loader that builds the scenario; the story reads it as `loaded.scenario`. */
export const scenarioLoader =
  (options: ScenarioOptions = {}) =>
  async (): Promise<{ scenario: Scenario }> => ({ scenario: await createScenario(options) });

// Driving an element -------------------------------------------------------------------

/** Waits until `check()` returns a truthy value, and returns it. */
export async function waitFor<T>(
  check: () => T | null | undefined | false,
  what = 'condition',
  timeout = 5000,
): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The element `tag` in the story's canvas, once it rendered its shadow root. */
export async function elementIn(canvas: HTMLElement, tag: string): Promise<HTMLElement> {
  return waitFor(() => {
    const element = canvas.querySelector<HTMLElement>(tag);
    return element?.shadowRoot ? element : null;
  }, `<${tag}>`);
}

const rootOf = (element: HTMLElement): ShadowRoot => {
  if (element.shadowRoot === null) throw new Error('no shadow root');
  return element.shadowRoot;
};

const textOf = (node: Element | null | undefined): string =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * Runs `action` and waits for the element to show `step` (its `openreset-step` event), so a
 * story reaches a step the same way in every locale.
 */
export async function toStep(
  element: HTMLElement,
  step: string,
  action: () => unknown,
  timeout = 5000,
): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const shown = new Promise<void>((resolve, reject) => {
    const listener = (event: Event) => {
      if ((event as CustomEvent<{ step: string }>).detail.step !== step) return;
      element.removeEventListener('openreset-step', listener);
      resolve();
    };
    element.addEventListener('openreset-step', listener);
    timer = setTimeout(() => reject(new Error(`Timed out waiting for step ${step}`)), timeout);
  });
  await action();
  await shown.finally(() => clearTimeout(timer));
  await (element as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
}

/** Waits for the first step to be ready (a field or a button, not "Loading…"). */
export function waitForReady(element: HTMLElement): Promise<Element> {
  return waitFor(() => rootOf(element).querySelector('input, button'), 'the first step');
}

/** Types `value` into the field matched by `selector`, as input events. */
export async function fill(element: HTMLElement, selector: string, value: string): Promise<void> {
  const input = await waitFor(
    () => rootOf(element).querySelector<HTMLInputElement>(selector),
    selector,
  );
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Clicks the enabled button whose text matches `text` (the primary one when omitted). */
export async function press(element: HTMLElement, text?: string | RegExp): Promise<void> {
  const button = await waitFor(
    () =>
      [...rootOf(element).querySelectorAll<HTMLButtonElement>('button')].find(
        (candidate) =>
          !candidate.disabled &&
          (text === undefined
            ? candidate.classList.contains('primary')
            : typeof text === 'string'
              ? textOf(candidate) === text
              : text.test(textOf(candidate))),
      ),
    `button ${text ?? '(primary)'}`,
  );
  button.click();
}

/** Checks the radio whose label matches `label`. */
export async function choose(element: HTMLElement, label: RegExp): Promise<void> {
  const radio = await waitFor(
    () =>
      [...rootOf(element).querySelectorAll<HTMLInputElement>('input[type="radio"]')].find(
        (candidate) => label.test(textOf(candidate.closest('label'))),
      ),
    `radio ${label}`,
  );
  radio.click();
}

/** Waits until the element's alert region says something. */
export function waitForAlert(element: HTMLElement): Promise<Element> {
  return waitFor(() => {
    const alert = rootOf(element).querySelector('[role="alert"]');
    return textOf(alert) === '' ? null : alert;
  }, 'an error');
}

/** Waits until no call is in flight (no button shows the busy state). */
export function waitForIdle(element: HTMLElement): Promise<boolean> {
  return waitFor(
    () => [...rootOf(element).querySelectorAll('button')].every((button) => !button.disabled),
    'the element to be idle',
  );
}
