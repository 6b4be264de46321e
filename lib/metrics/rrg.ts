/**
 * Relative Rotation Graph (RRG) of each industry against the HSI: an open approximation, not the
 * proprietary JdK RS-Ratio/RS-Momentum. Formulas follow An0n1mity/RRGPy as explained in the RRG-Lite wiki
 * (github.com/BennyThadikaran/RRG-Lite/wiki/RS-ratio-and-Momentum-calculations), on daily sessions:
 *
 *   Pₜ = Π_{s≤t} (1 + rₛ/100)        industry index, chain-linked from its equal-weighted daily %
 *   Bₜ = Π_{s≤t} (1 + hₛ/100)        benchmark, chain-linked from the HSI's daily changePct
 *   RSₜ = 100 · Pₜ / Bₜ
 *   RS-Ratioₜ    = 100 + z(RSₜ over the last RATIO_WINDOW = 10 sessions)
 *   ROCₜ         = 100 · (RS-Ratioₜ / RS-Ratioₜ₋₁ − 1)
 *   RS-Momentumₜ = 100 + z(ROCₜ over the last MOMENTUM_WINDOW = 5 sessions)
 *
 * z uses the population standard deviation, floored (our addition, not in RRGPy): RS at RRG_RS_MIN_SD
 * = 0.05 (RS is ≈ 100, so 0.05 %) and ROC at RRG_ROC_MIN_SD = 0.05 (%/session). Without the floors a
 * steady out-performer, whose RS-Ratio barely moves, gets an RS-Momentum that jumps between ±1.5 σ on
 * rounding-level noise. A window without spread gives z = 0. The first RS-Momentum exists on the 15th session;
 * a 5-point tail plus the previous session's quadrant needs 20 (METRICS_LOOKBACK). Because z-scores are
 * scale-invariant, where the window starts (the base of P and B) does not change any value.
 * Quadrants: Leading (ratio ≥ 100, momentum ≥ 100), Weakening (≥, <), Lagging (<, <), Improving (<, ≥).
 */
import { INDUSTRIES, type Industry } from '@/lib/industries';
import type { DailySeries } from '@/lib/metrics/history';
import { zScore } from '@/lib/metrics/stats';

export const RRG_RATIO_WINDOW = 10;
export const RRG_MOMENTUM_WINDOW = 5;
export const RRG_TAIL = 5;
export const RRG_RS_MIN_SD = 0.05;
export const RRG_ROC_MIN_SD = 0.05;

export type Quadrant = 'Leading' | 'Weakening' | 'Lagging' | 'Improving';

export interface RrgPoint {
  date: string;
  ratio: number;
  momentum: number;
}

export interface RrgIndustry {
  industry: Industry;
  /** The last RRG_TAIL points, oldest first; empty when the history is too short. */
  tail: RrgPoint[];
  quadrant: Quadrant | null;
  /** Quadrant on the previous session, null when unknown. */
  previousQuadrant: Quadrant | null;
  /** The quadrant differs from the previous session's (false when either is unknown). */
  changed: boolean;
}

export function quadrantOf(ratio: number, momentum: number): Quadrant {
  if (ratio >= 100) return momentum >= 100 ? 'Leading' : 'Weakening';
  return momentum >= 100 ? 'Improving' : 'Lagging';
}

/**
 * RRG points for one daily series against a benchmark series of the same length. Uses the longest run of
 * sessions at the end where both are present. Returns every defined point, oldest first.
 */
export function rrgPoints(dates: readonly string[], daily: readonly (number | null)[], benchmark: readonly (number | null)[]): RrgPoint[] {
  let start = daily.length;
  while (start > 0 && daily[start - 1] != null && benchmark[start - 1] != null) start--;
  const n = daily.length - start;
  if (n < RRG_RATIO_WINDOW + RRG_MOMENTUM_WINDOW) return [];
  const rs: number[] = [];
  let p = 1;
  let b = 1;
  for (let t = start; t < daily.length; t++) {
    p *= 1 + daily[t]! / 100;
    b *= 1 + benchmark[t]! / 100;
    rs.push((100 * p) / b);
  }
  const ratio: number[] = [];
  for (let t = RRG_RATIO_WINDOW - 1; t < n; t++) ratio.push(100 + zScore(rs[t]!, rs.slice(t - RRG_RATIO_WINDOW + 1, t + 1), RRG_RS_MIN_SD));
  const roc: number[] = [];
  for (let t = 1; t < ratio.length; t++) roc.push(100 * (ratio[t]! / ratio[t - 1]! - 1));
  const points: RrgPoint[] = [];
  for (let t = RRG_MOMENTUM_WINDOW - 1; t < roc.length; t++) {
    // roc[t] belongs to ratio[t + 1], i.e. session start + RATIO_WINDOW + t.
    const session = start + RRG_RATIO_WINDOW + t;
    points.push({
      date: dates[session]!,
      ratio: ratio[t + 1]!,
      momentum: 100 + zScore(roc[t]!, roc.slice(t - RRG_MOMENTUM_WINDOW + 1, t + 1), RRG_ROC_MIN_SD),
    });
  }
  return points;
}

export function relativeRotation(series: DailySeries): RrgIndustry[] {
  return INDUSTRIES.map((industry) => {
    const points = rrgPoints(series.dates, series.industries[industry], series.benchmark);
    const last = points[points.length - 1];
    const prev = points[points.length - 2];
    const quadrant = last ? quadrantOf(last.ratio, last.momentum) : null;
    const previousQuadrant = prev ? quadrantOf(prev.ratio, prev.momentum) : null;
    return {
      industry,
      tail: points.slice(-RRG_TAIL),
      quadrant,
      previousQuadrant,
      changed: quadrant !== null && previousQuadrant !== null && quadrant !== previousQuadrant,
    };
  });
}
