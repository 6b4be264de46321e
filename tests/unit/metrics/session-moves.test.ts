import { describe, expect, it } from 'vitest';
import { crossSectionalDispersion, industryMoves, leadershipSpread, rotation, sessionBreadth, sessionMetrics, themeMoves } from '@/lib/metrics/session-moves';
import type { Industry } from '@/lib/industries';
import type { Session, StockQuote } from '@/lib/session/model';
import { dailyBarsText, hkexFixture } from '../../support/hk-fixtures';

function stock(code: string, sector: Industry, changePct: number): StockQuote {
  return { code, name: code, nameZh: null, sector, changePct, close: null, prevClose: null, volume: null, turnover: null, marketCap: null, closeBasis: null, listingDate: null, extreme: Math.abs(changePct) > 50 };
}
function session(stocks: StockQuote[], hsi: number | null = 1, reported: Session['reportedSectors'] = null): Session {
  return {
    date: '2025-05-21',
    session: 'full',
    indices: hsi === null ? [] : [{ id: 'HSI', name: 'Hang Seng Index', nameZh: null, close: 100, prevClose: 100, change: 0, changePct: hsi }],
    stocks,
    reportedSectors: reported,
    warnings: [],
  };
}

describe('sessionBreadth', () => {
  it.each([
    ['empty', [], { advancers: 0, decliners: 0, unchanged: 0, total: 0, advanceDeclineRatio: null, netBreadth: null }],
    ['one stock', [1], { advancers: 1, decliners: 0, total: 1, advanceDeclineRatio: null, netBreadth: 1 }],
    ['all unchanged', [0, -0, 0.001], { unchanged: 3, advanceDeclineRatio: null, netBreadth: null }],
    ['3 up 1 down, extreme set aside', [1, 2, 3, -1, 120], { advancers: 3, decliners: 1, total: 4, extremeCount: 1, advanceDeclineRatio: 3, netBreadth: 0.5 }],
  ])('%s', (_l, pcts, want) => {
    expect(sessionBreadth(pcts.map((p, i) => stock(String(i).padStart(5, '0'), 'Materials', p)))).toMatchObject(want);
  });
  it.each([NaN, Infinity])('rejects %s', (bad) => {
    expect(() => sessionBreadth([stock('00700', 'Materials', bad)])).toThrow(/00700: changePct/);
  });
});

describe('crossSectionalDispersion', () => {
  it.each([
    ['empty', [], null],
    ['one stock', [3], 0],
    ['all unchanged', [0, 0], 0],
    ['σ of 1, 3 (extreme 90 ignored)', [1, 3, 90], 1],
  ])('%s', (_l, pcts, want) => {
    expect(crossSectionalDispersion(pcts.map((p, i) => stock(String(i).padStart(5, '0'), 'Energy', p)))).toBe(want);
  });
});

describe('industries, themes, leadership and rotation', () => {
  const s = session(
    [stock('00001', 'Materials', 4), stock('00002', 'Materials', 6), stock('00003', 'Information Technology', -1), stock('00004', 'Consumer Discretionary', -3), stock('00005', 'Utilities', 0.5)],
    1,
    [{ sector: 'Materials', changePct: 4.8 }],
  );
  const themes = [
    { id: 'internet-platforms', name: 'Internet platforms', codes: ['00003', '00004', '09999'] },
    { id: 'absent', name: 'Absent', codes: ['08888'] },
  ];
  it('computes all 12 industries, with the reported move beside the computed one', () => {
    const inds = industryMoves(s);
    expect(inds).toHaveLength(12);
    expect(inds.find((i) => i.industry === 'Materials')).toMatchObject({ equalWeightedPct: 5, relativeStrengthPp: 4, reportedPct: 4.8, count: 2 });
    expect(inds.find((i) => i.industry === 'Energy')).toMatchObject({ count: 0, equalWeightedPct: null, reportedPct: null });
    expect(leadershipSpread(inds)).toBe(8); // Materials +5 − Consumer Discretionary −3
  });
  it('uses the theme members present and omits a theme with none', () => {
    const t = themeMoves(s, themes);
    expect(t.map((x) => x.id)).toEqual(['internet-platforms']);
    expect(t[0]).toMatchObject({ count: 2, memberCount: 3, missingCodes: ['09999'], equalWeightedPct: -2 });
  });
  it('scores cyclicals against growth (IT + internet platforms) and defensives against the HSI', () => {
    const r = rotation(s, themes);
    expect(r.groups.growth.count).toBe(2);
    expect(r.cyclicalsVsGrowthPp).toBe(7);
    expect(r.defensivesVsMarketPp).toBe(-0.5);
    expect(rotation(session([], null), themes)).toMatchObject({ cyclicalsVsGrowthPp: null, defensivesVsMarketPp: null });
  });
  it('is well defined for an empty session', () => {
    expect(sessionMetrics(session([], null))).toMatchObject({ benchmarkPct: null, dispersionPp: null, leadershipSpreadPp: null, themes: [], extremes: [] });
  });
});

describe('2025-05-21 against an independent computation from the CSVs', () => {
  // Plain line splitting here, on purpose: nothing shared with the app's parsing.
  const lines = (text: string) => text.trim().split('\n').slice(1).map((l) => l.split(','));
  const industryOf = new Map(lines(hkexFixture('securities')).map((c) => [c[0]!, c[3]! as Industry]));
  const prev = new Map<string, number>();
  const today: [string, number][] = [];
  for (const [date, code, close] of lines(dailyBarsText())) {
    if (date === '2025-05-20') prev.set(code!, Number(close));
    if (date === '2025-05-21') today.push([code!, Number(close)]);
  }
  const pcts = today.filter(([c]) => prev.has(c)).map(([c, close]) => [c, (close / prev.get(c)! - 1) * 100] as const);
  const s = session(pcts.map(([c, p]) => stock(c, industryOf.get(c)!, p)), (23827.78 / 23681.48 - 1) * 100);

  it('Materials equal-weighted mean is +2.24 %', () => {
    const mat = pcts.filter(([c]) => industryOf.get(c) === 'Materials').map(([, p]) => p);
    const expected = mat.reduce((a, b) => a + b, 0) / mat.length;
    const got = industryMoves(s).find((i) => i.industry === 'Materials')!;
    expect(got.count).toBe(mat.length);
    expect(got.equalWeightedPct).toBeCloseTo(expected, 10);
    expect(got.equalWeightedPct!.toFixed(2)).toBe('2.24');
    expect(got.relativeStrengthPp!.toFixed(2)).toBe((expected - 0.6178).toFixed(2));
  });
  it('breadth and dispersion match', () => {
    const up = pcts.filter(([, p]) => p >= 0.005).length;
    const down = pcts.filter(([, p]) => p <= -0.005).length;
    expect(sessionBreadth(s.stocks)).toMatchObject({ advancers: up, decliners: down, total: pcts.length });
    const mu = pcts.reduce((a, [, p]) => a + p, 0) / pcts.length;
    const sd = Math.sqrt(pcts.reduce((a, [, p]) => a + (p - mu) ** 2, 0) / pcts.length);
    expect(crossSectionalDispersion(s.stocks)).toBeCloseTo(sd, 10);
  });
});
