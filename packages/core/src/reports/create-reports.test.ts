import { describe, expect, it } from 'vitest';
import type { AuditTarget } from '../audit/audit-event.js';
import { type AuditEventInput, createAuditLog } from '../audit/audit-log.js';
import { type ResetResult, ResetResult as Result } from '../audit/reset-result.js';
import { createPbkdf2Hasher } from '../crypto/pbkdf2-hasher.js';
import { createFakeClock } from '../memory/fake-clock.js';
import { createMemoryDirectory } from '../memory/memory-directory.js';
import { createMemoryStorage } from '../memory/memory-storage.js';
import { createSeededRandom } from '../memory/seeded-random.js';
import type { MethodType } from '../methods/recovery-method.js';
import { parsePolicy } from '../policy/parse-policy.js';
import { createReports } from './create-reports.js';
import type { ResetActivityRow } from './reset-activity.js';

const TENANT = 'default';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** When the reports are read. */
const NOW = new Date('2026-11-24T12:00:00.000Z');
const NOVEMBER = { from: new Date('2026-11-01T00:00:00Z'), to: new Date('2026-12-01T00:00:00Z') };

const ALICE: AuditTarget = { userId: 'u-alice', username: 'alice', role: 'user' };
const BOB: AuditTarget = { userId: 'u-bob', username: 'bob', role: 'user' };
const ROOT: AuditTarget = { userId: 'u-root', username: 'root', role: 'admin' };

/** An event of a flow after its start, without the fields every flow event shares. */
type Step = AuditEventInput extends infer Event
  ? Event extends AuditEventInput
    ? Omit<Event, 'tenantId' | 'actor' | 'correlationId' | 'target'>
    : never
  : never;

const verified = (method: MethodType): Step => ({
  type: 'flow.method_verified',
  result: 'success',
  method,
});
const passwordReset = (...methods: MethodType[]): Step => ({
  type: 'password.reset',
  result: 'success',
  methods,
});
const unlocked = (...methods: MethodType[]): Step => ({
  type: 'account.unlocked',
  result: 'success',
  methods,
});
const resetFailed = (reason: string): Step => ({
  type: 'password.reset_failed',
  result: 'failure',
  reason,
});
const writebackFailed = (reason: string): Step => ({
  type: 'writeback.failed',
  result: 'failure',
  reason,
});
const blocked = (reason: string): Step => ({ type: 'flow.blocked', result: 'failure', reason });
const canceled: Step = { type: 'flow.canceled', result: 'failure' };
const contactedAdmin: Step = { type: 'flow.contacted_admin', result: 'failure' };
const abandoned = (state: string): Step => ({
  type: 'flow.abandoned',
  result: 'failure',
  reason: `expired_in_${state}`,
});
const failedProof = (method: MethodType): Step => ({
  type: 'flow.method_failed',
  result: 'failure',
  method,
  reason: 'invalid_code',
});
const challengeSent = (method: MethodType): Step => ({
  type: 'flow.challenge_sent',
  result: 'success',
  method,
});

interface FlowSpec {
  /** When the flow starts. */
  at: Date;
  /** The account; `null` for an identifier that matched none. @default ALICE */
  target?: AuditTarget | null;
  intent?: 'reset' | 'unlock';
  /** Why the flow is a decoy; a decoy when set. */
  decoyReason?: string;
  /** The flow's later events, one a minute. */
  steps?: readonly Step[];
  tenantId?: string;
}

