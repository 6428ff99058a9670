import { createOpenReset, type OpenReset, type OpenResetOptions } from '../create-open-reset.js';
import type { ServerKey } from '../crypto/keyring.js';
import { createPbkdf2Hasher } from '../crypto/pbkdf2-hasher.js';
import { createFakeClock, type FakeClock } from '../memory/fake-clock.js';
import {
  createMemoryDirectory,
  type MemoryDirectory,
  type MemoryDirectoryUser,
} from '../memory/memory-directory.js';
import {
  createMemoryMessaging,
  type MemoryMessaging,
  type MessagingChannel,
  type SentMessage,
} from '../memory/memory-messaging.js';
import { createMemoryStorage } from '../memory/memory-storage.js';
import { createSeededRandom } from '../memory/seeded-random.js';
import { type Directory, DirectoryError } from '../ports/directory.js';
import type { PasswordHasher } from '../ports/hasher.js';
import type { Random } from '../ports/random.js';
import type { Storage } from '../ports/storage.js';
import { normalizeAnswer } from '../questions/normalize-answer.js';

/** When a test engine's fake clock starts: `2026-11-24T10:00:00Z`. */
export const TEST_START: Date = new Date('2026-11-24T10:00:00Z');

/** The server key of every test engine (32+ bytes, no secret). */
export const TEST_KEYS: readonly ServerKey[] = [
  { id: 'k1', secret: 'test secret of at least thirty-two bytes!' },
];

/** The administrator of {@link TEST_USERS} (a mobile and an alternate email). */
export const TEST_ADMIN: MemoryDirectoryUser = {
  id: 'u-admin',
  username: 'admin',
  password: 'admin original passphrase',
  email: 'admin@example.com',
  isAdmin: true,
  contact: { mobile: '+31687654321', alternateEmail: 'admin.alt@example.org' },
};

/**
 * The users of a test engine's memory directory when a suite names none: alice (mobile,
 * work and alternate email), erin (mobile and work email) and an admin (mobile and
 * alternate email).
 */
export const TEST_USERS: readonly MemoryDirectoryUser[] = [
  {
    id: 'u-alice',
    username: 'alice',
    password: 'morning tide over quiet water',
    email: 'alice@example.com',
    givenName: 'Alice',
    contact: { mobile: '+31612345678', alternateEmail: 'alice.private@example.net' },
  },
  {
    id: 'u-erin',
    username: 'erin',
    password: 'erin original passphrase',
    email: 'erin@example.com',
    contact: { mobile: '+31611112222' },
  },
  TEST_ADMIN,
];

/**
 * Users a suite adds to {@link TEST_USERS} where it needs them: carol (a work email only),
 * dave (disabled, a mobile) and lou (locked out, a mobile).
 */
export const MORE_TEST_USERS: readonly MemoryDirectoryUser[] = [
  { id: 'u-carol', username: 'carol', password: 'x', email: 'carol@example.com' },
  {
    id: 'u-dave',
    username: 'dave',
    password: 'x',
    disabled: true,
    contact: { mobile: '+31600000001' },
  },
  {
    id: 'u-lou',
    username: 'lou',
    password: 'lou original passphrase',
    lockedOut: true,
    contact: { mobile: '+31600000002' },
  },
];

const ALL_CHANNELS: readonly MessagingChannel[] = ['sms', 'voice', 'email'];
const STORES = [
  'flows',
  'challenges',
  'registrations',
  'audit',
  'outbox',
  'counters',
  'policies',
] as const satisfies readonly (keyof Storage)[];

