/**
 * A stock's figures from its daily rows (pure): the 52-week range, the largest days, turnover against its
 * average, the extreme days, and the chart's rebased lines. Everything that compares prices across days is
 * measured on `growth` (chain-linked daily % changes), never on raw closes: a `closeBasis` switch or a bonus
 * issue (BYD's 3-for-1 on 2025-06-10) changes the close without being a move.
 */
import { EXTREME_MOVE_PCT } from '@/lib/config';
import { FIFTY_TWO_WEEK_SESSIONS, type IndexDay, type StockDay } from '@/lib/history/types';
import type { CloseBasis } from '@/lib/schema/session';

export interface RangePoint {
  date: string;
  /** The close recorded that day (its basis below), or null when the file had none. */
  close: number | null;
  closeBasis: CloseBasis | null;
  growth: number;
}

export interface FiftyTwoWeekRange {
  high: RangePoint;
  low: RangePoint;
  latest: RangePoint;
  /** Latest vs the high and the low, % (measured on growth). */
  fromHighPct: number;
  fromLowPct: number;
  /** Where the latest close sits between low (0) and high (1). */
  position: number;
  /** Sessions of the stock inside the window. */
  sessions: number;
  /** False when the stock has fewer rows than the 250-session window (listed inside it, or the archive is shorter). */
  complete: boolean;
  /**
   * True when every close in the window is comparable with the latest close (no basis switch, no capital
   * change): the high and low can then be read as prices. False: read them as % from the latest.
   */
  closesComparable: boolean;
}

/** Relative tolerance when checking whether two closes and their growths tell the same story. */
const COMPARABLE_TOLERANCE = 0.005;

/**
 * The 52-week (250-session) closing high and low ending at the stock's latest row. `sessionDates` are the
 * archive's session dates (the window counts sessions of the market, not of the stock).
 */
export function fiftyTwoWeekRange(history: readonly StockDay[], sessionDates: readonly string[]): FiftyTwoWeekRange | null {
  const last = history[history.length - 1];
  if (!last) return null;
  const end = sessionDates.lastIndexOf(last.date);
  const startDate = end === -1 ? last.date : sessionDates[Math.max(0, end - FIFTY_TWO_WEEK_SESSIONS + 1)]!;
  const rows = history.filter((d) => d.date >= startDate);
  let high = rows[0]!;
  let low = rows[0]!;
  for (const d of rows) {
    // The latest of equal highs is the one a reader remembers; the same for lows.
    if (d.growth >= high.growth) high = d;
    if (d.growth <= low.growth) low = d;
  }
  const point = (d: StockDay): RangePoint => ({ date: d.date, close: d.close, closeBasis: d.closeBasis, growth: d.growth });
  const closesComparable =
    last.close !== null &&
    rows.every((d) => d.close !== null && d.closeBasis === last.closeBasis && Math.abs(d.close / last.close! / (d.growth / last.growth) - 1) < COMPARABLE_TOLERANCE);
  const span = high.growth - low.growth;
  return {
    high: point(high),
    low: point(low),
    latest: point(last),
    fromHighPct: (last.growth / high.growth - 1) * 100,
    fromLowPct: (last.growth / low.growth - 1) * 100,
    position: span > 0 ? (last.growth - low.growth) / span : 1,
    sessions: rows.length,
    complete: end !== -1 && end - FIFTY_TWO_WEEK_SESSIONS + 1 >= 0 && rows.length === FIFTY_TWO_WEEK_SESSIONS,
    closesComparable,
  };
}

export interface DayMove {
  date: string;
  changePct: number;
  close: number | null;
  closeBasis: CloseBasis | null;
  extreme: boolean;
}

const toMove = (d: StockDay): DayMove => ({ date: d.date, changePct: d.changePct, close: d.close, closeBasis: d.closeBasis, extreme: d.extreme });