/** A memory store whose audit log is written as the recovery service writes it. */
function createFixture() {
  const storage = createMemoryStorage();
  const clock = createFakeClock(NOW);
  const log = createAuditLog({ store: storage.audit, clock, random: createSeededRandom(7) });
  let flows = 0;

  /** Records a flow's events through the audit log, one minute apart; returns its id. */
  async function flow(spec: FlowSpec): Promise<string> {
    flows += 1;
    const flowId = `flow-${String(flows).padStart(3, '0')}`;
    const target = spec.target === undefined ? ALICE : spec.target;
    const decoy = spec.decoyReason !== undefined || target === null;
    const tenantId = spec.tenantId ?? TENANT;
    clock.set(spec.at);
    await log.record({
      type: 'flow.started',
      tenantId,
      actor: { kind: 'anonymous' },
      result: decoy ? 'failure' : 'success',
      correlationId: flowId,
      intent: spec.intent ?? 'reset',
      decoy,
      ...(decoy ? { reason: spec.decoyReason ?? 'not_found' } : {}),
      ...(target === null ? {} : { target }),
    });
    for (const step of spec.steps ?? []) {
      clock.advance(MINUTE);
      await log.record({
        ...step,
        tenantId,
        actor: { kind: step.type === 'flow.abandoned' ? 'system' : 'anonymous' },
        correlationId: flowId,
        // Later events of a decoy carry no target (the flow has no user id).
        ...(decoy || target === null ? {} : { target }),
      } as AuditEventInput);
    }
    return flowId;
  }

  const reports = createReports({
    audit: storage.audit,
    registrations: storage.registrations,
    directory: createMemoryDirectory({ users: [], hasher: createPbkdf2Hasher({ iterations: 1 }) }),
    getPolicy: async () => parsePolicy({}),
    clock,
    tenantId: TENANT,
  });

  /** Every row of November, in one page. */
  async function rows(query: { result?: ResetResult; userId?: string } = {}) {
    clock.set(NOW);
    return (await reports.resetActivity({ ...NOVEMBER, ...query, limit: 1000 })).rows;
  }

  return { storage, clock, flow, reports, rows };
}

const at = (iso: string) => new Date(iso);

