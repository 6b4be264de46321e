/**
 * The move of a group of stocks (an industry, a theme, a rotation group) in one session.
 *
 * - Equal-weighted % = arithmetic mean of members' % changes (each stock one vote).
 * - Weighted % = Σ wᵢ·rᵢ / Σ wᵢ, the way a cap-weighted index aggregates (Hang Seng Indexes methodology,
 *   without free-float and cap factors). w = market cap when at least 80 % of the members have one, else
 *   turnover (HKD traded, a size proxy: this data has no market caps) on the same rule, else none.
 * - Relative strength = group equal-weighted % − HSI % in percentage points.
 * - Extreme stocks (|move| > EXTREME_MOVE_PCT, `stock.extreme`) are kept out of every average, the median,
 *   the counts and best/worst; they are listed in `extremes` so the UI can name them.
 * - Unchanged = |changePct| < 0.005 (rounds to 0.00 %), see UNCHANGED_EPSILON_PCT.
 * Empty group: count 0, every % null, lists empty.
 */
import type { StockQuote } from '@/lib/session/model';
import { assertFinitePct, mean, median, moveDirection, weightedMean } from '@/lib/metrics/stats';

export interface StockRef {
  code: string;
  name: string;
  changePct: number;
}

export type WeightedBy = 'marketCap' | 'turnover' | null;

export interface GroupMove {
  /** Stocks used in the averages (non-extreme). */
  count: number;
  equalWeightedPct: number | null;
  weightedPct: number | null;
  weightedBy: WeightedBy;
  medianPct: number | null;
  advancers: number;
  decliners: number;
  unchanged: number;
  /** Group equal-weighted % − benchmark % (pp); null without a benchmark or without stocks. */
  relativeStrengthPp: number | null;
  best: StockRef | null;
  worst: StockRef | null;
  extremeCount: number;
  extremes: StockRef[];
}

/** Share of members that must carry a weight for that weight to be used. */
export const WEIGHT_COVERAGE_MIN = 0.8;

function ref(s: StockQuote): StockRef {
  return { code: s.code, name: s.name, changePct: s.changePct };
}

export function checkStocks(stocks: readonly StockQuote[], where: string): void {
  for (const s of stocks) assertFinitePct(s.changePct, `${where} stock ${s.code}`);
}

export function groupMove(stocks: readonly StockQuote[], benchmarkPct: number | null, where = 'group'): GroupMove {
  if (benchmarkPct !== null) assertFinitePct(benchmarkPct, `${where} benchmark`);
  const pcts: number[] = [];
  const caps: (number | null)[] = [];
  const turnovers: (number | null)[] = [];
  const extremes: StockRef[] = [];
  let advancers = 0;
  let decliners = 0;
  let unchanged = 0;
  let best: StockQuote | null = null;
  let worst: StockQuote | null = null;
  let withCap = 0;
  let withTurnover = 0;
  for (const s of stocks) {
    assertFinitePct(s.changePct, `${where} stock ${s.code}`);
    if (s.extreme) {
      extremes.push(ref(s));
      continue;
    }
    const pct = s.changePct;
    pcts.push(pct);
    caps.push(s.marketCap);
    turnovers.push(s.turnover);
    if (s.marketCap !== null && s.marketCap > 0) withCap++;
    if (s.turnover !== null && s.turnover > 0) withTurnover++;
    const dir = moveDirection(pct);
    if (dir === 'up') advancers++;
    else if (dir === 'down') decliners++;
    else unchanged++;
    // Ties go to the lower code, so the same data always names the same stock.
    if (best === null || pct > best.changePct || (pct === best.changePct && s.code < best.code)) best = s;
    if (worst === null || pct < worst.changePct || (pct === worst.changePct && s.code < worst.code)) worst = s;
  }
  const n = pcts.length;
  const weightedBy: WeightedBy =
    n === 0 ? null : withCap >= WEIGHT_COVERAGE_MIN * n ? 'marketCap' : withTurnover >= WEIGHT_COVERAGE_MIN * n ? 'turnover' : null;
  const equalWeightedPct = mean(pcts);
  extremes.sort((a, b) => (a.code < b.code ? -1 : 1));
  return {
    count: n,
    equalWeightedPct,
    weightedPct: weightedBy === 'marketCap' ? weightedMean(pcts, caps) : weightedBy === 'turnover' ? weightedMean(pcts, turnovers) : null,
    weightedBy,
    medianPct: median(pcts),
    advancers,
    decliners,
    unchanged,
    relativeStrengthPp: equalWeightedPct !== null && benchmarkPct !== null ? equalWeightedPct - benchmarkPct : null,
    best: best ? ref(best) : null,
    worst: worst ? ref(worst) : null,
    extremeCount: extremes.length,
    extremes,
  };
}
