/**
 * Which industry average the heatmap headers and the summary chart show. The averages themselves are
 * lib/metrics' (extremes excluded there); this only picks: cap-weighted when the snapshot carries market
 * caps for every industry with stocks (lib/metrics decides coverage), else equal-weighted.
 */
import type { IndustryMove } from '@/lib/metrics/session-moves';

export type IndustryBasis = 'equal-weighted' | 'cap-weighted';

export function industryBasis(moves: readonly IndustryMove[]): IndustryBasis {
  const withStocks = moves.filter((m) => m.count > 0);
  return withStocks.length > 0 && withStocks.every((m) => m.weightedBy === 'marketCap') ? 'cap-weighted' : 'equal-weighted';
}

export function industryPct(move: IndustryMove, basis: IndustryBasis): number | null {
  return basis === 'cap-weighted' ? move.weightedPct : move.equalWeightedPct;
}
