/**
 * Takeaways of a week or month recap, as data: the same shape as a session's (lib/takeaways/facts.ts) —
 * candidates with a salience, built into facts that hold every figure their sentence prints and cite what
 * each figure describes — over the period's view of its last session (each % change replaced by the
 * period return, lib/views/period.ts periodSession). Words: lib/format/takeaways-period-en.ts.
 */
import type { RecapKind } from '@/lib/recaps/period';
import type { IndexMove, StockMove, TakeawayRefs } from '@/lib/takeaways/facts';

/** A stock over the period; `from` is the first session counted when it listed inside the period. */
export interface PeriodStockMove extends StockMove {
  from: string | null;
}

export type PeriodFact =
  | { kind: 'period-index'; span: RecapKind; sessions: number; indices: IndexMove[] }
  | {
      kind: 'period-industry-leader' | 'period-industry-laggard';
      span: RecapKind;
      industry: string;
      /** Equal-weighted mean of the members' period returns (stocks with a ±50 % day left out). */
      pct: number;
      advancers: number;
      decliners: number;
      count: number;
      stocks: PeriodStockMove[];
    }
  | { kind: 'period-movers'; span: RecapKind; direction: 'up' | 'down'; stocks: PeriodStockMove[] }
  | { kind: 'period-breadth'; span: RecapKind; advancers: number; decliners: number; total: number; ratio: number | null };

export type PeriodFactKind = PeriodFact['kind'];

export interface PeriodBuilt {
  fact: PeriodFact;
  refs: TakeawayRefs;
}

export interface PeriodCandidate {
  kind: PeriodFactKind;
  salience: number;
  key: string;
  always?: boolean;
  /** Built leaving out stocks another chosen takeaway names; null when nothing is left to say. */
  build(named: ReadonlySet<string>): PeriodBuilt | null;
}

export interface PeriodTakeaway {
  text: string;
  /** Traditional Chinese (lib/format/takeaways-period-zh.ts), from the same fact. */
  textZh: string;
  refs: TakeawayRefs;
  kind: PeriodFactKind;
  fact: PeriodFact;
}
