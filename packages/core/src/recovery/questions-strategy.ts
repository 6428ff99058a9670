import type { AccountContacts } from '../contacts/account-contacts.js';
import { decodeBase64Url, encodeBase64Url, readUint32 } from '../crypto/encoding.js';
import type { Policy } from '../policy/policy-schema.js';
import { outsideTransaction } from '../ports/storage.js';
import { normalizeAnswer } from '../questions/normalize-answer.js';
import { decoyAccount } from './decoy-account.js';
import type { FlowData } from './flow-data.js';
import type { MethodStrategy } from './method-strategy.js';
import { fail } from './recovery-error.js';
import type { RecoveryServiceDependencies } from './recovery-service.js';

/** Longest answer looked at, in UTF-16 units (registration allows 40 code points). */
const ANSWER_INPUT_MAX = 200;

/**
 * Security questions: `toAnswer` of them at random from the account's registered ones, or
 * from the identifier's own decoy set when there are none to pass (a decoy, an admin,
 * nothing registered), so both look alike from one challenge to the next. Every answer is
 * hashed, right or wrong; a wrong set restarts with a new random selection (as Entra does).
 */
export function createQuestionsStrategy(deps: RecoveryServiceDependencies): MethodStrategy {
  const { random, hasher } = deps;
  let decoyAnswerHash: Promise<string> | undefined;

  function pickQuestions(from: readonly string[], howMany: number): string[] {
    const pool = [...from];
    const picked: string[] = [];
    while (picked.length < howMany && pool.length > 0) {
      const index = readUint32(random.bytes(4));
      picked.push(...pool.splice(index % pool.length, 1));
    }
    return picked;
  }

  function questionsFor(data: FlowData, contacts: AccountContacts, policy: Policy): string[] {
    const registered = [...contacts.answers.keys()];
    const usable = !data.decoy && registered.length > 0;
    const defined = [...policy.questions.predefined, ...policy.questions.custom.map((q) => q.id)];
    const seed = decodeBase64Url(data.seed) ?? new Uint8Array(16);
    const from = usable
      ? registered
      : decoyAccount(seed).questionIds(defined, policy.questions.toRegister);
    return pickQuestions(from, policy.questions.toAnswer);
  }

  return {
    types: ['securityQuestions'],
    needsConfirm: false,

    async challenge({ data, method, policy, contacts }) {
      const questionIds = questionsFor(data, await contacts(), policy);
      return { active: { methodId: method.id, questionIds }, audit: { result: 'success' } };
    },

    async view({ policy }, active) {
      return {
        methodId: active.methodId,
        questions: (active.questionIds ?? []).map((id) => {
          const custom = policy.questions.custom.find((question) => question.id === id);
          return custom === undefined ? { id } : { id, text: custom.text };
        }),
      };
    },

    async verify({ data, method, policy, contacts: readContacts }, active, input, budgets) {
      const asked = active.questionIds ?? [];
      const answers = input.answers;
      if (
        !Array.isArray(answers) ||
        answers.length !== asked.length ||
        !asked.every((id) =>
          answers.some(
            (a) =>
              a?.questionId === id &&
              typeof a.answer === 'string' &&
              a.answer.length <= ANSWER_INPUT_MAX,
          ),
        )
      ) {
        fail('invalid_request', 'Answer exactly the questions asked');
      }
      const contacts = await readContacts();
      const outcome = await deps.proofs.verify(budgets, () =>
        // Hashed outside the request's transaction (the attempt it counted commits first), so
        // the answers' argon2id runs hold none of the storage's locks.
        outsideTransaction(deps.storage, async () => {
          decoyAnswerHash ??= hasher.hash(encodeBase64Url(random.bytes(16)));
          const fallback = await decoyAnswerHash;
          // Every answer is hashed, right or wrong, known account or not: the same work.
          const results = await Promise.all(
            asked.map((id) => {
              const answer = answers.find((a) => a.questionId === id)?.answer ?? '';
              return hasher.verify(contacts.answers.get(id) ?? fallback, normalizeAnswer(answer));
            }),
          );
          return !data.decoy && results.length > 0 && results.every(Boolean);
        }),
      );
      return {
        outcome,
        failure: { code: 'invalid_answers', message: 'At least one answer is wrong' },
        ...(outcome.status === 'failed'
          ? { retry: { methodId: method.id, questionIds: questionsFor(data, contacts, policy) } }
          : {}),
      };
    },
  };
}
