import 'server-only';
/**
 * Everything the session page shows, composed in one place from one load: the route calls this and lays
 * it out. Industry moves are computed once per view (the day's come with the metrics) and handed to the
 * heatmap, the industries chart and the takeaways. The period (`?period=`) replaces every % change on
 * the heatmap, the chart, the movers and the index cards by its period return from the history store.
 */
import { summaryChartData, type SummaryChartData } from '@/lib/charts/summary';
import { loadNames } from '@/lib/data/names';
import { loadSession, sessionNeighbours, SESSION_DATE } from '@/lib/data/sessions';
import type { IndustryBasis } from '@/lib/heatmap/industry-pct';
import type { Query } from '@/lib/heatmap/query';
import type { HeatmapData } from '@/lib/heatmap/types';
import { heatmapData } from '@/lib/heatmap/view';
import { getHistoryStore } from '@/lib/history';
import type { PeriodWindow } from '@/lib/history/types';
import { industryMoves, type IndustryMove } from '@/lib/metrics/session-moves';
import { isColorConvention, type ColorConvention } from '@/lib/palette';
import type { Session, StockQuote } from '@/lib/session/model';
import { topMovers } from '@/lib/session/movers';
import type { Problem } from '@/lib/session/validate';
import { indexContext, type IndexContext } from '@/lib/views/index-context';
import { marketActivity, TURNOVER_AVERAGE_SESSIONS, type MarketActivity } from '@/lib/views/market-activity';
import { PERIOD_COLOR_CAP, PERIOD_LABELS, parsePeriod, periodSession, type Period } from '@/lib/views/period';
import { analyseSession, takeawaysWithHistory, type SessionAnalysis } from '@/lib/views/session-analysis';
import { readTakeawayPast } from '@/lib/views/takeaway-past';
import { weeklyRotationView, type WeeklyRotationView } from '@/lib/views/rotation';
import type { TakeawayItem } from '@/lib/views/types';
import type { Locale } from '@/lib/i18n/locale';

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** The session as seen over the selected period, and what is derived from it. */
export interface PeriodView {
  period: Period;
  label: string;
  /** null for 1D; the store's window otherwise (its `complete` says whether the archive covers it). */
  window: PeriodWindow | null;
  /** Colour cap, %. */
  cap: number;
  /** The session with period % changes (the session itself for 1D). */
  session: Session;
  /** Stocks counted from their first close inside the period, with that date. */
  listedInPeriod: ReadonlyMap<string, string>;
  moves: readonly IndustryMove[];
  basis: IndustryBasis | undefined;
}

export interface HistoryView {
  /** Per index id. */
  indexContext: Record<string, IndexContext>;
  activity: MarketActivity;
  /** The key takeaways with the day in its history, per edition. */
  takeawayItems: Record<Locale, TakeawayItem[]>;
  /** The weekly RRG on the store's history; null until its windows are full (about 100 sessions). */
  rotation: WeeklyRotationView | null;
}

export type SessionPageView =
  | {
      status: 'ok';
      date: string;
      prev: string | null;
      next: string | null;
      session: Session;
      /** Set when a newer file for this date failed validation: the page shows the last valid version. */
      rejectedUpdate: Problem[] | null;
      analysis: SessionAnalysis;
      view: PeriodView;
      /** Why the period could not be shown (the store lacks the session, or failed); the page then shows 1D. */
      periodUnavailable: string | null;
      movers: { gainers: StockQuote[]; losers: StockQuote[] };
      forcedColors: ColorConvention | null;
      /** Laid out for `?size=`, `?sector=` and `?period=`. */
      heatmap: HeatmapData;
      summary: SummaryChartData;
      /** null when the history store is unavailable (the page says so and shows the day alone). */
      history: HistoryView | null;
    }
  | { status: 'invalid'; date: string; prev: string | null; next: string | null; file: string; errors: Problem[] };

/**
 * Per-view caches. A 1D view hangs off the loader's Session object (the same object while its file is
 * unchanged, so a WeakMap drops it when the file changes); a period view is keyed by date, period and the
 * store's version. Heatmaps depend on the view parameters; only known ones are part of a key (at most
 * 13 zooms × 3 sizes × 4 conventions per view), anything else is computed without caching.
 */
