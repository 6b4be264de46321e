import 'server-only';
/**
 * A week's or month's recap (`/weeks/2025-W21`, `/months/2025-05`), composed in one place: the view of the
 * period's last session over exactly the period's sessions (from the previous period's last close), with
 * the session page's period machinery (lib/views/period.ts): index changes, heatmap, industries chart,
 * best and worst stocks, breadth over the period and the period's takeaways. null (a 404) for a malformed
 * or impossible id, and for a week or month with no session in the archive.
 */
import { summaryChartData, type SummaryChartData } from '@/lib/charts/summary';
import { loadNames } from '@/lib/data/names';
import { loadSession } from '@/lib/data/sessions';
import type { Query } from '@/lib/heatmap/query';
import type { HeatmapData } from '@/lib/heatmap/types';
import { heatmapData } from '@/lib/heatmap/view';
import { getHistoryStore } from '@/lib/history';
import { indexOfDate } from '@/lib/history/periods';
import type { DatedWindow } from '@/lib/history/types';
import { industryMoves, sessionBreadth, type Breadth, type IndustryMove } from '@/lib/metrics/session-moves';
import { monthIdOf, parseRecapId, recapTitle, weekIdOf, type RecapKind, type RecapPeriod } from '@/lib/recaps/period';
import type { Session, StockQuote } from '@/lib/session/model';
import { topMovers } from '@/lib/session/movers';
import { refKeys } from '@/lib/session/refs';
import { generatePeriodTakeaways } from '@/lib/takeaways/period';
import type { PeriodTakeaway } from '@/lib/takeaways/period-facts';
import { PERIOD_COLOR_CAP, periodSession } from '@/lib/views/period';
import type { TakeawayItem } from '@/lib/views/types';
import type { Locale } from '@/lib/i18n/locale';
import { recapsText } from '@/lib/i18n/messages/recaps';

/** Colour cap (±%): a week's as 1W's, a month's as 1M's. */
export const RECAP_COLOR_CAP: Record<RecapKind, number> = { week: PERIOD_COLOR_CAP['1w'], month: PERIOD_COLOR_CAP['1m'] };
/** The heatmap's and chart's label of a period change ("Week" / "全週"). */
export const RECAP_LABEL: Record<RecapKind, string> = recapsText.en.label;

export interface RecapView {
  period: RecapPeriod;
  title: string;
  window: DatedWindow;
  /** The period's last session as filed (its 1D quotes). */
  last: Session;
  /** The last session with every % change replaced by its return over the period. */
  session: Session;
  listedInPeriod: ReadonlyMap<string, string>;
  moves: readonly IndustryMove[];
  breadth: Breadth;
  movers: { gainers: StockQuote[]; losers: StockQuote[] };
  takeaways: PeriodTakeaway[];
  /** The takeaways as the page lists them, in each edition's words. */
  takeawayItems: Record<Locale, TakeawayItem[]>;
  summary: SummaryChartData;
  /** The period's sessions, with the HSI's change on each (null when a snapshot has no HSI). */
  days: { date: string; hsiPct: number | null }[];
  /** The previous and next recaps of the same kind that have sessions. */
  prev: string | null;
  next: string | null;
  cap: number;
}

const cache = new Map<string, { source: Session; view: RecapView }>();
const CACHE_MAX = 48;

/** The recap, or null when the id is malformed or the period has no session in the archive. */
export async function getRecap(kind: RecapKind, id: string): Promise<RecapView | null> {
  const period = parseRecapId(kind, id);
  if (!period) return null;
  const store = await getHistoryStore();
  const returns = await store.periodReturnsBetween(period.from, period.to);
  if (!returns) return null;
  const load = loadSession(returns.window.endDate);
  // The store holds only valid files; a file gone bad since is reported on its session page.
  if (load.status !== 'ok') return null;
  const last = load.session;
  const key = `${kind}|${id}|${store.version()}`;
  const hit = cache.get(key);
  if (hit && hit.source === last) return hit.view;

  const { session, listedInPeriod } = periodSession(last, returns);
  const moves = industryMoves(session);
  const cap = RECAP_COLOR_CAP[kind];
  const names = loadNames();
  const raw = topMovers(session.stocks.filter((s) => !s.extreme));
  const named = (list: StockQuote[]) => list.map((s) => ({ ...s, name: names.display(s.code, s.name), nameZh: names.get(s.code)?.zh ?? s.nameZh }));
  const takeaways = generatePeriodTakeaways({ span: kind, session, sessions: returns.window.sessions, listedInPeriod, names });
  const dates = await store.sessionDates();
  const start = indexOfDate(dates, returns.window.startDate);
  const end = indexOfDate(dates, returns.window.endDate);
  const hsi = await store.indexHistory('HSI', returns.window.endDate);
  const hsiByDate = new Map(hsi.filter((d) => d.date >= returns.window.startDate).map((d) => [d.date, d.changePct]));
  const days = dates.slice(start, end + 1).map((date) => ({ date, hsiPct: hsiByDate.get(date) ?? null }));
  const idOf = kind === 'week' ? weekIdOf : monthIdOf;
  const view: RecapView = {
    period,
    title: recapTitle(period),
    window: returns.window,
    last,
    session,
    listedInPeriod,
    moves,
    breadth: sessionBreadth(session.stocks),
    movers: { gainers: named(raw.gainers), losers: named(raw.losers) },
    takeaways,
    takeawayItems: {
      en: takeaways.map((t) => ({ text: t.text, refs: refKeys(t.refs) })),
      'zh-hk': takeaways.map((t) => ({ text: t.textZh, refs: refKeys(t.refs) })),
    },
    summary: summaryChartData(session, { moves, basis: 'equal-weighted', cap, periodLabel: RECAP_LABEL[kind] }),
    days,
    prev: start > 0 ? idOf(dates[start - 1]!) : null,
    next: end >= 0 && end + 1 < dates.length ? idOf(dates[end + 1]!) : null,
    cap,
  };
  if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!);
  cache.set(key, { source: last, view });
  return view;
}

/** The industries chart's data with the period's label in the edition's words. */
export function recapSummary(view: RecapView, locale: Locale = 'en'): SummaryChartData {
  return locale === 'en' ? view.summary : { ...view.summary, periodLabel: recapsText[locale].label[view.period.kind] };
}

/** The recap's heatmap for `?size=` and `?sector=` (period % changes, equal-weighted industries). */
export function recapHeatmap(view: RecapView, query: Query = {}, locale: Locale = 'en'): HeatmapData {
  return heatmapData(view.session, query, {
    moves: view.moves,
    basis: 'equal-weighted',
    cap: view.cap,
    listedInPeriod: view.listedInPeriod,
    periodLabel: recapsText[locale].label[view.period.kind],
  });
}
