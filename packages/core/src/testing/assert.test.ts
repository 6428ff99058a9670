import { describe, expect, it } from 'vitest';
import { OpenResetError } from '../errors.js';
import { assert } from './assert.js';
import { ConformanceError } from './conformance-error.js';

describe('assert', () => {
  it('treats deeply equal values as equal, Dates by instant and undefined keys as absent', () => {
    expect(() =>
      assert.equal(
        { a: [1, { b: new Date(5) }], c: undefined, d: Uint8Array.of(1) },
        { a: [1, { b: new Date(5) }], d: Uint8Array.of(1) },
        'values',
      ),
    ).not.toThrow();
    expect(() => assert.equal(Number.NaN, Number.NaN, 'NaN')).not.toThrow();
  });

  it('throws a ConformanceError naming both values and the first difference', () => {
    let error: unknown;
    try {
      assert.equal({ list: [1, 2, 3] }, { list: [1, 2, 4] }, 'the list');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConformanceError);
    expect((error as ConformanceError).message).toBe(
      'the list: expected {"list":[1,2,4]}, got {"list":[1,2,3]} (first difference at .list[2])',
    );
    expect(error).toMatchObject({ expected: { list: [1, 2, 4] }, actual: { list: [1, 2, 3] } });
  });

  it('tells Dates from their ISO strings, null from undefined, and arrays from objects', () => {
    expect(() => assert.equal(new Date(0), new Date(0).toISOString(), 'date')).toThrow(
      ConformanceError,
    );
    expect(() => assert.equal(null, undefined, 'null')).toThrow(ConformanceError);
    expect(() => assert.equal([1], { 0: 1 }, 'array')).toThrow(ConformanceError);
    expect(() => assert.equal(new Date(0), new Date(1), 'instant')).toThrow(ConformanceError);
    expect(() => assert.equal([1, 2], [1], 'length')).toThrow(/first difference at \.length/);
  });

  it('throws a ConformanceError when ok is given a falsy value', () => {
    expect(() => assert.ok(false, 'it holds')).toThrow(ConformanceError);
    expect(() => assert.ok(1, 'it holds')).not.toThrow();
  });

  it('accepts a rejection with the expected code and refuses anything else', async () => {
    const reject = (error: unknown) => () => Promise.reject(error);
    await assert.rejectsWithCode(
      reject(new OpenResetError('conflict', 'x')),
      'conflict',
      'conflict',
    );
    await expect(
      assert.rejectsWithCode(reject(new OpenResetError('conflict', 'x')), 'already_exists', 'code'),
    ).rejects.toThrow(
      /expected a rejection with code "already_exists", got OpenResetError with code "conflict"/,
    );
    await expect(
      assert.rejectsWithCode(() => Promise.resolve(7), 'conflict', 'resolved'),
    ).rejects.toThrow(/but it resolved with 7/);
    await expect(
      assert.rejectsWithCode(reject({ code: 'conflict' }), 'conflict', 'not an Error'),
    ).rejects.toThrow(ConformanceError);
  });
});
