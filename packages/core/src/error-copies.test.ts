// Two copies of the package in one process (a bundled copy beside node_modules, or an
// adapter and the engine resolving two versions): an error thrown by one must still be
// recognized by the other, or `incorrect_password` from one copy would answer as an
// unknown error (500) through the other's handler (issue 16).
import { describe, expect, it } from 'vitest';
import { AccountError } from './account/account-error.js';
import { InvalidPolicyError, OpenResetError } from './errors.js';
import { toErrorResponse } from './http/error-status.js';
import { DirectoryError } from './ports/directory.js';
import { DeliveryError } from './ports/messaging.js';
import { RecoveryError } from './recovery/recovery-error.js';

// A query string makes the module loader load a module a second time: a second copy with
// classes of its own. (Through a function, so the type checker does not look for a file
// named with the query.)
const load = (specifier: string): Promise<unknown> => import(specifier);
const other = {
  account: (await load(
    './account/account-error.js?second-copy',
  )) as typeof import('./account/account-error.js'),
  directory: (await load(
    './ports/directory.js?second-copy',
  )) as typeof import('./ports/directory.js'),
  errors: (await load('./errors.js?second-copy')) as typeof import('./errors.js'),
};

describe('errors from another copy of the package', () => {
  it('are really of other classes (the test would prove nothing otherwise)', () => {
    expect(other.directory.DirectoryError).not.toBe(DirectoryError);
    const foreign = new other.directory.DirectoryError('unavailable', 'down');
    expect(Object.getPrototypeOf(foreign)).not.toBe(DirectoryError.prototype);
  });

  it('are recognized by instanceof, down to their own class only', () => {
    const directory = new other.directory.DirectoryError('user_not_found', 'no');
    expect(directory instanceof DirectoryError).toBe(true);
    expect(directory instanceof OpenResetError).toBe(true);
    expect(directory instanceof Error).toBe(true);
    expect(directory instanceof RecoveryError).toBe(false);
    expect(directory instanceof AccountError).toBe(false);
    expect(directory instanceof DeliveryError).toBe(false);
    const policy = new other.errors.InvalidPolicyError([{ path: 'x', code: 'custom' }]);
    expect(policy instanceof InvalidPolicyError).toBe(true);
    expect(policy instanceof DirectoryError).toBe(false);
    // And the other way round.
    expect(new DirectoryError('unavailable', 'x') instanceof other.directory.DirectoryError).toBe(
      true,
    );
  });

  it('map to the same HTTP answer', () => {
    const ours = toErrorResponse(new AccountError('incorrect_password', 'wrong'));
    const theirs = toErrorResponse(new other.account.AccountError('incorrect_password', 'wrong'));
    expect(theirs).toEqual(ours);
    expect(theirs.status).toBe(422);
    const unreachable = toErrorResponse(new other.directory.DirectoryError('unavailable', 'down'));
    expect(unreachable.status).toBe(503);
  });

  it('keep prototype checks for subclasses without a brand of their own, and refuse look-alikes', () => {
    class HostError extends DirectoryError {}
    expect(new HostError('unavailable', 'x') instanceof HostError).toBe(true);
    expect(new DirectoryError('unavailable', 'x') instanceof HostError).toBe(false);
    expect(new HostError('unavailable', 'x') instanceof DirectoryError).toBe(true);
    const lookalike: object = { code: 'unavailable', name: 'DirectoryError', message: 'x' };
    expect(lookalike instanceof DirectoryError).toBe(false);
    expect((null as unknown as object) instanceof OpenResetError).toBe(false);
    expect(Object.keys(new DirectoryError('unavailable', 'x'))).not.toContain('brands');
  });
});
