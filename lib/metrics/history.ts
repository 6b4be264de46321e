/**
 * Metrics across sessions. Input: the look-back window, oldest first (`loadSessionWindow(date, METRICS_LOOKBACK)`).
 * Every function here reads only the last METRICS_LOOKBACK sessions' worth of numbers, so the cost of a page
 * does not grow with the archive.
 */
import { INDUSTRIES, type Industry } from '@/lib/industries';
import type { Session } from '@/lib/session/model';
import { benchmarkPct } from '@/lib/metrics/session-moves';
import { assertFinitePct, UNCHANGED_EPSILON_PCT } from '@/lib/metrics/stats';

/**
 * Sessions the cross-session metrics need: 20 for the 20-session return, and 20 for the RRG
 * (10 for the first RS-Ratio + 5 more for the first RS-Momentum + 5 tail points, one of which is the
 * previous session's, see rrg.ts). Loading more changes nothing: RRG z-scores are scale-invariant.
 */
export const METRICS_LOOKBACK = 20;

/** Daily equal-weighted % per industry (non-extreme stocks), null on a session where it has no stock. */
export interface DailySeries {
  dates: string[];
  /** HSI % change per session; null when the snapshot has no HSI. */
  benchmark: (number | null)[];
  industries: Record<Industry, (number | null)[]>;
}

export function industryDailySeries(sessions: readonly Session[]): DailySeries {
  const industries = Object.fromEntries(INDUSTRIES.map((i) => [i, [] as (number | null)[]])) as Record<Industry, (number | null)[]>;
  const index = new Map<string, number>(INDUSTRIES.map((ind, k) => [ind, k]));
  const sums = new Float64Array(INDUSTRIES.length);
  const counts = new Int32Array(INDUSTRIES.length);
  const dates: string[] = [];
  const benchmark: (number | null)[] = [];
  let prevDate = '';
  for (const session of sessions) {
    if (session.date <= prevDate) throw new Error(`sessions must be oldest first without repeats: ${session.date} after ${prevDate}`);
    prevDate = session.date;
    sums.fill(0);
    counts.fill(0);
    for (const s of session.stocks) {
      assertFinitePct(s.changePct, `${session.date} stock ${s.code}`);
      if (s.extreme) continue;
      const k = index.get(s.sector)!;
      sums[k]! += s.changePct;
      counts[k]! += 1;
    }
    INDUSTRIES.forEach((ind, k) => industries[ind].push(counts[k]! > 0 ? sums[k]! / counts[k]! : null));
    dates.push(session.date);
    benchmark.push(benchmarkPct(session));
  }
  return { dates, benchmark, industries };
}

/** Chain-linked return of daily % moves: (Π(1 + rₜ/100) − 1) × 100. Empty input: 0. */
export function chainLinkPct(dailyPcts: readonly number[]): number {
  let growth = 1;
  for (const r of dailyPcts) growth *= 1 + r / 100;
  return (growth - 1) * 100;
}

/** Chain-linked return over the last `n` entries; null when fewer than n or any of them is missing. */
export function trailingReturnPct(daily: readonly (number | null)[], n: number): number | null {
  if (n <= 0 || daily.length < n) return null;
  const last = daily.slice(-n);
  if (last.some((r) => r === null)) return null;
  return chainLinkPct(last as number[]);
}

export interface IndustryTrend {
  industry: Industry;
  return5dPct: number | null;
  return20dPct: number | null;
  /** Consecutive sessions up (> 0) or down (< 0) ending with the last one; 0 when it was unchanged or missing. */
  streak: number;
  /** Consecutive sessions beating (> 0) or trailing (< 0) the HSI, in pp beyond ±0.005. */
  streakVsBenchmark: number;
}

/** Sign of x with the "unchanged" band; 0 inside it. */
function sign(x: number): -1 | 0 | 1 {
  return x >= UNCHANGED_EPSILON_PCT ? 1 : x <= -UNCHANGED_EPSILON_PCT ? -1 : 0;
}

/** Length of the run of equal non-zero signs at the end of `signs`, signed. */
export function trailingStreak(signs: readonly (-1 | 0 | 1 | null)[]): number {
  const last = signs[signs.length - 1];
  if (last === undefined || last === null || last === 0) return 0;
  let n = 0;
  for (let i = signs.length - 1; i >= 0 && signs[i] === last; i--) n++;
  return n * last;
}

export function industryTrends(series: DailySeries): IndustryTrend[] {
  return INDUSTRIES.map((industry) => {
    const daily = series.industries[industry];
    const vs = daily.map((r, t) => {
      const b = series.benchmark[t];
      return r === null || b === null || b === undefined ? null : sign(r - b);
    });
    return {
      industry,
      return5dPct: trailingReturnPct(daily, 5),
      return20dPct: trailingReturnPct(daily, 20),
      streak: trailingStreak(daily.map((r) => (r === null ? null : sign(r)))),
      streakVsBenchmark: trailingStreak(vs),
    };
  });
}
