/**
 * Rotation metrics: pure functions from parsed sessions to numbers (no I/O, no clock, no formatting).
 * `computeMetrics` is what a page calls: today's session metrics plus the look-back ones.
 */
import type { Session } from '@/lib/session/model';
import type { Theme } from '@/lib/themes';
import { industryDailySeries, industryTrends, METRICS_LOOKBACK, type DailySeries, type IndustryTrend } from '@/lib/metrics/history';
import { relativeRotation, type RrgIndustry } from '@/lib/metrics/rrg';
import { sessionMetrics, type SessionMetrics } from '@/lib/metrics/session-moves';

export * from '@/lib/metrics/stats';
export * from '@/lib/metrics/groups';
export * from '@/lib/metrics/group-move';
export * from '@/lib/metrics/session-moves';
export * from '@/lib/metrics/history';
export * from '@/lib/metrics/rrg';

export interface HistoryMetrics {
  series: DailySeries;
  trends: IndustryTrend[];
  rrg: RrgIndustry[];
}

/** Cross-session metrics over the window (oldest first); only the last METRICS_LOOKBACK sessions are read. */
export function historyMetrics(window: readonly Session[]): HistoryMetrics {
  const series = industryDailySeries(window.slice(-METRICS_LOOKBACK));
  return { series, trends: industryTrends(series), rrg: relativeRotation(series) };
}

export interface AllMetrics {
  session: SessionMetrics;
  history: HistoryMetrics;
}

/** Metrics for the last session of `window` (oldest first, ending with the session shown). */
export function computeMetrics(window: readonly Session[], themes: readonly Theme[]): AllMetrics {
  const today = window[window.length - 1];
  if (!today) throw new Error('computeMetrics needs at least one session');
  return { session: sessionMetrics(today, themes), history: historyMetrics(window) };
}
