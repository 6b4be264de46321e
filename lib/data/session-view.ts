import 'server-only';
/**
 * Everything the session page shows, composed from one load: the route calls this and lays it out.
 */
import { summaryChartData, type SummaryChartData } from '@/lib/charts/summary';
import { analyseSession, type SessionAnalysis } from '@/lib/data/session-analysis';
import { loadSession, sessionNeighbours, SESSION_DATE } from '@/lib/data/sessions';
import type { HeatmapData } from '@/lib/heatmap/types';
import { heatmapData } from '@/lib/heatmap/view';
import { isColorConvention, type ColorConvention } from '@/lib/palette';
import type { Session } from '@/lib/session/model';
import { topMovers } from '@/lib/session/movers';
import type { Problem } from '@/lib/session/validate';

type Query = Record<string, string | string[] | undefined>;

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
    movers: topMovers(session.stocks),
    forcedColors: isColorConvention(colors) ? colors : null,
    heatmap: heatmapData(session, query),
    summary: summaryChartData(session),
  };
}
