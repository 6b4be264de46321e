/**
 * Small statistics used by every metric. Inputs are plain numbers already checked to be finite.
 * Empty input gives null (never NaN), so callers must decide what "no data" means for them.
 */

/** A % change with |pct| below this counts as unchanged: it rounds to 0.00 at the 2 dp prices are shown with. */
export const UNCHANGED_EPSILON_PCT = 0.005;

export type MoveDirection = 'up' | 'down' | 'unchanged';

export function moveDirection(pct: number): MoveDirection {
  if (pct >= UNCHANGED_EPSILON_PCT) return 'up';
  if (pct <= -UNCHANGED_EPSILON_PCT) return 'down';
  return 'unchanged';
}

/**
 * Throw on NaN or ±Infinity: the loader already rejects them, but a metric must never turn one into a
 * silent NaN average. `where` names the value for the message (e.g. `2025-05-21 stock 00700`).
 */
export function assertFinitePct(value: number, where: string): void {
  if (!Number.isFinite(value)) {
    throw new Error(`${where}: changePct is ${String(value)}; metrics need a finite % change (fix the snapshot)`);
  }
}

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** Median of the values; sorts a copy. Even count: mean of the two middle values. */
export function median(values: readonly number[]): number | null {
  const n = values.length;
  if (n === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const mid = n >> 1;
  return n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Population standard deviation, σ = √(Σ(x − μ)² / n): the cross-section is the whole population, not a sample. */
export function populationStdDev(values: readonly number[]): number | null {
  const mu = mean(values);
  if (mu === null) return null;
  let ss = 0;
  for (const v of values) ss += (v - mu) ** 2;
  return Math.sqrt(ss / values.length);
}

/** Σ wᵢxᵢ / Σ wᵢ over pairs with a positive weight; null when no weight is positive. */
export function weightedMean(values: readonly number[], weights: readonly (number | null)[]): number | null {
  let sw = 0;
  let swx = 0;
  values.forEach((x, i) => {
    const w = weights[i];
    if (w !== null && w !== undefined && w > 0) {
      sw += w;
      swx += w * x;
    }
  });
  return sw > 0 ? swx / sw : null;
}

/**
 * Standard score of `x` in `window`; 0 when the window has no spread (a flat series is "average", not
 * undefined). `minSd` floors the spread so that noise in a near-flat window is not blown up to ±1.5 σ.
 */
export function zScore(x: number, window: readonly number[], minSd = 0): number {
  const mu = mean(window);
  const raw = populationStdDev(window);
  if (mu === null || raw === null) return 0;
  const sd = Math.max(raw, minSd);
  // Relative guard: a perfectly steady series leaves only floating-point noise in sd.
  if (sd <= 1e-9 * Math.max(1, Math.abs(mu))) return 0;
  return (x - mu) / sd;
}
