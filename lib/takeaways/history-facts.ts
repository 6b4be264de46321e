/**
 * The day in its history, as facts (joined to the Fact union in facts.ts). Each holds every figure its
 * sentence prints; dates are ISO (`YYYY-MM-DD`), the words format them.
 */
import type { StockMove } from '@/lib/takeaways/facts';

/** "since 24 March 2025", or, when nothing in the archive went further, "since the archive began". */
export interface SinceDate {
  /** The last session that went as far, null when none in the archive did. */
  date: string | null;
  /** The archive's first session, said when `date` is null. */
  archiveStart: string;
  /** Sessions since `date` (exclusive), or in the archive before this one. */
  sessions: number;
}

export type HistoryFact =
  | {
      kind: 'index-history';
      index: { id: string; name: string };
      /** Its highest (lowest) close since a date. */
      record: ({ kind: 'highest' | 'lowest' } & SinceDate) | null;
      /** Its largest one-day gain (fall) since a date. */
      largest: ({ up: boolean } & SinceDate) | null;
      /** Consecutive sessions up (> 0) or down (< 0) ending today; said from 2 on. */
      streak: number;
    }
  | {
      kind: 'turnover';
      /** HKD, the universe's (the snapshot's stocks). */
      turnover: number;
      stocks: number;
      /** Mean of the `sessions` sessions before. */
      average: number;
      sessions: number;
      vsAveragePct: number;
    }
  | { kind: 'fifty-two-week'; highs: number; lows: number; eligible: number }
  | {
      kind: 'industry-history';
      industry: string;
      pct: number;
      /** Consecutive sessions the same way ending today (signed); 0 when not said. */
      streak: number;
      /** Its best (worst) day in this many sessions; 0 when not said. */
      bestIn: number;
    }
  | {
      kind: 'follow-up';
      stock: StockMove;
      /** The previous session's move, and whether it was the stock's debut. */
      previousPct: number;
      debut: boolean;
      /** Trading day number when the stock is a new listing, else null. */
      listingDay: number | null;
    }
  | { kind: 'listing-offer'; stock: StockMove; day: number; close: number; offerPrice: number; vsOfferPct: number };