/** Options of {@link createTestEngine}; everything else is passed to `createOpenReset`. */
export interface TestEngineOptions<D extends Directory = MemoryDirectory>
  extends Omit<OpenResetOptions, 'storage' | 'directory' | 'keys' | 'clock' | 'random'> {
  /** The storage under test, e.g. SQLite or PostgreSQL. @default createMemoryStorage() */
  storage?: Storage;
  /**
   * The directory under test (SQL, LDAP). Build it with the same `hasher` when the engine
   * must read its password history. @default a memory directory of `users`
   */
  directory?: D;
  /** The memory directory's users; a `TypeError` with `directory`. @default TEST_USERS */
  users?: readonly MemoryDirectoryUser[];
  /** The memory directory acts as an external one, so `policy.writeback` applies. @default false */
  external?: boolean;
  /** @default TEST_KEYS */
  keys?: readonly ServerKey[];
  /**
   * Another engine's clock (one store, two instances), one at another instant, or
   * `createRunningClock()` where real time must pass (a page). @default createFakeClock(TEST_START)
   */
  clock?: FakeClock;
  /** Seed of the engine's random. @default 1 */
  seed?: number;
  /**
   * The memory messaging channels the engine gets a sender for (`sms`, `voice`, `email`
   * given in the options replace the memory one). @default ['sms', 'voice', 'email']
   */
  channels?: readonly MessagingChannel[];
}

/** A hasher that counts its `verify` calls, so a test can tell how many slow hashes ran. */
export interface CountingHasher extends PasswordHasher {
  /** `verify` calls so far; a test may reset it to 0. */
  verifications: number;
}

/** What {@link createTestEngine} returns: the engine, its ports and helpers that read them. */
export interface TestEngine<D extends Directory = MemoryDirectory> {
  engine: OpenReset;
  /** The storage itself (calls on it are not counted). */
  storage: Storage;
  /** The directory itself (calls on it are not counted, and writeback never fails). */
  directory: D;
  /** Every message the engine's memory senders delivered. */
  messaging: MemoryMessaging;
  clock: FakeClock;
  random: Random;
  /** The engine's hasher (the memory directory hashes passwords uncounted). */
  hasher: CountingHasher;
  /** The engine's storage and directory calls so far, by `store.method` or `directory.method`. */
  calls: Map<string, number>;
  /**
   * Set `failing` to make the engine's `directory.resetPassword` reject with
   * `DirectoryError` `unavailable`, as when the directory refuses a write.
   */
  writeback: { failing: boolean };
  /** Delivers the outbox and returns the code in the newest message to `to`; throws if none. */
  codeSentTo(to: string): Promise<string>;
  /** Stores security answers for a user (hashed as registration does), without a flow. */
  registerAnswers(userId: string, answers: Readonly<Record<string, string>>): Promise<void>;
}

/**
 * The one engine set-up of every test suite (internal: core's, the adapters', the widgets'
 * browser tests and Storybook): a real `createOpenReset` with nothing mocked, on memory
 * storage and a memory directory of `users` by default, or on the `storage` and
 * `directory` a suite passes (SQLite, PostgreSQL, LDAP). Always a fake clock (at
 * {@link TEST_START}), a seeded random, a cheap counting hasher (PBKDF2 at 1,000
 * iterations unless `hasher` is given) and memory messaging, so runs repeat exactly.
 *
 * The engine sees its storage and directory through counting wrappers (`calls`) and a
 * writeback switch (`writeback.failing`); `storage` and `directory` in the result are the
 * unwrapped ones. Runtime-agnostic: no `node:` import, so it runs in a browser.
 *
 * @throws {TypeError} when both `directory` and `users` are given.
 *
 * @example
 * ```ts
 * const { engine, codeSentTo } = createTestEngine({ policy: { methods: ['mobileSms', 'email'] } });
 * const flow = await engine.recovery.start({ identifier: 'alice' });
 * await engine.recovery.challenge({ flowToken: flow.flowToken, methodId: 'm1', confirm: '+31612345678' });
 * const code = await codeSentTo('+31612345678');
 * ```
 */
