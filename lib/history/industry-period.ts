/**
 * An industry's period move: the equal-weighted mean of its members' period returns, leaving out any
 * member with a daily move beyond ±EXTREME_MOVE_PCT inside the period (as the one-day average does).
 */
import { INDUSTRIES, type Industry } from '@/lib/industries';
import type { StockPeriodReturn } from '@/lib/history/types';

export interface IndustryPeriodMove {
  industry: Industry;
  /** Mean of the members' period returns, %; null when no member counts. */
  changePct: number | null;
  /** Members averaged. */
  members: number;
  /** Members left out for an extreme day in the period. */
  extremes: number;
}

export function industryPeriodMoves(returns: readonly StockPeriodReturn[], sectorOf: (code: string) => Industry | undefined): IndustryPeriodMove[] {
  const sums = new Map<Industry, { sum: number; n: number; extremes: number }>(INDUSTRIES.map((i) => [i, { sum: 0, n: 0, extremes: 0 }]));
  for (const r of returns) {
    const sector = sectorOf(r.code);
    if (sector === undefined) continue;
    const acc = sums.get(sector)!;
    if (r.extreme) acc.extremes++;
    else {
      acc.sum += r.returnPct;
      acc.n++;
    }
  }
  return INDUSTRIES.map((industry) => {
    const { sum, n, extremes } = sums.get(industry)!;
    return { industry, changePct: n > 0 ? sum / n : null, members: n, extremes };
  });
}
