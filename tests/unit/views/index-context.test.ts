import { describe, expect, it } from 'vitest';
import type { IndexDay } from '@/lib/history/types';
import { indexContext } from '@/lib/views/index-context';
import { parsePeriod, periodShortfall } from '@/lib/views/period';

/** Closes on consecutive days 2025-01-01 + i (the dates only need to sort). */
function days(closes: number[]): IndexDay[] {
  return closes.map((close, i) => ({ date: `2025-${String(1 + Math.floor(i / 28)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`, close, changePct: 0 }));
}

describe('index card context', () => {
  it('says "highest close since" the last higher close when it is 20+ sessions back', () => {
    // 100, then 30 closes between 90 and 99, then 99.5: higher than the last 30, lower than day 0.
    const series = days([100, ...Array.from({ length: 30 }, (_, i) => 90 + (i % 10)), 99.5]);
    const ctx = indexContext('HSI', series)!;
    expect(ctx.since).toEqual({ kind: 'highest', date: series[0]!.date, sessions: 30, archiveStart: series[0]!.date });
    expect(ctx.range).toMatchObject({ low: 90, high: 100, sessions: 32 });
    expect(ctx.position).toBeCloseTo(0.95, 12);
  });

  it('says nothing when the last higher close was yesterday, and names the archive start when none was higher', () => {
    expect(indexContext('HSI', days([...Array.from({ length: 25 }, () => 100), 101, 100.5]))!.since).toBeNull();
    const rising = days(Array.from({ length: 22 }, (_, i) => 100 + i));
    expect(indexContext('HSI', rising)!.since).toEqual({ kind: 'highest', date: null, sessions: 21, archiveStart: rising[0]!.date });
    const falling = days(Array.from({ length: 22 }, (_, i) => 100 - i));
    expect(indexContext('HSI', falling)!.since).toMatchObject({ kind: 'lowest', date: null, sessions: 21 });
  });

  it('measures the range over the last 250 closes only', () => {
    const ctx = indexContext('HSI', days([500, ...Array.from({ length: 250 }, (_, i) => 100 + (i % 5))]))!;
    expect(ctx.range).toMatchObject({ high: 104, low: 100, sessions: 250 });
  });
});

describe('period parameter', () => {
  it('accepts the six periods, any case, and treats anything else as 1D', () => {
    expect(parsePeriod({ period: '1M' })).toBe('1m');
    expect(parsePeriod({ period: ['ytd', '1y'] })).toBe('ytd');
    expect(parsePeriod({ period: '5y' })).toBe('1d');
    expect(parsePeriod({})).toBe('1d');
  });

  it('says how much shorter than the period the archive is', () => {
    expect(periodShortfall({ period: '1y', endDate: '2024-03-01', startDate: '2024-01-03', baseDate: null, sessions: 41, complete: false })).toBe(
      'The archive holds only 41 sessions up to this one',
    );
    expect(periodShortfall({ period: '1m', endDate: '2025-06-30', startDate: '2025-06-02', baseDate: '2025-05-30', sessions: 21, complete: true })).toBeNull();
  });
});
