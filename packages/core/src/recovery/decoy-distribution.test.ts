// Attacks 1 and 2 of issue 12, statistically: over a thousand real accounts with contacts as
// varied as a real tenant's (Swiss, German, US, Italian and Dutch mobiles of every length,
// corporate addresses, local parts starting with digits, admins, users with nothing
// registered) and a thousand unknown names, what a flow shows before its first proof must
// come from one distribution. Compared with Pearson's chi-squared test of homogeneity at
// p = 0.001 (a seeded run: the verdict is the same every time).
import { describe, expect, it } from 'vitest';
import type { MemoryDirectoryUser } from '../memory/memory-directory.js';
import { createSeededRandom } from '../memory/seeded-random.js';
import type { PolicyInput } from '../policy/policy-schema.js';
import { createTestEngine } from '../testing/test-engine.js';
import type { FlowView } from './flow-view.js';

const ACCOUNTS = 1000;
const PREDEFINED = [
  'street-at-age-ten',
  'first-pet-name',
  'first-teacher-surname',
  'first-concert',
  'childhood-best-friend',
  'childhood-nickname',
];
const POLICY: PolicyInput = {
  methods: ['mobileSms', 'mobileVoice', 'officeVoice', 'email', 'securityQuestions'],
  questions: { predefined: PREDEFINED, toRegister: 4, toAnswer: 3 },
  limits: { resetsPerHour: 50 },
};

/** Upper 0.1% points of the chi-squared distribution by degrees of freedom. */
const CRITICAL_0_001: Readonly<Record<number, number>> = {
  1: 10.828,
  2: 13.816,
  3: 16.266,
  4: 18.467,
  5: 20.515,
  6: 22.458,
  7: 24.322,
  8: 26.124,
  9: 27.877,
};

/**
 * Pearson's chi-squared statistic of homogeneity for two samples of categories, with its
 * degrees of freedom; categories seen in neither sample are left out.
 */
function chiSquared(a: readonly string[], b: readonly string[]): { statistic: number; df: number } {
  const categories = [...new Set([...a, ...b])];
  const countIn = (sample: readonly string[]) => {
    const counts = new Map<string, number>();
    for (const value of sample) counts.set(value, (counts.get(value) ?? 0) + 1);
    return counts;
  };
  const [ca, cb] = [countIn(a), countIn(b)];
  const total = a.length + b.length;
  let statistic = 0;
  for (const category of categories) {
    const column = (ca.get(category) ?? 0) + (cb.get(category) ?? 0);
    for (const [sample, counts] of [
      [a, ca],
      [b, cb],
    ] as const) {
      const expected = (sample.length * column) / total;
      statistic += ((counts.get(category) ?? 0) - expected) ** 2 / expected;
    }
  }
  return { statistic, df: Math.max(categories.length - 1, 0) };
}

/** Whether two samples fail to differ at p = 0.001 (one category: they cannot differ). */
function sameDistribution(a: readonly string[], b: readonly string[]): boolean {
  const { statistic, df } = chiSquared(a, b);
  if (df === 0) return true;
  const critical = CRITICAL_0_001[df];
  if (critical === undefined) throw new Error(`no critical value for ${df} degrees of freedom`);
  return statistic < critical;
}

/** Real-looking accounts: varied countries, lengths, domains and registrations. */
function realAccounts(): MemoryDirectoryUser[] {
  const random = createSeededRandom(2024);
  const below = (n: number) => (random.bytes(1)[0] ?? 0) % n;
  const digits = (n: number) => Array.from({ length: n }, () => String(below(10))).join('');
  const mobiles = [
    () => `+417${5 + below(5)}${digits(7)}`, // Swiss, 9 national digits
    () => `+4915${below(10)}${digits(8)}`, // German, 11 national digits
    () => `+4917${below(10)}${digits(7)}`, // German, 10 national digits
    () => `+1212${2 + below(8)}${digits(6)}`, // New York
    () => `+393${digits(9)}`, // Italian mobile
    () => `+316${digits(8)}`, // Dutch mobile
  ];
  const addresses = [
    (i: number) => `firstname.lastname${i}@corp-${below(50)}.example`,
    (i: number) => `${digits(3)}user${i}@mail.example.ch`,
    (i: number) => `user${i}@gmail.com`,
  ];
  return Array.from({ length: ACCOUNTS }, (_, i) => {
    const shape = below(6);
    const contact: MemoryDirectoryUser['contact'] = {};
    if (shape !== 0 && shape !== 1)
      contact.mobile = (mobiles[below(mobiles.length)] as () => string)();
    if (shape !== 2)
      contact.alternateEmail = (addresses[below(addresses.length)] as (i: number) => string)(i);
    if (shape === 3) contact.office = `+4144${digits(7)}`;
    return {
      id: `u-${i}`,
      username: `user${i}`,
      password: 'irrelevant passphrase here',
      isAdmin: below(10) === 0,
      contact,
    };
  });
}