interface ViewCache {
  view: PeriodView;
  summary: SummaryChartData;
  movers: { gainers: StockQuote[]; losers: StockQuote[] };
  heatmaps: Map<string, HeatmapData>;
}
const dayCache = new WeakMap<Session, ViewCache>();
const periodCache = new Map<string, { source: Session; cache: ViewCache }>();
const PERIOD_CACHE_MAX = 48;
const VIEW_KEYS = new Set(['size', 'sector', 'colors', 'period']);

/** The movers tables name stocks as the takeaways do (data/names.csv), with the Chinese name where known. */
function withDisplayNames(movers: ReturnType<typeof topMovers>): ReturnType<typeof topMovers> {
  const names = loadNames();
  const named = (list: StockQuote[]) => list.map((s) => ({ ...s, name: names.display(s.code, s.name), nameZh: names.get(s.code)?.zh ?? s.nameZh }));
  return { gainers: named(movers.gainers), losers: named(movers.losers) };
}

function viewCache(view: PeriodView): ViewCache {
  const periodLabel = view.period === '1d' ? null : view.label;
  return {
    view,
    summary: summaryChartData(view.session, { moves: view.moves, basis: view.basis, cap: view.cap, periodLabel }),
    movers: withDisplayNames(topMovers(view.session.stocks)),
    heatmaps: new Map(),
  };
}

