/**
 * Key takeaways: the time to write one session's takeaways from its metrics, a 20-session history and
 * the day in its history (a year of index closes, industry moves and turnover, the previous session's
 * moves, 52-week counts: what lib/views/takeaway-past.ts reads from the store), at 2,600 stocks
 * (synthetic sessions of scripts/bench-metrics.ts). Budget (issue 13): ≤ 20 ms, with history.
 * The metrics themselves are timed by scripts/bench/metrics.ts.
 */
import { historyMetrics, METRICS_LOOKBACK, sessionMetrics } from '@/lib/metrics';
import { generateTakeaways } from '@/lib/takeaways';
import { takeawayPastFromSessions } from '@/lib/takeaways/past';
import { syntheticSessions, syntheticThemes } from '../bench-metrics';
import type { Row } from './report';

export const TAKEAWAYS_BUDGET_MS = 20;

export function benchTakeaways(stocks = 2600, repetitions = 31): { medianMs: number; runsMs: number[]; count: number } {
  // 250 sessions of history (a year): the store's reads are done before generateTakeaways, as on the page.
  const archive = syntheticSessions(stocks, 250);
  const window = archive.slice(-METRICS_LOOKBACK);
  const themes = syntheticThemes(stocks);
  const session = window[window.length - 1]!;
  const metrics = sessionMetrics(session, themes);
  const history = historyMetrics(window);
  const past = takeawayPastFromSessions(archive);
  let count = generateTakeaways({ session, metrics, history, themes, past }).length; // warm-up: JIT
  const runsMs: number[] = [];
  for (let r = 0; r < repetitions; r++) {
    const t0 = performance.now();
    count = generateTakeaways({ session, metrics, history, themes, past }).length;
    runsMs.push(performance.now() - t0);
  }
  const sorted = [...runsMs].sort((a, b) => a - b);
  return { medianMs: sorted[sorted.length >> 1]!, runsMs, count };
}

export function takeawaysRows(): Row[] {
  const r = benchTakeaways();
  return [
    {
      figure: 'Takeaways for one session, 2,600 stocks, with a 20-session window and a year of history',
      value: `${r.medianMs.toFixed(2)} ms (${r.count} takeaways; runs ${r.runsMs.map((x) => x.toFixed(1)).join(', ')})`,
      budget: `≤ ${TAKEAWAYS_BUDGET_MS} ms`,
      met: r.medianMs <= TAKEAWAYS_BUDGET_MS,
      how: 'benchTakeaways() in scripts/bench/takeaways.ts: generateTakeaways() from precomputed metrics, the window and the day history (past) on a synthetic 250-session archive; median of 31 after a warm-up',
    },
  ];
}
