/**
 * The history store's contract: what pages read about the past. The store is derived from
 * `data/sessions/*.json` (the files stay the only source of truth), holds only valid session files, and
 * can be deleted at any time at the cost of a rebuild. Dates are HKT trading dates, `YYYY-MM-DD`.
 *
 * Period definitions (stated on the page too): 1D = the session shown; 1W = the last 5 sessions, 1M = 21,
 * 3M = 63, 1Y = 250; YTD = since the last close of the previous year. Every period ends at the session
 * shown. A stock's period return chain-links its daily `changePct` over the period's sessions, so a
 * `closeBasis` switch or a corporate action never reads as a move; an index's change comes from its closes.
 */
import type { Industry } from '@/lib/industries';
import type { CloseBasis } from '@/lib/schema/session';

export const PERIODS = ['1d', '1w', '1m', '3m', 'ytd', '1y'] as const;
export type Period = (typeof PERIODS)[number];

/** Sessions in each fixed-length period, ending at (and including) the session shown. */
export const PERIOD_SESSIONS = { '1d': 1, '1w': 5, '1m': 21, '3m': 63, '1y': 250 } as const satisfies Record<Exclude<Period, 'ytd'>, number>;

/** 52 weeks, as the market counts them for highs and lows. */
export const FIFTY_TWO_WEEK_SESSIONS = 250;

export function isPeriod(value: unknown): value is Period {
  return typeof value === 'string' && (PERIODS as readonly string[]).includes(value);
}

export interface PeriodWindow {
  period: Period;
  /** The session shown: the period's last session. */
  endDate: string;
  /** The period's first session in the store. */
  startDate: string;
  /** The session whose close the period is measured from (the one before startDate), null at the archive's start. */
  baseDate: string | null;
  /** Sessions in the period that the store holds. */
  sessions: number;
  /** False when the archive is shorter than the period: the page says so instead of showing a shorter period silently. */
  complete: boolean;
}

/**
 * A window between explicit dates (a calendar week or month, `/weeks/2025-W21`, `/months/2025-05`): the
 * store's sessions from the first on or after `from` to the last on or before `to`, measured from the close
 * before the first (the previous period's last close). Same fields as PeriodWindow but `period`.
 */
export interface DatedWindow extends Omit<PeriodWindow, 'period'> {
  period: 'dates';
}

export interface DatedReturns extends Omit<PeriodReturns, 'window'> {
  window: DatedWindow;
}

export interface StockPeriodReturn {
  code: string;
  /** Chain-linked % return over the period's sessions that the stock traded in. */
  returnPct: number;
  /** First session counted: later than the window's startDate when the stock listed (or first appears) inside the period. */
  fromDate: string;
  /** True when fromDate is later than the window's startDate (listed inside the period): the page marks it. */
  partial: boolean;
  /** Sessions with a row for the stock inside the period. */
  sessions: number;
  /** One of its daily moves in the period is beyond ±EXTREME_MOVE_PCT (kept out of averages). */
  extreme: boolean;
}

export interface IndexPeriodChange {
  id: string;
  /** Close at baseDate (or the prevClose of the period's first session). */
  baseClose: number;
  close: number;
  /** Points. */
  change: number;
  changePct: number;
}

export interface PeriodReturns {
  window: PeriodWindow;
  stocks: StockPeriodReturn[];
  indices: IndexPeriodChange[];
}

export interface StockDay {
  date: string;
  close: number | null;
  closeBasis: CloseBasis | null;
  changePct: number;
  volume: number | null;
  turnover: number | null;
  /**
   * Chain-linked growth of 1 held from the close before the stock's first row in the store: the product of
   * (1 + changePct / 100). Consistent across closeBasis switches and corporate actions, so it is what
   * highs, lows and charts are measured on.
   */
  growth: number;
  extreme: boolean;
}

export interface IndexDay {
  date: string;
  close: number;
  changePct: number;
}

export interface StockInfo {
  code: string;
  /** As in the newest session that has the stock. */
  name: string;
  nameZh: string | null;
  sector: Industry;
  listingDate: string | null;
  firstDate: string;
  lastDate: string;
}

export interface StockRef {
  code: string;
  name: string;
  close: number | null;
  changePct: number;
}

export interface FiftyTwoWeekExtremes {
  /** Stocks whose growth on endDate is the highest of the last 250 sessions (closing basis). */
  highs: StockRef[];
  lows: StockRef[];
  /** Stocks in the session with fewer than 250 sessions of history: left out, and counted here. */
  insufficientHistory: number;
}

export interface SessionTurnover {
  date: string;
  /** Sum of `turnover` over the snapshot's stocks, HKD: the universe's, not HKEX's headline figure. */
  turnover: number;
  stocks: number;
}

export interface HistoryStore {
  /** Valid session dates in the store, oldest first. */
  sessionDates(): Promise<readonly string[]>;
  /** The period's window ending at endDate, or null when endDate is not in the store. */
  periodWindow(endDate: string, period: Period): Promise<PeriodWindow | null>;
  periodReturns(endDate: string, period: Period): Promise<PeriodReturns | null>;
  /**
   * Returns over the store's sessions between `from` and `to` (inclusive calendar dates), ending at the last
   * session on or before `to`; null when no session falls between them. Stocks and indexes as periodReturns.
   */
  periodReturnsBetween(from: string, to: string): Promise<DatedReturns | null>;
  /** A stock's rows, oldest first, up to and including `to` (default: all). Empty for an unknown code. */
  stockHistory(code: string, to?: string): Promise<StockDay[]>;
  indexHistory(id: string, to?: string): Promise<IndexDay[]>;
  /** Equal-weighted daily move of an industry (moves beyond ±EXTREME_MOVE_PCT left out), oldest first. */
  industryHistory(sector: Industry, to?: string): Promise<{ date: string; changePct: number; members: number }[]>;
  /** The market's turnover for the `count` sessions ending at endDate, oldest first. */
  marketTurnover(endDate: string, count: number): Promise<SessionTurnover[]>;
  fiftyTwoWeek(endDate: string): Promise<FiftyTwoWeekExtremes>;
  /** Every stock the archive has seen. */
  stocks(): Promise<StockInfo[]>;
  /** Changes whenever the store's content changes: part of every cache key built on it. */
  version(): string;
}