async function setup() {
  const users = realAccounts();
  const testbed = createTestEngine({ users, policy: POLICY, seed: 9 });
  // A third of the users registered four of the six questions, chosen uniformly.
  const random = createSeededRandom(77);
  for (const user of users.slice(0, ACCOUNTS / 3)) {
    const pool = [...PREDEFINED];
    const chosen: Record<string, string> = {};
    for (let k = 0; k < 4; k++) {
      const [id] = pool.splice((random.bytes(1)[0] ?? 0) % pool.length, 1);
      chosen[id as string] = `answer ${k} of ${user.id}`;
    }
    await testbed.registerAnswers(user.id as string, chosen);
  }
  return { ...testbed, users };
}

describe('decoys and real accounts, compared as distributions', () => {
  it('show methods, gate counts and hint formats from one distribution', async () => {
    const { engine, users } = await setup();
    const views = async (identifiers: readonly string[]) => {
      const result: FlowView[] = [];
      for (const identifier of identifiers)
        result.push(await engine.recovery.start({ identifier }));
      return result;
    };
    const real = await views(users.map((user) => user.username));
    const unknown = await views(users.map((_, i) => `someone.else.${i}@example.org`));

    // Everything shown but the phone digits, as one category per flow.
    const shown = (view: FlowView) =>
      JSON.stringify([
        view.gatesRequired,
        view.methods.map((m) => [m.type, m.hint?.replace(/\d/g, 'd') ?? null]),
      ]);
    expect(sameDistribution(real.map(shown), unknown.map(shown))).toBe(true);
    expect(new Set(real.map(shown)).size).toBe(1);

    // Each digit a phone hint shows, per method.
    for (const type of ['mobileSms', 'officeVoice'] as const) {
      for (const position of [-2, -1]) {
        const digit = (view: FlowView) =>
          view.methods.find((m) => m.type === type)?.hint?.at(position) ?? '';
        expect(sameDistribution(real.map(digit), unknown.map(digit)), `${type} ${position}`).toBe(
          true,
        );
      }
    }
  }, 120_000);

  it('ask questions from a fixed set per identifier, like registered users', async () => {
    const { engine, users } = await setup();
    const registered = users.slice(0, 300).map((user) => user.username);
    const unknown = registered.map((_, i) => `someone.else.${i}`);
    const asked = async (identifier: string) => {
      const flow = await engine.recovery.start({ identifier });
      const seen: string[] = [];
      for (let i = 0; i < 6; i++) {
        const view = await engine.recovery.challenge({
          flowToken: flow.flowToken,
          methodId: flow.methods.find((m) => m.type === 'securityQuestions')?.id ?? '',
        });
        seen.push(...(view.challenge?.questions ?? []).map((q) => q.id));
      }
      return seen;
    };
    const realAsked: string[][] = [];
    const unknownAsked: string[][] = [];
    for (const identifier of registered) realAsked.push(await asked(identifier));
    for (const identifier of unknown) unknownAsked.push(await asked(identifier));

    // How many distinct questions six challenges show: the size of the registered set.
    const distinct = (seen: string[]) => String(new Set(seen).size);
    expect(sameDistribution(realAsked.map(distinct), unknownAsked.map(distinct))).toBe(true);
    // Which questions appear, over all challenges.
    expect(sameDistribution(realAsked.flat(), unknownAsked.flat())).toBe(true);
  }, 120_000);

  it('would tell the samples apart if they differed (the test can fail)', () => {
    const a = Array.from({ length: 1000 }, (_, i) => String(i % 10));
    const b = Array.from({ length: 1000 }, (_, i) => String(i % 9));
    expect(sameDistribution(a, b)).toBe(false);
  });
});
