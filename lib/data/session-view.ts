import 'server-only';
/**
 * Everything the session page shows, composed from one load: the route calls this and lays it out.
 */
import { summaryChartData, type SummaryChartData } from '@/lib/charts/summary';
import { analyseSession, type SessionAnalysis } from '@/lib/data/session-analysis';
import { loadNames } from '@/lib/data/names';
import { loadSession, sessionNeighbours, SESSION_DATE } from '@/lib/data/sessions';
import type { HeatmapData } from '@/lib/heatmap/types';
import { heatmapData } from '@/lib/heatmap/view';
import { isColorConvention, type ColorConvention } from '@/lib/palette';
import type { Session } from '@/lib/session/model';
import { topMovers } from '@/lib/session/movers';
import type { Problem } from '@/lib/session/validate';

type Query = Record<string, string | string[] | undefined>;

/** The movers tables name stocks as the takeaways do (data/names.csv), with the Chinese name where known. */
function withDisplayNames(movers: ReturnType<typeof topMovers>): ReturnType<typeof topMovers> {
  const names = loadNames();
  const named = (list: Session['stocks']) => list.map((s) => ({ ...s, name: names.display(s.code, s.name), nameZh: names.get(s.code)?.zh ?? s.nameZh }));
  return { gainers: named(movers.gainers), losers: named(movers.losers) };
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export type SessionView =
  | {
      status: 'ok';
      date: string;
      prev: string | null;
      next: string | null;
      session: Session;
      /** Set when a newer file for this date failed validation: the page shows the last valid version. */
      rejectedUpdate: Problem[] | null;
      analysis: SessionAnalysis;
      movers: ReturnType<typeof topMovers>;
      forcedColors: ColorConvention | null;
      /** Laid out for `?size=` and `?sector=`. */
      heatmap: HeatmapData;
      summary: SummaryChartData;
    }
  | { status: 'invalid'; date: string; prev: string | null; next: string | null; file: string; errors: Problem[] };

// Per-session caches: the loader hands out the same Session object while its file is unchanged, so a
// WeakMap drops an entry when the file changes. The heatmap depends on the view parameters; only the
// known ones are part of the key (at most 13 zooms × 3 sizes × 4 conventions), anything else is computed
// without caching so arbitrary query strings cannot grow the cache.
const summaryCache = new WeakMap<Session, SummaryChartData>();
const heatmapCache = new WeakMap<Session, Map<string, HeatmapData>>();
const VIEW_KEYS = new Set(['size', 'sector', 'colors']);

function cachedSummary(session: Session): SummaryChartData {
  let data = summaryCache.get(session);
  if (!data) {
    data = summaryChartData(session);
    summaryCache.set(session, data);
  }
  return data;
}

function cachedHeatmap(session: Session, query: Query): HeatmapData {
  const entries = Object.entries(query).filter(([, v]) => v !== undefined);
  if (entries.some(([k, v]) => !VIEW_KEYS.has(k) || typeof v !== 'string' || v.length > 40)) return heatmapData(session, query);
  const key = entries
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}=${v as string}`)
    .join('&');
  let perSession = heatmapCache.get(session);
  if (!perSession) {
    perSession = new Map();
    heatmapCache.set(session, perSession);
  }
  let data = perSession.get(key);
  if (!data) {
    data = heatmapData(session, query);
    if (perSession.size < 200) perSession.set(key, data);
  }
  return data;
}

/** null when there is no such session (the route answers 404). */
export function getSessionView(date: string, query: Query = {}): SessionView | null {
  if (!SESSION_DATE.test(date)) return null;
  const load = loadSession(date);
  if (load.status === 'missing') return null;
  const { prev, next } = sessionNeighbours(date);
  if (load.status === 'invalid') return { status: 'invalid', date, prev, next, file: load.file, errors: load.errors };

  const session = load.session;
  const colors = first(query.colors);
  return {
    status: 'ok',
    date,
    prev,
    next,
    session,
    rejectedUpdate: load.rejectedUpdate ?? null,
    analysis: analyseSession(session),
    movers: withDisplayNames(topMovers(session.stocks)),
    forcedColors: isColorConvention(colors) ? colors : null,
    heatmap: cachedHeatmap(session, query),
    summary: cachedSummary(session),
  };
}
