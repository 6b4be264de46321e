import { describe, expect, it } from 'vitest';
import { groupMove } from '@/lib/metrics/group-move';
import type { StockQuote } from '@/lib/session/model';


function stock(code: string, changePct: number, extra: Partial<StockQuote> = {}): StockQuote {
  return {
    code,
    name: `S${code}`,
    nameZh: null,
    sector: 'Materials',
    changePct,
    close: null,
    prevClose: null,
    volume: null,
    turnover: null,
    marketCap: null,
    closeBasis: null,
    listingDate: null,
    extreme: Math.abs(changePct) > 50,
    ...extra,
  };
}

describe('groupMove on hand-computed cases', () => {
  it.each([
    {
      label: 'empty',
      stocks: [],
      bench: 0.5,
      want: { count: 0, equalWeightedPct: null, medianPct: null, weightedBy: null, weightedPct: null, advancers: 0, decliners: 0, unchanged: 0, relativeStrengthPp: null, best: null, worst: null, extremeCount: 0 },
    },
    {
      label: 'one stock',
      stocks: [stock('00001', 2)],
      bench: 0.5,
      want: { count: 1, equalWeightedPct: 2, medianPct: 2, advancers: 1, decliners: 0, unchanged: 0, relativeStrengthPp: 1.5, best: { code: '00001', name: 'S00001', changePct: 2 } },
    },
    {
      label: 'all unchanged (incl. -0 and 0.004)',
      stocks: [stock('00001', 0), stock('00002', -0), stock('00003', 0.004)],
      bench: null,
      want: { count: 3, advancers: 0, decliners: 0, unchanged: 3, relativeStrengthPp: null },
    },
    {
      label: 'mixed, extreme excluded',
      stocks: [stock('00001', 3), stock('00002', -1), stock('00003', 1), stock('00004', 198)],
      bench: 1,
      want: { count: 3, equalWeightedPct: 1, medianPct: 1, advancers: 2, decliners: 1, relativeStrengthPp: 0, extremeCount: 1, extremes: [{ code: '00004', name: 'S00004', changePct: 198 }] },
    },
  ])('$label', ({ stocks, bench, want }) => {
    expect(groupMove(stocks, bench)).toMatchObject(want);
  });

  it.each([NaN, Infinity, -Infinity])('rejects a %s % change with a clear error', (bad) => {
    expect(() => groupMove([stock('00001', 1), stock('00700', bad)], 0, '2025-05-21 Materials')).toThrow(/2025-05-21 Materials stock 00700: changePct is/);
  });

  it('weights by market cap when ≥ 80 % have one, else turnover, else none', () => {
    const caps = [stock('00001', 1, { marketCap: 300, turnover: 1 }), stock('00002', 3, { marketCap: 100, turnover: 1 })];
    expect(groupMove(caps, null)).toMatchObject({ weightedBy: 'marketCap', weightedPct: 1.5 });
    const turnover = [stock('00001', 1, { turnover: 1 }), stock('00002', 3, { turnover: 3 })];
    expect(groupMove(turnover, null)).toMatchObject({ weightedBy: 'turnover', weightedPct: 2.5 });
    const half = [stock('00001', 1, { marketCap: 5 }), stock('00002', 3)];
    expect(groupMove(half, null)).toMatchObject({ weightedBy: null, weightedPct: null });
  });

  it('breaks best/worst ties by the lower code', () => {
    const g = groupMove([stock('00005', 2), stock('00003', 2), stock('00009', -1), stock('00002', -1)], null);
    expect(g.best?.code).toBe('00003');
    expect(g.worst?.code).toBe('00002');
  });
});
