/**
 * Market-wide facts: breadth when lopsided, the rotation between groups (or which group bore the brunt
 * or led a broad move), RRG quadrant changes, and the extreme moves (always named, as such).
 *
 *   breadth   salience |(A − D)/(A + D)| / 0.15, needs ≥ MIN_STOCKS_FOR_BREADTH stocks and |net| ≥ 0.2
 *   rotation  salience |cyclicals − growth| / (σ·√(1/n₁ + 1/n₂)), needs ≥ 3 stocks a side and a gap ≥ 1 pp
 *
 * "Rotation" is claimed only when the groups went opposite ways (each rounds to a non-zero % of its own
 * sign) or the gap is large against the day's market move (≥ ROTATION_GAP_VS_MARKET × |HSI %|). On a
 * broad fall the fact says which group bore the brunt; on a broad rise, which led.
 */
import type { TakeawayContext } from '@/lib/takeaways/context';
import { MIN_GROUP_STOCKS, rankedIndustries } from '@/lib/takeaways/candidates/industries';
import { emptyRefs, type Candidate } from '@/lib/takeaways/facts';

export const MIN_STOCKS_FOR_BREADTH = 50;
export const MIN_NET_BREADTH = 0.2;
export const MIN_ROTATION_GAP_PP = 1;
export const ROTATION_GAP_VS_MARKET = 2;
const MAX_RRG_CHANGES = 3;

export function breadthCandidates(ctx: TakeawayContext): Candidate[] {
  const b = ctx.metrics.breadth;
  if (b.total < MIN_STOCKS_FOR_BREADTH || b.netBreadth === null || Math.abs(b.netBreadth) < MIN_NET_BREADTH) return [];
  const net = b.netBreadth;
  return [
    {
      kind: 'breadth',
      key: 'breadth',
      salience: Math.abs(net) / 0.15,
      build: () => ({
        fact: { kind: 'breadth', advancers: b.advancers, decliners: b.decliners, total: b.total, ratio: b.advanceDeclineRatio, net },
        refs: { ...emptyRefs(), market: ['breadth'] },
      }),
    },
  ];
}

/** Sign of a % as printed to 2 dp: 0 when it rounds to 0.00. */
const printedSign = (pct: number) => Math.sign(Number(pct.toFixed(2)));

export function rotationCandidates(ctx: TakeawayContext): Candidate[] {
  const rot = ctx.metrics.rotation;
  const cyc = rot.groups.cyclicals;
  const gro = rot.groups.growth;
  const gap = rot.cyclicalsVsGrowthPp;
  if (gap === null || cyc.count < MIN_GROUP_STOCKS || gro.count < MIN_GROUP_STOCKS || Math.abs(gap) < MIN_ROTATION_GAP_PP) return [];
  const c = cyc.equalWeightedPct!;
  const g = gro.equalWeightedPct!;
  const opposite = printedSign(c) * printedSign(g) < 0;
  const large = Math.abs(gap) >= ROTATION_GAP_VS_MARKET * Math.abs(ctx.market);
  // Not a rotation: a broad move. Both at or below zero (or the market fell) is a fall.
  const shape = opposite || large ? 'rotation' : c + g < 0 ? 'brunt' : 'led';
  const def = rot.groups.defensives;
  const defVs = rot.defensivesVsMarketPp !== null && def.count >= MIN_GROUP_STOCKS && Math.abs(rot.defensivesVsMarketPp) >= MIN_ROTATION_GAP_PP ? rot.defensivesVsMarketPp : null;
  const refs = { ...emptyRefs(), groups: ['cyclicals', 'growth'] };
  if (defVs !== null) {
    refs.groups.push('defensives');
    refs.indices.push('HSI');
  }
  return [
    {
      kind: 'rotation',
      key: 'rotation',
      salience: Math.abs(gap) / (ctx.scale * Math.sqrt(1 / cyc.count + 1 / gro.count)),
      build: () => ({
        fact: { kind: 'rotation', shape, cyclicals: { pct: c, count: cyc.count }, growth: { pct: g, count: gro.count }, gapPp: gap, defensivesVsHsiPp: defVs },
        refs,
      }),
    },
  ];
}

/** RRG quadrant changes into Leading or Lagging, for industries large enough to be ranked today. */
export function rrgCandidates(ctx: TakeawayContext): Candidate[] {
  const history = ctx.input.history;
  // With the store's history the weekly graph speaks instead (candidates/rotation-history.ts).
  if (!history || ctx.sparse || ctx.input.past) return [];
  const rankedNames = new Set(rankedIndustries(ctx).map((r) => r.industry));
  const changes = history.rrg
    .filter((r) => r.changed && r.quadrant !== null && rankedNames.has(r.industry) && (r.quadrant === 'Leading' || r.quadrant === 'Lagging'))
    .slice(0, MAX_RRG_CHANGES);
  if (changes.length === 0) return [];
  return [
    {
      kind: 'rrg',
      key: 'rrg',
      salience: 1,
      build: () => ({
        fact: { kind: 'rrg', changes: changes.map((r) => ({ industry: r.industry, from: r.previousQuadrant, to: r.quadrant! })) },
        refs: { ...emptyRefs(), industries: changes.map((r) => r.industry), indices: ['HSI'] },
      }),
    },
  ];
}

/** Extreme moves (beyond ±EXTREME_MOVE_PCT): always named, never read as a trend. */
export function extremeCandidates(ctx: TakeawayContext): Candidate[] {
  const extremes = ctx.session.stocks.filter((s) => s.extreme).sort((a, b) => (a.code < b.code ? -1 : 1));
  if (extremes.length === 0) return [];
  const shown = extremes.slice(0, 3);
  return [
    {
      kind: 'extreme',
      key: 'extreme',
      salience: Infinity,
      always: true,
      build: () => ({ fact: { kind: 'extreme', stocks: shown.map(ctx.move), more: extremes.length - shown.length }, refs: { ...emptyRefs(), stocks: shown.map((s) => s.code) } }),
    },
  ];
}
