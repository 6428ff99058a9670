import { describe, expect, it } from 'vitest';
import { AccountError, AccountErrorCode } from '../account/account-error.js';
import { ErrorCode, InvalidPolicyError, OpenResetError } from '../errors.js';
import { DirectoryError, DirectoryErrorCode } from '../ports/directory.js';
import { RecoveryError, RecoveryErrorCode } from '../recovery/recovery-error.js';
import {
  ACCOUNT_ERROR_STATUS,
  directoryStatus,
  ENGINE_ERROR_STATUS,
  RECOVERY_ERROR_STATUS,
  toErrorResponse,
} from './error-status.js';
import { HttpError } from './http-error.js';

const isErrorStatus = (status: number) => Number.isInteger(status) && status >= 400 && status < 600;

describe('error status tables', () => {
  it('map every recovery code, and only those', () => {
    const codes = Object.values(RecoveryErrorCode);
    expect(Object.keys(RECOVERY_ERROR_STATUS).sort()).toEqual([...codes].sort());
    for (const code of codes) {
      const parts = toErrorResponse(new RecoveryError(code, 'm'));
      expect(parts.body.error.code, code).toBe(code);
      expect(isErrorStatus(parts.status), code).toBe(true);
      expect(parts.status, code).not.toBe(500);
    }
  });

  it('map every account code, and only those', () => {
    const codes = Object.values(AccountErrorCode);
    expect(Object.keys(ACCOUNT_ERROR_STATUS).sort()).toEqual([...codes].sort());
    for (const code of codes) {
      const parts = toErrorResponse(new AccountError(code, 'm'));
      expect(parts.body.error.code, code).toBe(code);
      expect(parts.status, code).not.toBe(500);
    }
  });

  it('map every engine code', () => {
    expect(Object.keys(ENGINE_ERROR_STATUS).sort()).toEqual(Object.values(ErrorCode).sort());
    for (const code of Object.values(ErrorCode)) {
      expect(toErrorResponse(new OpenResetError(code, 'm')).status).toBe(ENGINE_ERROR_STATUS[code]);
    }
  });

  it('answer an unreachable storage 503 with Retry-After, and nothing else with it', () => {
    const parts = toErrorResponse(new OpenResetError('unavailable', 'database down'));
    expect(parts).toMatchObject({
      status: 503,
      body: { error: { code: 'unavailable', retryAfterSeconds: 5 } },
      headers: { 'retry-after': '5' },
    });
    expect(toErrorResponse(new OpenResetError('conflict', 'm')).headers).toEqual({});
  });

  it('give every directory code a 4xx or 5xx, 503 for an outage, 422 for its password rules', () => {
    for (const code of Object.values(DirectoryErrorCode))
      expect(isErrorStatus(directoryStatus(code))).toBe(true);
    expect(directoryStatus('unavailable')).toBe(503);
    expect(directoryStatus('password_policy')).toBe(422);
    expect(directoryStatus('permissions')).toBe(502);
  });

  it('domain refusals of a password, code or answers are 422', () => {
    for (const code of ['password_rejected', 'invalid_code', 'invalid_answers'] as const) {
      expect(RECOVERY_ERROR_STATUS[code]).toBe(422);
      expect(ACCOUNT_ERROR_STATUS[code]).toBe(422);
    }
  });
});