function heatmapFor(cache: ViewCache, query: Query): HeatmapData {
  const { view } = cache;
  const options = { moves: view.moves, basis: view.basis, cap: view.cap, listedInPeriod: view.listedInPeriod, periodLabel: view.period === '1d' ? null : view.label };
  const entries = Object.entries(query).filter(([, v]) => v !== undefined);
  if (entries.some(([k, v]) => !VIEW_KEYS.has(k) || typeof v !== 'string' || v.length > 40)) return heatmapData(view.session, query, options);
  const key = entries
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}=${v as string}`)
    .join('&');
  let data = cache.heatmaps.get(key);
  if (!data) {
    data = heatmapData(view.session, query, options);
    if (cache.heatmaps.size < 200) cache.heatmaps.set(key, data);
  }
  return data;
}

function dayView(session: Session, analysis: SessionAnalysis): ViewCache {
  let cache = dayCache.get(session);
  if (!cache) {
    cache = viewCache({
      period: '1d',
      label: PERIOD_LABELS['1d'],
      window: null,
      cap: PERIOD_COLOR_CAP['1d'],
      session,
      listedInPeriod: new Map(),
      moves: analysis.metrics.session.industries,
      basis: undefined,
    });
    dayCache.set(session, cache);
  }
  return cache;
}

async function periodView(session: Session, period: Exclude<Period, '1d'>): Promise<ViewCache | string> {
  const store = await getHistoryStore();
  const key = `${session.date}|${period}|${store.version()}`;
  const hit = periodCache.get(key);
  if (hit && hit.source === session) return hit.cache;
  const returns = await store.periodReturns(session.date, period);
  if (!returns) return 'the history store does not hold this session yet';
  const { session: shown, listedInPeriod } = periodSession(session, returns);
  const cache = viewCache({
    period,
    label: PERIOD_LABELS[period],
    window: returns.window,
    cap: PERIOD_COLOR_CAP[period],
    session: shown,
    listedInPeriod,
    // Period moves are equal-weighted means of the members' period returns, ±50 % days left out.
    moves: industryMoves(shown),
    basis: 'equal-weighted',
  });
  if (periodCache.size >= PERIOD_CACHE_MAX) periodCache.delete(periodCache.keys().next().value!);
  periodCache.set(key, { source: session, cache });
  return cache;
}

const historyCache = new Map<string, { source: Session; value: HistoryView }>();

async function historyView(session: Session, analysis: SessionAnalysis): Promise<HistoryView> {
  const store = await getHistoryStore();
  const key = `${session.date}|${store.version()}`;
  const hit = historyCache.get(key);
  if (hit && hit.source === session) return hit.value;
  const [turnover, extremes, past, ...indexDays] = await Promise.all([
    store.marketTurnover(session.date, TURNOVER_AVERAGE_SESSIONS + 1),
    store.fiftyTwoWeek(session.date),
    readTakeawayPast(store, session, analysis.previous),
    ...session.indices.map((i) => store.indexHistory(i.id, session.date)),
  ]);
  const contexts: Record<string, IndexContext> = {};
  session.indices.forEach((index, k) => {
    const days = indexDays[k]!;
    // Only when the store's last close is this session's (an index missing today has no card context).
    if (days.at(-1)?.date !== session.date) return;
    const context = indexContext(index.id, days);
    if (context) contexts[index.id] = context;
  });
  // The store must hold this very session: a history that ends elsewhere says nothing about today.
  const takeawayItems = (await store.sessionDates()).includes(session.date) ? takeawaysWithHistory(session, analysis, past).items : analysis.takeawayItems;
  const value = { indexContext: contexts, activity: marketActivity(session, turnover, extremes, (code) => loadNames().get(code)?.zh), takeawayItems, rotation: weeklyRotationView(session.date, past) };
  if (historyCache.size >= PERIOD_CACHE_MAX) historyCache.delete(historyCache.keys().next().value!);
  historyCache.set(key, { source: session, value });
  return value;
}

function logStoreError(err: unknown) {
  console.error(JSON.stringify({ event: 'history-store', severity: 'error', message: (err as Error)?.message ?? String(err) }));
}

/** null when there is no such session (the route answers 404). */
export async function getSessionPage(date: string, query: Query = {}): Promise<SessionPageView | null> {
  if (!SESSION_DATE.test(date)) return null;
  const load = loadSession(date);
  if (load.status === 'missing') return null;
  const { prev, next } = sessionNeighbours(date);
  if (load.status === 'invalid') return { status: 'invalid', date, prev, next, file: load.file, errors: load.errors };

  const session = load.session;
  const analysis = analyseSession(session);
  const period = parsePeriod(query);
  let cache = dayView(session, analysis);
  let periodUnavailable: string | null = null;
  if (period !== '1d') {
    try {
      const found = await periodView(session, period);
      if (typeof found === 'string') periodUnavailable = found;
      else cache = found;
    } catch (err) {
      logStoreError(err);
      periodUnavailable = 'the history store is unavailable';
    }
  }
  let history: HistoryView | null = null;
  try {
    history = await historyView(session, analysis);
  } catch (err) {
    logStoreError(err);
  }
  const colors = first(query.colors);
  return {
    status: 'ok',
    date,
    prev,
    next,
    session,
    rejectedUpdate: load.rejectedUpdate ?? null,
    analysis,
    view: cache.view,
    periodUnavailable,
    movers: cache.movers,
    forcedColors: isColorConvention(colors) ? colors : null,
    heatmap: heatmapFor(cache, query),
    summary: cache.summary,
    history,
  };
}

/** What the page's metadata needs: the day's session and its headline takeaway (no store access). */
export function sessionPageMeta(
  date: string,
): { status: 'ok'; session: Session; headline: string | null; headlineZh: string | null } | { status: 'invalid' } | null {
  if (!SESSION_DATE.test(date)) return null;
  const load = loadSession(date);
  if (load.status === 'missing') return null;
  if (load.status === 'invalid') return { status: 'invalid' };
  const first = analyseSession(load.session).takeaways[0];
  return { status: 'ok', session: load.session, headline: first?.text ?? null, headlineZh: first?.textZh ?? null };
}

/**
 * The charts of a session for a period, for the embed and the images: the same data the page shows
 * (the whole market, default tile size). Falls back to 1D when the store cannot give the period.
 */
export async function sessionCharts(session: Session, period: Period): Promise<{ period: Period; summary: SummaryChartData; heatmap: HeatmapData }> {
  let cache = dayView(session, analyseSession(session));
  if (period !== '1d') {
    try {
      const found = await periodView(session, period);
      if (typeof found !== 'string') cache = found;
    } catch (err) {
      logStoreError(err);
    }
  }
  return { period: cache.view.period, summary: cache.summary, heatmap: heatmapFor(cache, {}) };
}