describe('reports: reset activity results', () => {
  it('maps each way a flow can end to its result and detail', async () => {
    const { flow, rows } = await createFixture();
    const cases: [FlowSpec, ResetResult, string][] = [
      [
        {
          at: at('2026-11-02T10:00:00Z'),
          steps: [verified('mobileSms'), passwordReset('mobileSms')],
        },
        Result.Succeeded,
        'password_reset',
      ],
      [
        {
          at: at('2026-11-02T11:00:00Z'),
          intent: 'unlock',
          steps: [verified('email'), unlocked('email')],
        },
        Result.Succeeded,
        'account_unlocked',
      ],
      [
        {
          at: at('2026-11-02T12:00:00Z'),
          steps: [verified('email'), resetFailed('password_rejected')],
        },
        Result.Failed,
        'password_rejected',
      ],
      [
        {
          at: at('2026-11-02T13:00:00Z'),
          steps: [verified('email'), writebackFailed('unavailable'), resetFailed('unavailable')],
        },
        Result.Failed,
        'unavailable',
      ],
      [
        {
          at: at('2026-11-02T14:00:00Z'),
          intent: 'unlock',
          steps: [verified('email'), writebackFailed('permissions')],
        },
        Result.Failed,
        'permissions',
      ],
      [
        { at: at('2026-11-02T15:00:00Z'), steps: [failedProof('email'), blocked('failed_proofs')] },
        Result.Blocked,
        'failed_proofs',
      ],
      [
        {
          at: at('2026-11-02T16:00:00Z'),
          steps: [failedProof('email'), blocked('consecutive_failures')],
        },
        Result.Blocked,
        'consecutive_failures',
      ],
      [{ at: at('2026-11-02T17:00:00Z'), steps: [canceled] }, Result.Canceled, 'canceled'],
      [
        { at: at('2026-11-02T18:00:00Z'), steps: [contactedAdmin] },
        Result.ContactedAdmin,
        'contacted_admin',
      ],
      [
        {
          at: at('2026-11-02T19:00:00Z'),
          steps: [challengeSent('email'), abandoned('awaiting_proof')],
        },
        Result.Abandoned,
        'expired_in_awaiting_proof',
      ],
      // Past its 15 minutes with no final event: the sweep has not run yet.
      [
        { at: at('2026-11-02T20:00:00Z'), steps: [challengeSent('email')] },
        Result.Abandoned,
        'expired',
      ],
      // Started 5 minutes before the report is read: still open.
      [
        { at: new Date(NOW.getTime() - 5 * MINUTE), steps: [verified('email')] },
        Result.InProgress,
        'open',
      ],
      // Decoys of known accounts keep the reason they were decoys.
      [
        {
          at: at('2026-11-03T10:00:00Z'),
          decoyReason: 'not_registered',
          steps: [abandoned('choose_method')],
        },
        Result.Failed,
        'not_registered',
      ],
      [{ at: at('2026-11-03T11:00:00Z'), decoyReason: 'disabled' }, Result.Failed, 'disabled'],
      [
        { at: at('2026-11-03T12:00:00Z'), decoyReason: 'not_in_scope', steps: [canceled] },
        Result.Failed,
        'not_in_scope',
      ],
      [{ at: at('2026-11-03T13:00:00Z'), decoyReason: 'blocked' }, Result.Blocked, 'blocked'],
      [
        { at: at('2026-11-03T14:00:00Z'), decoyReason: 'rate_limited' },
        Result.Blocked,
        'rate_limited',
      ],
    ];
    const ids: string[] = [];
    for (const [spec] of cases) ids.push(await flow(spec));
    const byFlow = new Map((await rows()).map((row) => [row.flowId, row]));
    expect(cases.map((_, index) => pick(byFlow.get(ids[index] ?? '')))).toEqual(
      cases.map(([, result, detail]) => ({ result, detail })),
    );
  });

  it('applies the precedence Succeeded > Blocked > ContactedAdmin > Canceled > Abandoned > Failed', async () => {
    const { flow, rows } = await createFixture();
    const cases: [Step[], ResetResult, string][] = [
      [
        [verified('email'), resetFailed('password_rejected'), passwordReset('email')],
        Result.Succeeded,
        'password_reset',
      ],
      [
        [
          verified('email'),
          writebackFailed('unavailable'),
          resetFailed('unavailable'),
          passwordReset('email'),
        ],
        Result.Succeeded,
        'password_reset',
      ],
      [[passwordReset('email'), blocked('failed_proofs')], Result.Succeeded, 'password_reset'],
      [[blocked('failed_proofs'), abandoned('blocked')], Result.Blocked, 'failed_proofs'],
      [[contactedAdmin, canceled], Result.ContactedAdmin, 'contacted_admin'],
      [
        [verified('email'), resetFailed('password_rejected'), canceled],
        Result.Canceled,
        'canceled',
      ],
      [
        [verified('email'), resetFailed('password_rejected'), abandoned('verified')],
        Result.Abandoned,
        'expired_in_verified',
      ],
      [
        [resetFailed('password_rejected'), resetFailed('password_policy')],
        Result.Failed,
        'password_policy',
      ],
    ];
    const ids: string[] = [];
    for (const [index, [steps]] of cases.entries()) {
      ids.push(await flow({ at: new Date(NOVEMBER.from.getTime() + index * HOUR), steps }));
    }
    const byFlow = new Map((await rows()).map((row) => [row.flowId, row]));
    expect(ids.map((id) => pick(byFlow.get(id)))).toEqual(
      cases.map(([, result, detail]) => ({ result, detail })),
    );
  });

  it('fills every column of a row, with the methods in the order they were verified', async () => {
    const { flow, rows } = await createFixture();
    const flowId = await flow({
      at: at('2026-11-05T08:30:00Z'),
      target: ROOT,
      steps: [
        challengeSent('mobileSms'),
        verified('mobileSms'),
        challengeSent('email'),
        verified('email'),
        passwordReset('mobileSms', 'email'),
      ],
    });
    const openId = await flow({
      at: new Date(NOW.getTime() - 3 * MINUTE),
      target: BOB,
      intent: 'unlock',
      steps: [verified('officeVoice'), verified('email')],
    });
    expect(await rows()).toEqual([
      {
        flowId: openId,
        userId: 'u-bob',
        username: 'bob',
        role: 'user',
        intent: 'unlock',
        time: '2026-11-24T11:57:00.000Z',
        methods: ['officeVoice', 'email'],
        result: 'InProgress',
        detail: 'open',
      },
      {
        flowId,
        userId: 'u-root',
        username: 'root',
        role: 'admin',
        intent: 'reset',
        time: '2026-11-05T08:30:00.000Z',
        methods: ['mobileSms', 'email'],
        result: 'Succeeded',
        detail: 'password_reset',
      },
    ] satisfies ResetActivityRow[]);
  });

  it('leaves out flows of unknown identifiers and counts them in totals.unknownAccounts', async () => {
    const { flow, reports } = await createFixture();
    await flow({
      at: at('2026-11-06T10:00:00Z'),
      target: null,
      steps: [challengeSent('email'), failedProof('email')],
    });
    await flow({
      at: at('2026-11-06T11:00:00Z'),
      target: null,
      steps: [abandoned('awaiting_proof')],
    });
    await flow({ at: at('2026-10-31T23:00:00Z'), target: null });
    const known = await flow({ at: at('2026-11-06T12:00:00Z'), steps: [canceled] });
    const page = await reports.resetActivity(NOVEMBER);
    expect(page.rows.map((row) => row.flowId)).toEqual([known]);
    expect(page.totals.unknownAccounts).toBe(2);
    expect(page.totals.byResult.Canceled).toBe(1);
  });
});