describe('toErrorResponse', () => {
  it('keeps the public fields and adds Retry-After to 429', () => {
    const parts = toErrorResponse(
      new RecoveryError('blocked', 'm', { retryAfterSeconds: 86_400, cause: new Error('inner') }),
    );
    expect(parts).toEqual({
      status: 429,
      body: { error: { code: 'blocked', retryAfterSeconds: 86_400 } },
      headers: { 'retry-after': '86400' },
    });
  });

  it('gives password issues and the directory code', () => {
    const parts = toErrorResponse(
      new AccountError('password_rejected', 'm', {
        issues: [{ code: 'too_short', minimum: 12, length: 3 }],
      }),
    );
    expect(parts.body.error).toEqual({
      code: 'password_rejected',
      issues: [{ code: 'too_short', minimum: 12, length: 3 }],
    });
    const directory = toErrorResponse(
      new RecoveryError('directory_error', 'm', { directoryCode: 'unavailable' }),
    );
    expect(directory.status).toBe(503);
  });

  it('gives each service its own table, its answer issues and its recovery fields', () => {
    // The same code maps differently per service: a wrong table would show here.
    expect(toErrorResponse(new RecoveryError('method_not_found', 'm')).status).toBe(422);
    expect(toErrorResponse(new AccountError('method_not_found', 'm')).status).toBe(404);
    const answers = [{ questionId: 'q1', code: 'too_short' as const }];
    expect(
      toErrorResponse(new AccountError('invalid_answers', 'm', { answerIssues: answers })).body,
    ).toEqual({ error: { code: 'invalid_answers', answerIssues: answers } });
    expect(
      toErrorResponse(
        new RecoveryError('invalid_code', 'm', { attemptsLeft: 2, reason: 'r', issues: [] }),
      ).body,
    ).toEqual({ error: { code: 'invalid_code', issues: [], reason: 'r', attemptsLeft: 2 } });
  });

  it('hides anything unknown behind 500 internal', () => {
    for (const error of [
      new Error('secret'),
      new TypeError('x'),
      'string',
      null,
      new OpenResetError('weird' as never, 'm'),
      // A service's refusal with a code its table lacks: no status guessed, no field let out.
      new RecoveryError('weird' as never, 'm', { reason: 'not_found', attemptsLeft: 2 }),
      new AccountError('weird' as never, 'm', { retryAfterSeconds: 9 }),
    ]) {
      expect(toErrorResponse(error)).toEqual({
        status: 500,
        body: { error: { code: 'internal' } },
        headers: {},
      });
    }
  });

  it('passes HTTP errors through with their headers', () => {
    const parts = toErrorResponse(
      new HttpError(405, 'unsupported_method', { headers: { allow: 'GET' } }),
    );
    expect(parts).toEqual({
      status: 405,
      body: { error: { code: 'unsupported_method' } },
      headers: { allow: 'GET' },
    });
  });

  it("keeps an HTTP error's issues and Retry-After, and sets the header on 429 and 503 only", () => {
    const issues = [{ path: 'identifier', code: 'too_big', maximum: 256 }];
    expect(toErrorResponse(new HttpError(400, 'invalid_request', { issues }))).toEqual({
      status: 400,
      body: { error: { code: 'invalid_request', issues } },
      headers: {},
    });
    expect(
      toErrorResponse(new HttpError(429, 'rate_limited', { retryAfterSeconds: 29.2 })),
    ).toEqual({
      status: 429,
      body: { error: { code: 'rate_limited', retryAfterSeconds: 29.2 } },
      headers: { 'retry-after': '30' },
    });
    // A wait on another status is told in the body, never as Retry-After.
    expect(
      toErrorResponse(new HttpError(400, 'invalid_request', { retryAfterSeconds: 9 })).headers,
    ).toEqual({});
  });

  it("answers a directory failure that reached it unwrapped as the directory's, and a bad policy 400", () => {
    expect(toErrorResponse(new DirectoryError('unavailable', 'ldap down'))).toEqual({
      status: 503,
      body: { error: { code: 'directory_error', directoryCode: 'unavailable' } },
      headers: {},
    });
    expect(toErrorResponse(new DirectoryError('password_policy', 'refused')).status).toBe(422);
    const issues = [{ path: 'gatesRequired', code: 'too_big', maximum: 2 }];
    expect(toErrorResponse(new InvalidPolicyError(issues))).toEqual({
      status: 400,
      body: { error: { code: 'invalid_policy', issues } },
      headers: {},
    });
  });

  it('treats a directory failure without a code as an outage, and sends no empty field', () => {
    expect(directoryStatus(undefined)).toBe(503);
    // A 503 of the directory carries no wait: no Retry-After made up for it.
    const outage = toErrorResponse(
      new RecoveryError('directory_error', 'm', { directoryCode: 'unavailable' }),
    );
    expect(outage.status).toBe(503);
    expect(outage.headers).toEqual({});
    // Fields without a value are left out of the body, not sent as undefined.
    expect(Object.keys(toErrorResponse(new OpenResetError('conflict', 'm')).body.error)).toEqual([
      'code',
    ]);
  });
});

describe('HttpError', () => {
  it('is named, and carries only the details given', () => {
    const bare = new HttpError(404, 'not_found');
    expect([bare.name, bare.message, bare.status, bare.code, bare.headers]).toEqual([
      'HttpError',
      'not_found',
      404,
      'not_found',
      {},
    ]);
    expect([bare.issues, bare.retryAfterSeconds]).toEqual([undefined, undefined]);
    const full = new HttpError(429, 'rate_limited', {
      issues: [{ path: 'x', code: 'too_big' }],
      retryAfterSeconds: 30,
      headers: { 'retry-after': '30' },
    });
    expect([full.issues, full.retryAfterSeconds, full.headers]).toEqual([
      [{ path: 'x', code: 'too_big' }],
      30,
      { 'retry-after': '30' },
    ]);
  });
});