export function createTestEngine<D extends Directory = MemoryDirectory>(
  options: TestEngineOptions<D> = {},
): TestEngine<D> {
  const {
    storage = createMemoryStorage(),
    directory: given,
    users,
    external,
    keys = TEST_KEYS,
    clock = createFakeClock(TEST_START),
    seed = 1,
    channels = ALL_CHANNELS,
    ...engineOptions
  } = options;
  if (given !== undefined && users !== undefined)
    throw new TypeError('pass either a directory or users for the memory directory');
  const random = createSeededRandom(seed);
  const inner = options.hasher ?? createPbkdf2Hasher({ iterations: 1000, random });
  const hasher: CountingHasher = {
    verifications: 0,
    hash: (text) => inner.hash(text),
    needsRehash: (hash) => inner.needsRehash(hash),
    verify(hash, text) {
      hasher.verifications += 1;
      return inner.verify(hash, text);
    },
  };
  const directory =
    given ??
    (createMemoryDirectory({
      hasher: inner,
      clock,
      users: users ?? TEST_USERS,
      external: external ?? false,
    }) as unknown as D);
  const messaging = createMemoryMessaging();
  const writeback = { failing: false };

  // Every storage and directory call, counted by name, so tests can compare the work paths do.
  const calls = new Map<string, number>();
  const counted = <T extends object>(name: string, target: T): T =>
    new Proxy(target, {
      get(object, key, receiver) {
        const value: unknown = Reflect.get(object, key, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          calls.set(`${name}.${String(key)}`, (calls.get(`${name}.${String(key)}`) ?? 0) + 1);
          if (name === 'directory' && key === 'resetPassword' && writeback.failing)
            return Promise.reject(new DirectoryError('unavailable', 'simulated outage'));
          return value.apply(object, args);
        };
      },
    });
  const countedStorage = Object.fromEntries([
    ...STORES.map((store) => [store, counted(store, storage[store])]),
    ...(storage.transaction === undefined
      ? []
      : [['transaction', storage.transaction.bind(storage)]]),
    ...(storage.outsideTransaction === undefined
      ? []
      : [['outsideTransaction', storage.outsideTransaction.bind(storage)]]),
  ]) as unknown as Storage;
  const sender = <C extends MessagingChannel>(channel: C) =>
    engineOptions[channel] ?? (channels.includes(channel) ? messaging[channel] : undefined);

  const engine = createOpenReset({
    ...engineOptions,
    storage: countedStorage,
    directory: counted('directory', directory),
    keys,
    clock,
    random,
    hasher,
    sms: sender('sms'),
    voice: sender('voice'),
    email: sender('email'),
  });

  async function codeSentTo(to: string): Promise<string> {
    await engine.dispatcher.runOnce();
    const sent = [...messaging.sent].reverse().find((entry) => entry.message.to === to);
    if (sent === undefined) throw new Error(`nothing was sent to ${to}`);
    return codeOf(sent);
  }

  async function registerAnswers(userId: string, answers: Readonly<Record<string, string>>) {
    const now = clock.now();
    await storage.registrations.save(
      {
        tenantId: options.tenantId ?? 'default',
        userId,
        revision: 1,
        reconfirmedAt: now,
        updatedAt: now,
        methods: [
          {
            id: 'q',
            kind: 'securityQuestions',
            createdAt: now,
            verifiedAt: now,
            answers: await Promise.all(
              Object.entries(answers).map(async ([questionId, answer]) => ({
                questionId,
                answerHash: await inner.hash(normalizeAnswer(answer)),
              })),
            ),
          },
        ],
      },
      null,
    );
  }

  return {
    engine,
    storage,
    directory,
    messaging,
    clock,
    random,
    hasher,
    calls,
    writeback,
    codeSentTo,
    registerAnswers,
  };
}

/** The code in a message: a voice call's `code`, or the first 6 to 8 digits of a text. */
function codeOf(sent: SentMessage): string {
  if (sent.channel === 'voice') return sent.message.code;
  const match = /\b(\d{6,8})\b/.exec(sent.message.text);
  if (match?.[1] === undefined) throw new Error('no code in the message');
  return match[1];
}