describe('reports: reset activity filters and paging', () => {
  it('pages 25 flows 10 at a time as 10, 10 and 5 rows, newest first, with no repeats', async () => {
    const { flow, reports } = await createFixture();
    // Pairs of flows share an instant, so the cursor has to break ties.
    for (let index = 0; index < 25; index++) {
      await flow({
        at: new Date(NOVEMBER.from.getTime() + Math.floor(index / 2) * HOUR),
        steps: index % 3 === 0 ? [canceled] : [verified('email'), passwordReset('email')],
      });
    }
    const pages = [];
    let cursor: string | undefined;
    for (let page = 0; page < 3; page++) {
      const result = await reports.resetActivity({
        ...NOVEMBER,
        limit: 10,
        ...(cursor === undefined ? {} : { cursor }),
      });
      pages.push(result);
      cursor = result.nextCursor ?? undefined;
    }
    expect(pages.map((page) => page.rows.length)).toEqual([10, 10, 5]);
    expect(pages.map((page) => page.nextCursor === null)).toEqual([false, false, true]);
    const paged = pages.flatMap((page) => page.rows.map((row) => row.flowId));
    expect(new Set(paged).size).toBe(25);
    const all = await reports.resetActivity({ ...NOVEMBER, limit: 1000 });
    expect(paged).toEqual(all.rows.map((row) => row.flowId));
    const times = all.rows.map((row) => row.time);
    expect([...times].sort().reverse()).toEqual(times);
    // Totals cover the range on every page, not the page.
    for (const page of pages) {
      expect(page.totals.byResult).toMatchObject({ Succeeded: 16, Canceled: 9 });
    }
  });

  it('keeps a cursor in place when newer flows start between pages', async () => {
    const { flow, reports } = await createFixture();
    for (let index = 0; index < 6; index++) {
      await flow({ at: new Date(NOVEMBER.from.getTime() + index * HOUR), steps: [canceled] });
    }
    const first = await reports.resetActivity({ ...NOVEMBER, limit: 3 });
    await flow({ at: at('2026-11-20T00:00:00Z'), steps: [canceled] });
    const second = await reports.resetActivity({
      ...NOVEMBER,
      limit: 3,
      cursor: first.nextCursor ?? '',
    });
    expect(second.rows.map((row) => row.flowId)).toEqual(['flow-003', 'flow-002', 'flow-001']);
    expect(second.nextCursor).toBeNull();
  });

  it('refuses a cursor it did not issue, or one of another report, with invalid_cursor', async () => {
    const { flow, reports } = await createFixture();
    await flow({ at: at('2026-11-02T00:00:00Z'), steps: [canceled] });
    await flow({ at: at('2026-11-03T00:00:00Z'), steps: [canceled] });
    const registrationCursor = Buffer.from(JSON.stringify(['registration', 'x'])).toString(
      'base64url',
    );
    for (const cursor of ['', 'garbage', registrationCursor]) {
      await expect(reports.resetActivity({ ...NOVEMBER, cursor })).rejects.toMatchObject({
        code: 'invalid_cursor',
      });
    }
  });

  it('refuses a bad limit, range or result with a TypeError', async () => {
    const { reports } = await createFixture();
    for (const limit of [0, 1001, 1.5]) {
      await expect(reports.resetActivity({ ...NOVEMBER, limit })).rejects.toBeInstanceOf(TypeError);
    }
    await expect(
      reports.resetActivity({ from: NOVEMBER.to, to: NOVEMBER.from }),
    ).rejects.toBeInstanceOf(TypeError);
    await expect(
      reports.resetActivity({ from: new Date(Number.NaN), to: NOVEMBER.to }),
    ).rejects.toBeInstanceOf(TypeError);
    await expect(
      reports.resetActivity({ ...NOVEMBER, result: 'Maybe' as ResetResult }),
    ).rejects.toBeInstanceOf(TypeError);
    await expect(reports.resetActivity(NOVEMBER)).resolves.toMatchObject({ rows: [] });
  });

  it('includes flows started at from and excludes flows started at to', async () => {
    const { flow, reports } = await createFixture();
    const from = at('2026-11-10T00:00:00Z');
    const to = at('2026-11-11T00:00:00Z');
    await flow({ at: new Date(from.getTime() - 1), steps: [canceled] });
    const first = await flow({ at: from, steps: [canceled] });
    const last = await flow({ at: new Date(to.getTime() - 1), steps: [canceled] });
    await flow({ at: to, steps: [canceled] });
    const page = await reports.resetActivity({ from, to });
    expect(page.rows.map((row) => row.flowId)).toEqual([last, first]);
    expect(page.totals.byResult.Canceled).toBe(2);
  });

  it('reads how a flow started just before to ended after it', async () => {
    const { flow, reports } = await createFixture();
    const to = at('2026-11-11T00:00:00Z');
    // Started 2 minutes before `to`; its code is verified and the password set after `to`.
    const flowId = await flow({
      at: new Date(to.getTime() - 2 * MINUTE),
      steps: [verified('email'), verified('mobileSms'), passwordReset('email', 'mobileSms')],
    });
    // Started before `from`, ended inside the range: not a row.
    await flow({ at: new Date(to.getTime() - DAY - MINUTE), steps: [canceled, canceled] });
    const page = await reports.resetActivity({ from: new Date(to.getTime() - DAY), to });
    expect(page.rows.map((row) => [row.flowId, row.result])).toEqual([[flowId, 'Succeeded']]);
  });

  it('filters by result, and the totals count only the matching flows', async () => {
    const { flow, reports } = await createFixture();
    await flow({
      at: at('2026-11-02T00:00:00Z'),
      steps: [verified('email'), passwordReset('email')],
    });
    const canceledFlow = await flow({ at: at('2026-11-03T00:00:00Z'), steps: [canceled] });
    await flow({ at: at('2026-11-04T00:00:00Z'), decoyReason: 'not_registered' });
    const page = await reports.resetActivity({ ...NOVEMBER, result: 'Canceled' });
    expect(page.rows.map((row) => row.flowId)).toEqual([canceledFlow]);
    expect(page.totals.byResult).toEqual({
      Succeeded: 0,
      Failed: 0,
      Blocked: 0,
      Canceled: 1,
      ContactedAdmin: 0,
      Abandoned: 0,
      InProgress: 0,
    });
    expect(page.totals.byMethodPerDay).toEqual([]);
  });

  it('filters by user, including decoy flows whose later events carry no target', async () => {
    const { flow, rows } = await createFixture();
    const decoy = await flow({
      at: at('2026-11-02T00:00:00Z'),
      target: BOB,
      decoyReason: 'blocked',
      steps: [challengeSent('email'), failedProof('email'), abandoned('awaiting_proof')],
    });
    await flow({ at: at('2026-11-03T00:00:00Z'), target: ALICE, steps: [canceled] });
    const real = await flow({
      at: at('2026-11-04T00:00:00Z'),
      target: BOB,
      steps: [verified('email'), passwordReset('email')],
    });
    await flow({ at: at('2026-11-05T00:00:00Z'), target: null });
    expect(
      (await rows({ userId: 'u-bob' })).map((row) => [row.flowId, row.result, row.detail]),
    ).toEqual([
      [real, 'Succeeded', 'password_reset'],
      [decoy, 'Blocked', 'blocked'],
    ]);
    expect(await rows({ userId: 'u-nobody' })).toEqual([]);
  });

  it('reads only its own tenant', async () => {
    const { flow, rows } = await createFixture();
    await flow({ at: at('2026-11-02T00:00:00Z'), tenantId: 'other', steps: [canceled] });
    const mine = await flow({ at: at('2026-11-03T00:00:00Z'), steps: [canceled] });
    expect((await rows()).map((row) => row.flowId)).toEqual([mine]);
  });
});