/** The `count` largest up days and down days over the whole history (largest first; ties: latest first). */
export function largestDays(history: readonly StockDay[], count = 5): { up: DayMove[]; down: DayMove[] } {
  const byDate = (a: StockDay, b: StockDay) => (a.date < b.date ? 1 : -1);
  const up = history.filter((d) => d.changePct > 0).sort((a, b) => b.changePct - a.changePct || byDate(a, b));
  const down = history.filter((d) => d.changePct < 0).sort((a, b) => a.changePct - b.changePct || byDate(a, b));
  return { up: up.slice(0, count).map(toMove), down: down.slice(0, count).map(toMove) };
}

/** The last `count` sessions' moves, oldest first (the bars). */
export function recentMoves(history: readonly StockDay[], count = 60): DayMove[] {
  return history.slice(-count).map(toMove);
}

/** Days beyond ±EXTREME_MOVE_PCT, as validation flags them, newest first. */
export function extremeDays(history: readonly StockDay[]): DayMove[] {
  return history
    .filter((d) => Math.abs(d.changePct) > EXTREME_MOVE_PCT)
    .map(toMove)
    .reverse();
}

export interface TurnoverVsAverage {
  date: string;
  turnover: number;
  /** Mean turnover of the (up to) 20 sessions before `date` that have one. */
  average: number | null;
  sessions: number;
  /** turnover / average. */
  ratio: number | null;
}

/** The latest session's turnover against the mean of the 20 sessions before it. */
export function turnoverVsAverage(history: readonly StockDay[], window = 20): TurnoverVsAverage | null {
  const last = history[history.length - 1];
  if (!last || last.turnover === null) return null;
  const before = history
    .slice(0, -1)
    .filter((d) => d.turnover !== null)
    .slice(-window);
  const average = before.length > 0 ? before.reduce((s, d) => s + d.turnover!, 0) / before.length : null;
  return { date: last.date, turnover: last.turnover, average, sessions: before.length, ratio: average !== null && average > 0 ? last.turnover / average : null };
}

export interface ChartPoint {
  date: string;
  /** Rebased to 100 at the first point; null where the line has no value that day. */
  stock: number;
  hsi: number | null;
  industry: number | null;
}

/**
 * The chart's three lines over the stock's history, each rebased to 100 on the stock's first session:
 * the stock's chain-linked growth, the HSI's close, and the industry's equal-weighted daily move chained
 * from the stock's first session (the first day itself is the base, so its move is not counted).
 */
export function rebasedLines(history: readonly StockDay[], hsi: readonly IndexDay[], industry: readonly { date: string; changePct: number }[]): ChartPoint[] {
  const first = history[0];
  if (!first) return [];
  const hsiByDate = new Map(hsi.map((d) => [d.date, d.close]));
  const hsiBase = hsiByDate.get(first.date) ?? null;
  const industryByDate = new Map(industry.map((d) => [d.date, d.changePct]));
  let industryLevel = 100;
  return history.map((d, i) => {
    if (i > 0) {
      const move = industryByDate.get(d.date);
      if (move !== undefined) industryLevel *= 1 + move / 100;
    }
    const h = hsiByDate.get(d.date);
    return {
      date: d.date,
      stock: (100 * d.growth) / first.growth,
      hsi: hsiBase !== null && h !== undefined ? (100 * h) / hsiBase : null,
      industry: industryByDate.has(d.date) ? industryLevel : null,
    };
  });
}

/** Where the close basis changes inside the history (the chart and the page say so). */
export function basisChanges(history: readonly StockDay[]): { date: string; from: CloseBasis | null; to: CloseBasis | null }[] {
  const out: { date: string; from: CloseBasis | null; to: CloseBasis | null }[] = [];
  for (let i = 1; i < history.length; i++) {
    const a = history[i - 1]!.closeBasis;
    const b = history[i]!.closeBasis;
    if (a !== b) out.push({ date: history[i]!.date, from: a, to: b });
  }
  return out;
}
