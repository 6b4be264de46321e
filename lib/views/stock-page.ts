import 'server-only';
/**
 * Everything `/stocks/CODE` shows, from one call: the route awaits this and lays out sections.
 */
import { getHistoryStore } from '@/lib/history';
import { PERIODS, isPeriod, type Period, type StockDay } from '@/lib/history/types';
import { normaliseStockCode, STOCK_CODE } from '@/lib/stocks/codes';
import { getPeriodTable, getStockDirectory, type RankedReturn, type StockEntry } from '@/lib/stocks/directory';
import {
  basisChanges,
  extremeDays,
  fiftyTwoWeekRange,
  largestDays,
  rebasedLines,
  recentMoves,
  turnoverVsAverage,
  type ChartPoint,
  type DayMove,
  type FiftyTwoWeekRange,
  type TurnoverVsAverage,
} from '@/lib/stocks/figures';
import { recapMentions, type RecapIndexStatus, type RecapMention } from '@/lib/stocks/recap-index';
import type { CloseBasis } from '@/lib/schema/session';

export interface PeriodRow {
  period: Period;
  /** Sessions in the window, and whether the archive fills it. */
  sessions: number;
  complete: boolean;
  stock: RankedReturn | null;
  industry: number | null;
  industryMembers: number;
  hsi: number | null;
}

export interface StockPageView {
  entry: StockEntry;
  latest: { date: string; close: number | null; closeBasis: CloseBasis | null; changePct: number; extreme: boolean };
  /** True when the archive has sessions after the stock's last row (suspended or delisted). */
  stale: boolean;
  archiveLatest: string;
  period: Period | null;
  periods: PeriodRow[];
  chart: ChartPoint[];
  basisChanges: ReturnType<typeof basisChanges>;
  closeBases: CloseBasis[];
  range: FiftyTwoWeekRange | null;
  recent: DayMove[];
  largest: { up: DayMove[]; down: DayMove[] };
  extremes: DayMove[];
  turnover: TurnoverVsAverage | null;
  recap: RecapMention[];
  /** Where the index stands while it is being brought up to date; null when it is. */
  recapUpdating: RecapIndexStatus | null;
}

export type StockLookup = { status: 'ok'; code: string } | { status: 'redirect'; code: string } | { status: 'missing' };

/** What `/stocks/<segment>` is: a known code, another spelling of one (redirect), or nothing (404). */
export async function lookupStock(segment: string): Promise<StockLookup> {
  let decoded = segment;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    return { status: 'missing' };
  }
  const code = normaliseStockCode(decoded);
  if (code === null) return { status: 'missing' };
  const directory = await getStockDirectory();
  if (!directory.byCode.has(code)) return { status: 'missing' };
  return STOCK_CODE.test(decoded) ? { status: 'ok', code } : { status: 'redirect', code };
}

/**
 * Views are a function of the data version alone (the query only picks the highlighted period), so the
 * last few dozen stocks viewed are kept per version: a warm page costs a render, not five queries.
 */
const VIEW_CACHE_SIZE = 64;
const viewCache = new Map<string, Promise<Omit<StockPageView, 'period'> | null>>();

export async function getStockPageView(code: string, query: Record<string, string | string[] | undefined> = {}): Promise<StockPageView | null> {
  if (!STOCK_CODE.test(code)) return null;
  const directory = await getStockDirectory();
  const recap = await recapMentions(code);
  const key = `${directory.version}|${recap.generation}${recap.status.state === 'ready' ? 'r' : `u${recap.status.indexed}`}|${code}`;
  let view = viewCache.get(key);
  if (view) {
    // Most recently used last.
    viewCache.delete(key);
  } else {
    view = computeView(code, directory, recap);
    view.catch(() => viewCache.delete(key));
  }
  viewCache.set(key, view);
  for (const k of viewCache.keys()) if (!k.startsWith(`${directory.version}|`)) viewCache.delete(k);
  while (viewCache.size > VIEW_CACHE_SIZE) viewCache.delete(viewCache.keys().next().value!);
  const periodParam = Array.isArray(query.period) ? query.period[0] : query.period;
  const computed = await view;
  return computed ? { ...computed, period: isPeriod(periodParam) ? periodParam : null } : null;
}

async function computeView(
  code: string,
  directory: Awaited<ReturnType<typeof getStockDirectory>>,
  recap: Awaited<ReturnType<typeof recapMentions>>,
): Promise<Omit<StockPageView, 'period'> | null> {
  const entry = directory.byCode.get(code);
  if (!entry) return null;
  const store = await getHistoryStore();
  const [history, hsi, industry, dates] = await Promise.all([
    store.stockHistory(code),
    store.indexHistory('HSI'),
    store.industryHistory(entry.sector),
    store.sessionDates(),
  ]);
  const last = history[history.length - 1];
  if (!last) return null;
  const table = await getPeriodTable(last.date);
  const periods: PeriodRow[] = PERIODS.map((p) => {
    const window = table?.windows[p];
    const move = table?.industries[p].get(entry.sector);
    return {
      period: p,
      sessions: window?.sessions ?? 0,
      complete: window?.complete ?? false,
      stock: table?.returns[p].get(code) ?? null,
      industry: move?.changePct ?? null,
      industryMembers: move?.members ?? 0,
      hsi: table?.hsi[p]?.changePct ?? null,
    };
  });
  return {
    entry,
    latest: { date: last.date, close: last.close, closeBasis: last.closeBasis, changePct: last.changePct, extreme: last.extreme },
    stale: last.date < directory.latestDate,
    archiveLatest: directory.latestDate,
    periods,
    chart: rebasedLines(history, hsi, industry),
    basisChanges: basisChanges(history),
    closeBases: [...new Set(history.map((d: StockDay) => d.closeBasis).filter((b): b is CloseBasis => b !== null))],
    range: fiftyTwoWeekRange(history, dates),
    recent: recentMoves(history, 60),
    largest: largestDays(history, 5),
    extremes: extremeDays(history),
    turnover: turnoverVsAverage(history, 20),
    recap: recap.mentions,
    recapUpdating: recap.status.state === 'ready' ? null : recap.status,
  };
}

/** The daily history as CSV rows (the route writes them). */
export async function getStockHistoryForCsv(code: string): Promise<{ entry: StockEntry; history: StockDay[] } | null> {
  if (!STOCK_CODE.test(code)) return null;
  const directory = await getStockDirectory();
  const entry = directory.byCode.get(code);
  if (!entry) return null;
  const store = await getHistoryStore();
  return { entry, history: await store.stockHistory(code) };
}
