import 'server-only';
/**
 * The analysis half of a session page: metrics over the look-back window, the key takeaways written
 * from them, the index sparklines and the rotation panel's data. Reads only METRICS_LOOKBACK sessions,
 * so a page costs the same with 80 sessions in data/ or 20 years of them.
 */
import type { RrgSeries, TakeawayItem } from '@/lib/views/types';
import { loadCalendar, loadSessionWindow } from '@/lib/data/sessions';
import { loadNames } from '@/lib/data/names';
import { loadThemes } from '@/lib/data/themes';
import { INDUSTRIES } from '@/lib/industries';
import { computeMetrics, METRICS_LOOKBACK, type AllMetrics } from '@/lib/metrics';
import { CATEGORICAL } from '@/lib/palette';
import type { Session } from '@/lib/session/model';
import { refKeys } from '@/lib/session/refs';
import { linkTakeawayStocks } from '@/lib/stocks/takeaway-links';
import type { Locale } from '@/lib/i18n/locale';
import { generateTakeaways, type Takeaway } from '@/lib/takeaways';
import type { TakeawayPast } from '@/lib/takeaways/past';

export interface SessionAnalysis {
  metrics: AllMetrics;
  takeaways: Takeaway[];
  /** The takeaways as the page shows them, per edition. */
  takeawayItems: Record<Locale, TakeawayItem[]>;
  /** Closes of each index over the window, oldest first, keyed by index id. */
  sparklines: Record<string, number[]>;
  rrgSeries: RrgSeries[];
  windowSessions: number;
  /** The session before this one in the window (for the takeaways' follow-ups), null at the archive's start. */
  previous: Session | null;
}

// The loader hands out the same Session object while its file is unchanged, so an analysis can be reused
// for as long as today's session and every session in its window are the same objects. The cache is a
// small LRU by date, and holds the window weakly: an analysis must not keep the sessions of its window
// alive (each of those has an analysis with a window of its own, and a WeakMap keyed by session would
// chain every session ever read back to the archive's first, gigabytes with 20 years of 2,600 stocks).
const CACHE_MAX = 32;
const cache = new Map<string, { session: Session; window: WeakRef<Session>[]; analysis: SessionAnalysis }>();

export function analyseSession(session: Session): SessionAnalysis {
  // The window ends with the session shown, whatever version of it the loader is serving.
  const window = [...loadSessionWindow(session.date, METRICS_LOOKBACK).filter((s) => s.date < session.date), session];
  const hit = cache.get(session.date);
  if (hit && hit.session === session && hit.window.length === window.length && hit.window.every((s, i) => s.deref() === window[i])) {
    // Most recently used last.
    cache.delete(session.date);
    cache.set(session.date, hit);
    return hit.analysis;
  }
  const analysis = computeAnalysis(session, window);
  cache.delete(session.date);
  cache.set(session.date, { session, window: window.map((s) => new WeakRef(s)), analysis });
  while (cache.size > CACHE_MAX) cache.delete(cache.keys().next().value!);
  return analysis;
}

/**
 * The takeaways of `session` over a look-back window the caller has read (the session last, at most
 * METRICS_LOOKBACK sessions): what `analyseSession(session).takeaways` gives, for a pass over every session
 * that keeps its own sliding window instead of the loader's cache.
 */
export function takeawaysOverWindow(session: Session, window: Session[]): Takeaway[] {
  return metricsAndTakeaways(session, window).takeaways;
}

function metricsAndTakeaways(session: Session, window: Session[]): { metrics: AllMetrics; takeaways: Takeaway[] } {
  const metrics = computeMetrics(window, loadThemes());
  return { metrics, takeaways: generateTakeaways(takeawayInput(session, metrics)) };
}

function computeAnalysis(session: Session, window: Session[]): SessionAnalysis {
  const { metrics, takeaways } = metricsAndTakeaways(session, window);

  const sparklines: Record<string, number[]> = {};
  for (const index of session.indices) {
    sparklines[index.id] = window.map((s) => s.indices.find((i) => i.id === index.id)?.close).filter((c): c is number => c !== undefined);
  }

  const rrgSeries: RrgSeries[] = metrics.history.rrg
    .filter((r) => r.tail.length > 0)
    .map((r) => ({
      industry: r.industry,
      color: CATEGORICAL[INDUSTRIES.indexOf(r.industry)] ?? '#7f7f7f',
      quadrant: r.quadrant,
      tail: r.tail.map((p) => ({ date: p.date, ratio: Number(p.ratio.toFixed(3)), momentum: Number(p.momentum.toFixed(3)) })),
    }));

  return {
    metrics,
    takeaways,
    takeawayItems: takeawayItems(session, takeaways),
    sparklines,
    rrgSeries,
    windowSessions: window.length,
    previous: window.length > 1 ? window[window.length - 2]! : null,
  };
}

function loadCalendarOrNone() {
  try {
    return loadCalendar();
  } catch {
    return undefined;
  }
}

function takeawayInput(session: Session, metrics: AllMetrics) {
  return { session, metrics: metrics.session, history: metrics.history, themes: loadThemes(), calendar: loadCalendarOrNone(), names: loadNames() };
}

/**
 * The takeaways with the day in its history (read from the store by lib/views/takeaway-past.ts). Without
 * history (`analysis.takeaways`) they are the same facts less the history ones: the headline, the index
 * move, is the same either way.
 */
export function takeawaysWithHistory(session: Session, analysis: SessionAnalysis, past: TakeawayPast): { takeaways: Takeaway[]; items: Record<Locale, TakeawayItem[]> } {
  const takeaways = generateTakeaways({ ...takeawayInput(session, analysis.metrics), past });
  return { takeaways, items: takeawayItems(session, takeaways) };
}

function takeawayItems(session: Session, takeaways: readonly Takeaway[]): Record<Locale, TakeawayItem[]> {
  const items = (locale: Locale) =>
    takeaways.map((t) => {
      const text = locale === 'zh-hk' ? t.textZh : t.text;
      return { text, refs: refKeys(t.refs), ...takeawayStockLinks(session, t, text, locale) };
    });
  return { en: items('en'), 'zh-hk': items('zh-hk') };
}

/** The cited stocks' names in the sentence, to link them to their pages (issue 12). */
function takeawayStockLinks(session: Session, t: Takeaway, text: string, locale: Locale): Pick<TakeawayItem, 'segments' | 'unplaced'> {
  if (t.refs.stocks.length === 0) return {};
  const names = loadNames();
  const stocks = t.refs.stocks.map((code) => {
    const quote = session.stocks.find((s) => s.code === code);
    const short = quote?.name ?? '';
    const zh = locale === 'zh-hk' ? (names.get(code)?.zh ?? quote?.nameZh ?? '') : '';
    return { code, names: [zh, names.display(code, short), short, code] };
  });
  const linked = linkTakeawayStocks(text, stocks);
  return { segments: linked.segments, unplaced: linked.unplaced.length > 0 ? linked.unplaced : undefined };
}