describe('reports: reset activity totals', () => {
  it('counts results over the whole range and verified methods per UTC day', async () => {
    const { flow, reports } = await createFixture();
    // The last millisecond of 5 November and the first of 6 November (UTC).
    await flow({
      at: at('2026-11-05T23:59:59.999Z'),
      steps: [verified('mobileSms'), verified('email'), passwordReset('mobileSms', 'email')],
    });
    await flow({
      at: at('2026-11-06T00:00:00.000Z'),
      steps: [verified('email'), passwordReset('email')],
    });
    await flow({ at: at('2026-11-06T09:00:00Z'), steps: [verified('email'), canceled] });
    await flow({
      at: at('2026-11-06T10:00:00Z'),
      steps: [failedProof('email'), blocked('failed_proofs')],
    });
    await flow({
      at: at('2026-11-07T10:00:00Z'),
      steps: [verified('securityQuestions'), resetFailed('password_rejected')],
    });
    await flow({ at: at('2026-11-07T11:00:00Z'), decoyReason: 'disabled' });
    await flow({ at: at('2026-11-07T12:00:00Z'), steps: [contactedAdmin] });
    await flow({ at: at('2026-11-07T13:00:00Z'), steps: [abandoned('choose_method')] });
    await flow({ at: at('2026-11-07T14:00:00Z'), target: null });
    const page = await reports.resetActivity({ ...NOVEMBER, limit: 2 });
    expect(page.rows).toHaveLength(2);
    expect(page.totals).toEqual({
      byResult: {
        Succeeded: 2,
        Failed: 2,
        Blocked: 1,
        Canceled: 1,
        ContactedAdmin: 1,
        Abandoned: 1,
        InProgress: 0,
      },
      byMethodPerDay: [
        { day: '2026-11-05', method: 'mobileSms', count: 1 },
        { day: '2026-11-05', method: 'email', count: 1 },
        { day: '2026-11-06', method: 'email', count: 2 },
        { day: '2026-11-07', method: 'securityQuestions', count: 1 },
      ],
      unknownAccounts: 1,
    });
  });
});

