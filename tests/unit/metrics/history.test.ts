import { describe, expect, it } from 'vitest';
import { historyMetrics } from '@/lib/metrics';
import { chainLinkPct, industryDailySeries, industryTrends, METRICS_LOOKBACK, trailingReturnPct, trailingStreak } from '@/lib/metrics/history';
import { quadrantOf, relativeRotation } from '@/lib/metrics/rrg';
import type { Industry } from '@/lib/industries';
import type { Session, StockQuote } from '@/lib/session/model';

function stock(code: string, sector: Industry, changePct: number): StockQuote {
  return { code, name: code, nameZh: null, sector, changePct, close: null, prevClose: null, volume: null, turnover: null, marketCap: null, closeBasis: null, listingDate: null, extreme: Math.abs(changePct) > 50 };
}

/** Sessions 2025-01-01 … with the HSI move and, per industry, one or two stocks averaging the given move. */
function sessions(hsi: readonly number[], industries: Partial<Record<Industry, readonly number[]>>): Session[] {
  return hsi.map((h, t) => ({
    date: `2025-${String(1 + Math.floor(t / 28)).padStart(2, '0')}-${String(1 + (t % 28)).padStart(2, '0')}`,
    session: 'full',
    indices: [{ id: 'HSI', name: 'Hang Seng Index', nameZh: null, close: 20000, prevClose: 20000 / (1 + h / 100), change: 0, changePct: h }],
    stocks: Object.entries(industries).flatMap(([ind, pcts], k) => {
      const r = pcts![t]!;
      // Two stocks ±0.5 around the industry move, so the equal-weighted mean is exactly r.
      return [stock(String(10000 + 2 * k).padStart(5, '0'), ind as Industry, r + 0.5), stock(String(10001 + 2 * k).padStart(5, '0'), ind as Industry, r - 0.5)];
    }),
    reportedSectors: null,
    warnings: [],
  }));
}

describe('chain-linked returns', () => {
  it.each([
    ['empty', [], 0],
    ['one day', [2], 2],
    ['up then down', [10, -10], -1],
    ['flat', [0, 0, 0], 0],
  ])('%s', (_l, pcts, expected) => {
    expect(chainLinkPct(pcts)).toBeCloseTo(expected, 12);
  });
  it.each([
    ['too short', [1, 2], 5, null],
    ['a missing day', [1, null, 1, 1, 1], 5, null],
    ['last 2 of 3', [50, 10, 10], 2, 21],
  ])('trailing: %s', (_l, daily, n, expected) => {
    const r = trailingReturnPct(daily, n);
    if (expected === null) expect(r).toBeNull();
    else expect(r).toBeCloseTo(expected, 10);
  });
});

describe('streaks', () => {
  it.each([
    ['empty', [], 0],
    ['three up', [-1, 1, 1, 1], 3],
    ['two down', [1, -1, -1], -2],
    ['ends unchanged', [1, 1, 0], 0],
    ['ends missing', [1, null], 0],
  ] as const)('%s', (_l, signs, expected) => {
    expect(trailingStreak(signs)).toBe(expected);
  });

  it('counts industry streaks vs 0 and vs the HSI', () => {
    const s = sessions([1, 1, 1, 1], { Materials: [-1, 2, 3, 4], Utilities: [2, 0.5, 0.5, 0.5] });
    const trends = industryTrends(industryDailySeries(s));
    expect(trends.find((t) => t.industry === 'Materials')).toMatchObject({ streak: 3, streakVsBenchmark: 3, return5dPct: null });
    expect(trends.find((t) => t.industry === 'Utilities')).toMatchObject({ streak: 4, streakVsBenchmark: -3 });
    expect(trends.find((t) => t.industry === 'Energy')).toMatchObject({ streak: 0, return5dPct: null });
  });

  it('5- and 20-session returns chain-link the daily equal-weighted moves', () => {
    const daily = Array.from({ length: 20 }, (_, t) => (t % 2 === 0 ? 1 : -0.5));
    const s = sessions(Array(20).fill(0), { Materials: daily });
    const m = industryTrends(industryDailySeries(s)).find((t) => t.industry === 'Materials')!;
    expect(m.return20dPct).toBeCloseTo((1.01 ** 10 * 0.995 ** 10 - 1) * 100, 10);
    expect(m.return5dPct).toBeCloseTo((1.01 ** 2 * 0.995 ** 3 - 1) * 100, 10);
  });
});

