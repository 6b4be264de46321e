/**
 * The Relative Rotation Graph on the longer history from the store: rotation over weeks, not daily noise.
 * An open approximation, not the proprietary JdK RS-Ratio/RS-Momentum. It follows the RRGPy formulas
 * (github.com/An0n1mity/RRGPy, explained in github.com/BennyThadikaran/RRG-Lite/wiki/RS-ratio-and-Momentum-calculations:
 * RS-Ratio is 100 + the z-score of relative strength over a window, RS-Momentum 100 + the z-score of
 * RS-Ratio's rate of change), on daily closes smoothed first and with windows in weeks:
 *
 *   RSₜ          = 100 · Pₜ / Bₜ                       P, B chain-linked from the industry's and the HSI's daily %
 *   Sₜ           = EMA(RS, SMOOTH_SESSIONS = 10)        two weeks of smoothing
 *   RS-Ratioₜ    = 100 + z(Sₜ over RATIO_SESSIONS = 50)  ten weeks
 *   ROCₜ         = 100 · (RS-Ratioₜ / RS-Ratioₜ₋₅ − 1)   one week's change
 *   RS-Momentumₜ = 100 + z(EMA(ROC, 10)ₜ over MOMENTUM_SESSIONS = 50)
 *
 * The floors of lib/metrics/rrg.ts apply (σ of S at 0.05, of ROC at 0.05). Every value uses only sessions up
 * to its own, so a session's quadrant never changes when later sessions arrive. Tails are sampled weekly
 * (every tailStep = 5 sessions back from the session shown), tailPoints = 6 points: five weeks, short
 * enough to read twelve tails at once.
 * Measured over the bundled history (tests/unit/metrics/rrg-weekly.test.ts): the quadrant changes per
 * industry per session it reports; the daily version of rrg.ts changed 0.58.
 */
import { INDUSTRIES, type Industry } from '@/lib/industries';
import { quadrantOf, RRG_ROC_MIN_SD, RRG_RS_MIN_SD, type Quadrant, type RrgPoint } from '@/lib/metrics/rrg';
import { zScore } from '@/lib/metrics/stats';

export const RRG_WEEKLY = { smoothSessions: 10, ratioSessions: 50, rocLag: 5, momentumSmooth: 10, momentumSessions: 50, tailStep: 5, tailPoints: 6 } as const;
/** A quadrant change is told in a takeaway only once it has held this many sessions (a week). */
export const RRG_HOLD_SESSIONS = 5;

export interface DatedPct {
  date: string;
  changePct: number;
}

function ema(values: readonly number[], span: number): number[] {
  const a = 2 / (span + 1);
  const out: number[] = [];
  values.forEach((v, i) => out.push(i === 0 ? v : a * v + (1 - a) * out[i - 1]!));
  return out;
}

/** Every defined RRG point of an industry against the benchmark, on the dates both have, oldest first. */
export function weeklyRrgPoints(industry: readonly DatedPct[], benchmark: readonly DatedPct[]): RrgPoint[] {
  const bench = new Map(benchmark.map((d) => [d.date, d.changePct]));
  const dates: string[] = [];
  const rs: number[] = [];
  let p = 1;
  let b = 1;
  for (const d of industry) {
    const h = bench.get(d.date);
    if (h === undefined) continue;
    p *= 1 + d.changePct / 100;
    b *= 1 + h / 100;
    dates.push(d.date);
    rs.push((100 * p) / b);
  }
  const w = RRG_WEEKLY;
  const s = ema(rs, w.smoothSessions);
  const ratio: (number | null)[] = s.map((x, t) => (t + 1 < w.ratioSessions ? null : 100 + zScore(x, s.slice(t + 1 - w.ratioSessions, t + 1), RRG_RS_MIN_SD)));
  const firstRatio = w.ratioSessions - 1;
  const roc: number[] = [];
  const rocDates: number[] = [];
  for (let t = firstRatio + w.rocLag; t < ratio.length; t++) {
    roc.push(100 * (ratio[t]! / ratio[t - w.rocLag]! - 1));
    rocDates.push(t);
  }
  const rocS = ema(roc, w.momentumSmooth);
  const points: RrgPoint[] = [];
  for (let k = w.momentumSessions - 1; k < rocS.length; k++) {
    const t = rocDates[k]!;
    points.push({ date: dates[t]!, ratio: ratio[t]!, momentum: 100 + zScore(rocS[k]!, rocS.slice(k + 1 - w.momentumSessions, k + 1), RRG_ROC_MIN_SD) });
  }
  return points;
}

export interface WeeklyRrgIndustry {
  industry: Industry;
  /** Weekly samples ending at the last session, oldest first. */
  tail: RrgPoint[];
  quadrant: Quadrant | null;
  /** Sessions the quadrant has held, today included. */
  heldSessions: number;
  /** The quadrant before the current one, null when unknown. */
  previousQuadrant: Quadrant | null;
}

/** The weekly RRG of every industry whose series ends at `date` (others get an empty tail). */
export function weeklyRotation(date: string, industries: Readonly<Record<string, readonly DatedPct[]>>, benchmark: readonly DatedPct[]): WeeklyRrgIndustry[] {
  return INDUSTRIES.map((industry) => {
    const series = industries[industry] ?? [];
    const points = series[series.length - 1]?.date === date ? weeklyRrgPoints(series, benchmark) : [];
    const last = points[points.length - 1];
    if (!last || last.date !== date) return { industry, tail: [], quadrant: null, heldSessions: 0, previousQuadrant: null };
    const quadrants = points.map((p) => quadrantOf(p.ratio, p.momentum));
    const quadrant = quadrants[quadrants.length - 1]!;
    let i = quadrants.length - 1;
    while (i >= 0 && quadrants[i] === quadrant) i--;
    const tail: RrgPoint[] = [];
    for (let k = points.length - 1; k >= 0 && tail.length < RRG_WEEKLY.tailPoints; k -= RRG_WEEKLY.tailStep) tail.unshift(points[k]!);
    return { industry, tail, quadrant, heldSessions: quadrants.length - 1 - i, previousQuadrant: i >= 0 ? quadrants[i]! : null };
  });
}

/** Quadrant changes per industry per session over a series of points: the graph's noise figure. */
export function quadrantChangesPerSession(points: readonly RrgPoint[]): { changes: number; sessions: number } {
  let changes = 0;
  for (let i = 1; i < points.length; i++) if (quadrantOf(points[i]!.ratio, points[i]!.momentum) !== quadrantOf(points[i - 1]!.ratio, points[i - 1]!.momentum)) changes++;
  return { changes, sessions: Math.max(0, points.length - 1) };
}