describe('reports: registration activity', () => {
  async function registrationFixture() {
    const fixture = await createFixture();
    const log = createAuditLog({
      store: fixture.storage.audit,
      clock: fixture.clock,
      random: createSeededRandom(11),
    });
    const record = async (
      when: string,
      target: AuditTarget,
      event:
        | {
            type: 'registration.method_registered' | 'registration.method_removed';
            method: MethodType;
          }
        | { type: 'registration.reconfirmed' },
    ) => {
      fixture.clock.set(at(when));
      await log.record({
        ...event,
        tenantId: TENANT,
        actor: { kind: 'user', id: target.userId },
        target,
        result: 'success',
        correlationId: `req-${when}`,
      } as AuditEventInput);
    };
    return { ...fixture, record };
  }

  it('lists registrations, removals and reconfirmations newest first, in the date range', async () => {
    const { reports, record, flow } = await registrationFixture();
    await record('2026-10-31T23:59:59.999Z', ALICE, { type: 'registration.reconfirmed' });
    await record('2026-11-01T00:00:00Z', ALICE, {
      type: 'registration.method_registered',
      method: 'email',
    });
    await record('2026-11-02T00:00:00Z', ROOT, {
      type: 'registration.method_registered',
      method: 'mobileSms',
    });
    await flow({ at: at('2026-11-02T12:00:00Z'), steps: [canceled] });
    await record('2026-11-03T00:00:00Z', ALICE, {
      type: 'registration.method_removed',
      method: 'email',
    });
    await record('2026-11-04T00:00:00Z', ALICE, { type: 'registration.reconfirmed' });
    await record('2026-12-01T00:00:00Z', ALICE, { type: 'registration.reconfirmed' });
    const page = await reports.registrationActivity(NOVEMBER);
    expect(page).toEqual({
      rows: [
        {
          userId: 'u-alice',
          username: 'alice',
          role: 'user',
          time: '2026-11-04T00:00:00.000Z',
          action: 'reconfirmed',
        },
        {
          userId: 'u-alice',
          username: 'alice',
          role: 'user',
          time: '2026-11-03T00:00:00.000Z',
          action: 'removed',
          method: 'email',
        },
        {
          userId: 'u-root',
          username: 'root',
          role: 'admin',
          time: '2026-11-02T00:00:00.000Z',
          action: 'registered',
          method: 'mobileSms',
        },
        {
          userId: 'u-alice',
          username: 'alice',
          role: 'user',
          time: '2026-11-01T00:00:00.000Z',
          action: 'registered',
          method: 'email',
        },
      ],
      nextCursor: null,
    });
    expect(
      (await reports.registrationActivity({ ...NOVEMBER, userId: 'u-root' })).rows.map(
        (row) => row.username,
      ),
    ).toEqual(['root']);
  });

  it('pages 25 events 10 at a time as 10, 10 and 5 rows with no repeats', async () => {
    const { reports, record } = await registrationFixture();
    for (let index = 0; index < 25; index++) {
      const when = new Date(NOVEMBER.from.getTime() + Math.floor(index / 3) * HOUR + index);
      await record(when.toISOString(), index % 2 === 0 ? ALICE : BOB, {
        type: 'registration.method_registered',
        method: 'email',
      });
    }
    const sizes: number[] = [];
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await reports.registrationActivity({
        ...NOVEMBER,
        limit: 10,
        ...(cursor === undefined ? {} : { cursor }),
      });
      sizes.push(page.rows.length);
      seen.push(...page.rows.map((row) => row.time));
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined);
    expect(sizes).toEqual([10, 10, 5]);
    expect(new Set(seen).size).toBe(25);
    await expect(
      reports.registrationActivity({ ...NOVEMBER, cursor: 'nonsense' }),
    ).rejects.toMatchObject({ code: 'invalid_cursor' });
  });

  it('exports every row as CSV', async () => {
    const { reports, record } = await registrationFixture();
    await record(
      '2026-11-02T00:00:00Z',
      { ...BOB, username: '=HYPERLINK("x")' },
      {
        type: 'registration.method_registered',
        method: 'officeVoice',
      },
    );
    await record('2026-11-03T00:00:00Z', BOB, { type: 'registration.reconfirmed' });
    expect(await reports.registrationActivityCsv(NOVEMBER)).toBe(
      'time,userId,username,role,action,method\r\n' +
        '2026-11-03T00:00:00.000Z,u-bob,bob,user,reconfirmed,\r\n' +
        `2026-11-02T00:00:00.000Z,u-bob,"'=HYPERLINK(""x"")",user,registered,officeVoice\r\n`,
    );
  });

  it('exports more rows than one page holds, each once, newest first', async () => {
    const { reports, record } = await registrationFixture();
    const count = 1001;
    for (let index = 0; index < count; index++) {
      const when = new Date(NOVEMBER.from.getTime() + index * MINUTE);
      await record(when.toISOString(), ALICE, { type: 'registration.reconfirmed' });
    }
    const lines = (await reports.registrationActivityCsv(NOVEMBER)).split('\r\n').slice(1, -1);
    expect(lines).toHaveLength(count);
    expect(new Set(lines).size).toBe(count);
    expect(lines[0]).toBe('2026-11-01T16:40:00.000Z,u-alice,alice,user,reconfirmed,');
    expect(lines.at(-1)).toBe('2026-11-01T00:00:00.000Z,u-alice,alice,user,reconfirmed,');
  });
});