describe('relative rotation graph', () => {
  const n = 30;
  // A wavy benchmark so RS is not trivially exponential.
  const hsi = Array.from({ length: n }, (_, t) => 0.8 * Math.sin(t * 1.7));
  // Materials beats the HSI by 0.3 pp every session, Utilities trails it by as much: their RS-Ratio stays
  // above / below 100 throughout. A perfectly steady lead leaves RS-Momentum at ~100 (on the boundary), so the
  // lead widens in the last two sessions (+0.8, +1.3 pp) to give momentum a direction. (A longer acceleration
  // rotates on to Weakening as the z-score saturates: the clockwise RRG rotation.)
  const excess = Array.from({ length: n }, (_, t) => (t < n - 2 ? 0.3 : 0.3 + 0.5 * (t - (n - 3))));
  const s = sessions(hsi, {
    Materials: hsi.map((h, t) => h + excess[t]!),
    Utilities: hsi.map((h, t) => h - excess[t]!),
    Energy: hsi.map((h) => h),
  });
  const rrg = relativeRotation(industryDailySeries(s));
  const of = (i: Industry) => rrg.find((r) => r.industry === i)!;

  it('puts the steady out-performer in Leading and the under-performer in Lagging', () => {
    expect(of('Materials').quadrant).toBe('Leading');
    expect(of('Utilities').quadrant).toBe('Lagging');
    expect(of('Materials').tail.every((p) => p.ratio > 100)).toBe(true);
    expect(of('Utilities').tail.every((p) => p.ratio < 100)).toBe(true);
    expect(of('Materials').tail).toHaveLength(5);
    expect(of('Materials').tail.at(-1)!.momentum).toBeGreaterThan(100.5);
    expect(of('Utilities').tail.at(-1)!.momentum).toBeLessThan(99.5);
  });

  it('keeps an industry that moves with the HSI at the centre', () => {
    for (const p of of('Energy').tail) {
      expect(p.ratio).toBeCloseTo(100, 6);
      expect(p.momentum).toBeCloseTo(100, 6);
    }
  });

  it('has no points for an industry without stocks, or with too short a history', () => {
    expect(of('Healthcare')).toMatchObject({ tail: [], quadrant: null, previousQuadrant: null, changed: false });
    const short = relativeRotation(industryDailySeries(s.slice(0, 14)));
    expect(short.find((r) => r.industry === 'Materials')!.tail).toEqual([]);
  });

  it('does not depend on where the look-back window starts (z-scores are scale-invariant)', () => {
    const full = historyMetrics(s).rrg;
    const exact = relativeRotation(industryDailySeries(s.slice(-METRICS_LOOKBACK)));
    expect(full).toEqual(exact);
    const longer = relativeRotation(industryDailySeries(s.slice(-25)));
    const a = longer.find((r) => r.industry === 'Materials')!.tail.at(-1)!;
    const b = exact.find((r) => r.industry === 'Materials')!.tail.at(-1)!;
    expect(a.ratio).toBeCloseTo(b.ratio, 9);
    expect(a.momentum).toBeCloseTo(b.momentum, 9);
  });

  it.each([
    [101, 101, 'Leading'],
    [101, 99, 'Weakening'],
    [99, 99, 'Lagging'],
    [99, 101, 'Improving'],
    [100, 100, 'Leading'],
  ] as const)('quadrant of (%s, %s) is %s', (ratio, mom, q) => {
    expect(quadrantOf(ratio, mom)).toBe(q);
  });

  it('rejects sessions out of order and NaN moves', () => {
    expect(() => industryDailySeries([s[1]!, s[0]!])).toThrow(/oldest first/);
    const bad = sessions([0], { Materials: [NaN] });
    expect(() => industryDailySeries(bad)).toThrow(/changePct is NaN/);
  });
});
