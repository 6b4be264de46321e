/**
 * Metrics compute times: scripts/bench-metrics.ts (the metrics engineer's benchmark) reused as is, with
 * its own cases and budgets (500 stocks × 120 sessions < 50 ms, 2,600 × 250 < 500 ms).
 */
import { benchMetrics } from '../bench-metrics';
import type { Row } from './report';

export function metricsRows(): Row[] {
  return benchMetrics().map((c) => ({
    figure: `Metrics compute, ${c.stocks.toLocaleString('en')} stocks × ${c.sessions} sessions`,
    value: `${c.medianMs.toFixed(1)} ms (runs ${c.runsMs.map((x) => x.toFixed(0)).join(', ')})`,
    budget: `< ${c.budgetMs} ms`,
    met: c.medianMs < c.budgetMs,
    how: 'benchMetrics() from scripts/bench-metrics.ts: every session metric + trends/RRG over the run on synthetic sessions; median of 7 after a warm-up, in the bench process',
  }));
}
