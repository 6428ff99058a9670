import { describe, expect, it } from 'vitest';
import {
  daysOf,
  KINDS,
  localDay,
  methodTotals,
  nextDay,
  niceMax,
  resultsPerDay,
  startOfDay,
} from './activity-data.js';

describe('days in the viewer’s time zone', () => {
  it('reads a date input as local midnight, and refuses what is not a date', () => {
    const day = startOfDay('2026-03-29');
    expect(day?.getHours()).toBe(0);
    expect(day === undefined ? '' : localDay(day)).toBe('2026-03-29');
    expect(startOfDay('29/03/2026')).toBeUndefined();
  });

  it('lists every day of a range, the end exclusive', () => {
    const from = startOfDay('2026-02-27') as Date;
    const to = nextDay(startOfDay('2026-03-02') as Date);
    expect(daysOf(from, to)).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
  });
});

describe('resultsPerDay', () => {
  it('counts rows per local day and result, every day present', () => {
    const days = ['2026-03-01', '2026-03-02'];
    const at = (day: string, hour: number) =>
      new Date(`${day}T${String(hour).padStart(2, '0')}:00:00`).toISOString();
    const counted = resultsPerDay(
      [
        { time: at('2026-03-01', 1), result: 'Succeeded' },
        { time: at('2026-03-01', 23), result: 'Succeeded' },
        { time: at('2026-03-01', 12), result: 'Failed' },
        { time: at('2026-03-05', 12), result: 'Failed' },
      ],
      days,
    );
    expect(counted).toEqual([
      { day: '2026-03-01', counts: { Succeeded: 2, Failed: 1 }, total: 3 },
      { day: '2026-03-02', counts: {}, total: 0 },
    ]);
  });
});

describe('methodTotals', () => {
  it('sums per method in method order, zeros left out', () => {
    expect(
      methodTotals([
        { method: 'email', count: 2 },
        { method: 'mobileSms', count: 1 },
        { method: 'email', count: 3 },
        { method: 'passkey', count: 0 },
      ]),
    ).toEqual([
      { method: 'mobileSms', count: 1 },
      { method: 'email', count: 5 },
    ]);
  });

  it('orders kinds of recovery data by their own order', () => {
    expect(
      methodTotals(
        [
          { method: 'authenticator', count: 1 },
          { method: 'mobile', count: 2 },
        ],
        KINDS,
      ),
    ).toEqual([
      { method: 'mobile', count: 2 },
      { method: 'authenticator', count: 1 },
    ]);
  });
});

describe('niceMax', () => {
  it('rounds an axis up to 1, 2 or 5 times a power of ten', () => {
    expect(niceMax(0)).toBe(1);
    expect(niceMax(3)).toBe(5);
    expect(niceMax(7)).toBe(10);
    expect(niceMax(11)).toBe(20);
    expect(niceMax(200)).toBe(200);
    expect(niceMax(201)).toBe(500);
  });
});
