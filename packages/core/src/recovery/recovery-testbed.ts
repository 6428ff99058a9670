// Shared by the recovery tests only (not exported from the package): a real engine on memory
// adapters with a counting hasher, a fake clock and helpers that read what was sent.

import { createOpenReset } from '../create-open-reset.js';
import { createPbkdf2Hasher } from '../crypto/pbkdf2-hasher.js';
import { createFakeClock } from '../memory/fake-clock.js';
import { createMemoryDirectory, type MemoryDirectoryUser } from '../memory/memory-directory.js';
import { createMemoryMessaging, type SentMessage } from '../memory/memory-messaging.js';
import { createMemoryStorage } from '../memory/memory-storage.js';
import { createSeededRandom } from '../memory/seeded-random.js';
import type { PolicyInput } from '../policy/policy-schema.js';
import type { PasswordHasher } from '../ports/hasher.js';
import { normalizeAnswer } from '../questions/normalize-answer.js';

export const TESTBED_START = new Date('2026-11-24T10:00:00Z');
export const TESTBED_KEYS = [{ id: 'k1', secret: 'test secret of at least thirty-two bytes!' }];

/** Options of {@link createRecoveryTestbed}. */
export interface RecoveryTestbedOptions {
  users: readonly MemoryDirectoryUser[];
  policy?: PolicyInput;
  /** @default 1 */
  seed?: number;
}

/** A hasher that counts its `verify` calls, so a test can tell how many slow hashes ran. */
export interface CountingHasher extends PasswordHasher {
  verifications: number;
}

/** A real engine on memory adapters for recovery tests. */
export async function createRecoveryTestbed(options: RecoveryTestbedOptions) {
  const clock = createFakeClock(TESTBED_START);
  const random = createSeededRandom(options.seed ?? 1);
  const inner = createPbkdf2Hasher({ iterations: 1000, random });
  const hasher: CountingHasher = {
    verifications: 0,
    hash: (text) => inner.hash(text),
    needsRehash: (hash) => inner.needsRehash(hash),
    verify(hash, text) {
      hasher.verifications += 1;
      return inner.verify(hash, text);
    },
  };
  const storage = createMemoryStorage();
  const messaging = createMemoryMessaging();
  const directory = createMemoryDirectory({ hasher: inner, clock, users: options.users });
  // Every storage and directory call, counted by name, so tests can compare the work paths do.
  const calls = new Map<string, number>();
  const count = (name: string) => calls.set(name, (calls.get(name) ?? 0) + 1);
  const counted = <T extends object>(name: string, target: T): T =>
    new Proxy(target, {
      get(object, key, receiver) {
        const value = Reflect.get(object, key, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          count(`${name}.${String(key)}`);
          return value.apply(object, args);
        };
      },
    });
  const countedStorage = Object.fromEntries(
    Object.entries(storage).map(([store, methods]) => [store, counted(store, methods)]),
  ) as unknown as typeof storage;
  const engine = createOpenReset({
    storage: countedStorage,
    directory: counted('directory', directory),
    keys: TESTBED_KEYS,
    clock,
    random,
    hasher,
    ...(options.policy === undefined ? {} : { policy: options.policy }),
    sms: messaging.sms,
    voice: messaging.voice,
    email: messaging.email,
  });

  /** Delivers the outbox and returns the code in the newest message to `to`, if any. */
  async function codeSentTo(to: string): Promise<string | undefined> {
    await engine.dispatcher.runOnce();
    const message = [...messaging.sent].reverse().find((sent) => sent.message.to === to);
    return message === undefined ? undefined : codeOf(message);
  }

  /** Stores security answers for a user, as registration would. */
  async function registerAnswers(userId: string, answers: Record<string, string>): Promise<void> {
    await storage.registrations.save(
      {
        tenantId: 'default',
        userId,
        revision: 1,
        reconfirmedAt: TESTBED_START,
        updatedAt: TESTBED_START,
        methods: [
          {
            id: 'q',
            kind: 'securityQuestions',
            createdAt: TESTBED_START,
            verifiedAt: TESTBED_START,
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
    hasher,
    calls,
    codeSentTo,
    registerAnswers,
  };
}

/** The code in a message. */
export function codeOf(sent: SentMessage): string {
  if (sent.channel === 'voice') return sent.message.code;
  const match = /\b(\d{6,8})\b/.exec(sent.message.text);
  if (match?.[1] === undefined) throw new Error('no code in the message');
  return match[1];
}

/** The error a promise rejects with (fails the test if it resolves). */
export async function rejection(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error as { code: string; [key: string]: unknown };
  }
  throw new Error('expected a rejection');
}