describe('reports: reset activity export', () => {
  it('exports every row of the range as CSV, from one pass', async () => {
    const { flow, reports } = await createFixture();
    for (let index = 0; index < 1205; index++) {
      await flow({
        at: new Date(NOVEMBER.from.getTime() + index * MINUTE),
        target: index === 0 ? { ...ALICE, username: '-alice,"the first"' } : ALICE,
        steps: [verified('mobileSms'), verified('email'), passwordReset('mobileSms', 'email')],
      });
    }
    const csv = await reports.resetActivityCsv(NOVEMBER);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('time,userId,username,role,intent,methods,result,detail,flowId');
    expect(lines).toHaveLength(1 + 1205 + 1);
    expect(lines[1]).toBe(
      '2026-11-01T20:04:00.000Z,u-alice,alice,user,reset,mobileSms;email,Succeeded,password_reset,flow-1205',
    );
    expect(lines[1205]).toBe(
      `2026-11-01T00:00:00.000Z,u-alice,"'-alice,""the first""",user,reset,mobileSms;email,Succeeded,password_reset,flow-001`,
    );
    expect(lines[1206]).toBe('');
  });
});

function pick(row: ResetActivityRow | undefined) {
  return row === undefined ? undefined : { result: row.result, detail: row.detail };
}
