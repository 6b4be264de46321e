/**
 * Key takeaways: the time to write one session's takeaways from its metrics and a 20-session history,
 * at 2,600 stocks (synthetic sessions of scripts/bench-metrics.ts). Budget (issue 13): ≤ 20 ms.
 * The metrics themselves are timed by scripts/bench/metrics.ts.
 */
import { historyMetrics, METRICS_LOOKBACK, sessionMetrics } from '@/lib/metrics';
import { generateTakeaways } from '@/lib/takeaways';
import { syntheticSessions, syntheticThemes } from '../bench-metrics';
import type { Row } from './report';

export const TAKEAWAYS_BUDGET_MS = 20;

export function benchTakeaways(stocks = 2600, repetitions = 31): { medianMs: number; runsMs: number[]; count: number } {
  const window = syntheticSessions(stocks, METRICS_LOOKBACK);
  const themes = syntheticThemes(stocks);
  const session = window[window.length - 1]!;
  const metrics = sessionMetrics(session, themes);
  const history = historyMetrics(window);
  let count = generateTakeaways({ session, metrics, history, themes }).length; // warm-up: JIT
  const runsMs: number[] = [];
  for (let r = 0; r < repetitions; r++) {
    const t0 = performance.now();
    count = generateTakeaways({ session, metrics, history, themes }).length;
    runsMs.push(performance.now() - t0);
  }
  const sorted = [...runsMs].sort((a, b) => a - b);
  return { medianMs: sorted[sorted.length >> 1]!, runsMs, count };
}

export function takeawaysRows(): Row[] {
  const r = benchTakeaways();
  return [
    {
      figure: 'Takeaways for one session, 2,600 stocks, with a 20-session history',
      value: `${r.medianMs.toFixed(2)} ms (${r.count} takeaways; runs ${r.runsMs.map((x) => x.toFixed(1)).join(', ')})`,
      budget: `≤ ${TAKEAWAYS_BUDGET_MS} ms`,
      met: r.medianMs <= TAKEAWAYS_BUDGET_MS,
      how: 'benchTakeaways() in scripts/bench/takeaways.ts: generateTakeaways() from precomputed metrics and history on a synthetic session; median of 31 after a warm-up',
    },
  ];
}
