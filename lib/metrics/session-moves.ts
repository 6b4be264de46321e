/**
 * Per-session metrics: industries, themes, breadth, dispersion, leadership spread and rotation.
 */
import { INDUSTRIES, type Industry } from '@/lib/industries';
import type { Session, StockQuote } from '@/lib/session/model';
import type { Theme } from '@/lib/themes';
import { ROTATION_GROUPS, type RotationGroupId } from '@/lib/metrics/groups';
import { groupMove, type GroupMove } from '@/lib/metrics/group-move';
import { assertFinitePct, moveDirection } from '@/lib/metrics/stats';

/** The benchmark for relative strength and the RRG. */
export const BENCHMARK_INDEX = 'HSI';

/** The session's HSI % change, or null when the snapshot has no HSI. */
export function benchmarkPct(session: Session): number | null {
  const pct = session.indices.find((i) => i.id === BENCHMARK_INDEX)?.changePct ?? null;
  if (pct !== null) assertFinitePct(pct, `${session.date} index ${BENCHMARK_INDEX}`);
  return pct;
}

export interface IndustryMove extends GroupMove {
  industry: Industry;
  /** The move the snapshot file reports for this industry (`sectors`), if any; shown beside the computed one. */
  reportedPct: number | null;
}

/** All 12 industries, in INDUSTRIES order, computed from the stocks (an industry without stocks has count 0). */
export function industryMoves(session: Session, byIndustry: ReadonlyMap<Industry, readonly StockQuote[]> = bucketByIndustry(session.stocks)): IndustryMove[] {
  const bench = benchmarkPct(session);
  return INDUSTRIES.map((industry) => {
    const reported = session.reportedSectors?.find((r) => r.sector === industry)?.changePct ?? null;
    if (reported !== null) assertFinitePct(reported, `${session.date} sectors ${industry}`);
    return { industry, reportedPct: reported, ...groupMove(byIndustry.get(industry)!, bench, `${session.date} ${industry}`) };
  });
}

function bucketByIndustry(stocks: readonly StockQuote[]): Map<Industry, StockQuote[]> {
  const byIndustry = new Map<Industry, StockQuote[]>(INDUSTRIES.map((i) => [i, []]));
  for (const s of stocks) byIndustry.get(s.sector)!.push(s);
  return byIndustry;
}

function indexByCode(stocks: readonly StockQuote[]): Map<string, StockQuote> {
  const byCode = new Map<string, StockQuote>();
  for (const s of stocks) byCode.set(s.code, s);
  return byCode;
}

export interface ThemeMove extends GroupMove {
  id: string;
  name: string;
  /** Members in the theme definition. */
  memberCount: number;
  /** Codes of members absent from this snapshot. */
  missingCodes: string[];
}

/** Themes with at least one member in the snapshot, in the order of `themes`; a theme with none is omitted. */
export function themeMoves(session: Session, themes: readonly Theme[], byCode: ReadonlyMap<string, StockQuote> = indexByCode(session.stocks)): ThemeMove[] {
  const bench = benchmarkPct(session);
  const out: ThemeMove[] = [];
  for (const theme of themes) {
    const present: StockQuote[] = [];
    const missingCodes: string[] = [];
    for (const code of theme.codes) {
      const s = byCode.get(code);
      if (s) present.push(s);
      else missingCodes.push(code);
    }
    if (present.length === 0) continue;
    out.push({ id: theme.id, name: theme.name, memberCount: theme.codes.length, missingCodes, ...groupMove(present, bench, `${session.date} theme ${theme.id}`) });
  }
  return out;
}

export interface Breadth {
  advancers: number;
  decliners: number;
  unchanged: number;
  /** Non-extreme stocks counted. */
  total: number;
  extremeCount: number;
  /** A / D; null when nothing declined. */
  advanceDeclineRatio: number | null;
  /** (A − D) / (A + D), in [−1, 1]; null when nothing moved. */
  netBreadth: number | null;
}

/** Market breadth over the non-extreme stocks (unchanged = |pct| < 0.005). */
export function sessionBreadth(stocks: readonly StockQuote[]): Breadth {
  let advancers = 0;
  let decliners = 0;
  let unchanged = 0;
  let extremeCount = 0;
  for (const s of stocks) {
    assertFinitePct(s.changePct, `stock ${s.code}`);
    if (s.extreme) {
      extremeCount++;
      continue;
    }
    const dir = moveDirection(s.changePct);
    if (dir === 'up') advancers++;
    else if (dir === 'down') decliners++;
    else unchanged++;
  }
  const moved = advancers + decliners;
  return {
    advancers,
    decliners,
    unchanged,
    total: advancers + decliners + unchanged,
    extremeCount,
    advanceDeclineRatio: decliners > 0 ? advancers / decliners : null,
    netBreadth: moved > 0 ? (advancers - decliners) / moved : null,
  };
}

/** Cross-sectional dispersion: population standard deviation of the % changes (pp), extremes excluded; null without stocks. */
export function crossSectionalDispersion(stocks: readonly StockQuote[]): number | null {
  // Welford's one-pass mean and variance (Knuth, TAOCP vol. 2, 4.2.2): no intermediate arrays.
  let n = 0;
  let mu = 0;
  let m2 = 0;
  for (const s of stocks) {
    assertFinitePct(s.changePct, `stock ${s.code}`);
    if (s.extreme) continue;
    n++;
    const d = s.changePct - mu;
    mu += d / n;
    m2 += d * (s.changePct - mu);
  }
  return n === 0 ? null : Math.sqrt(m2 / n);
}

/** Best minus worst industry equal-weighted % (pp), over industries with at least `minStocks` stocks; null with fewer than two. */
export function leadershipSpread(industries: readonly IndustryMove[], minStocks = 1): number | null {
  const pcts = industries.filter((i) => i.count >= minStocks && i.equalWeightedPct !== null).map((i) => i.equalWeightedPct!);
  if (pcts.length < 2) return null;
  return Math.max(...pcts) - Math.min(...pcts);
}

export interface RotationGroupMove extends GroupMove {
  id: RotationGroupId;
  label: string;
}

export interface Rotation {
  groups: Record<RotationGroupId, RotationGroupMove>;
  /**
   * Cyclicals & commodities equal-weighted % − growth & tech equal-weighted % (pp). Positive: money moved
   * toward commodities and away from tech. Null when either side has no stocks.
   */
  cyclicalsVsGrowthPp: number | null;
  /** Defensives equal-weighted % − HSI % (pp). Positive: a defensive tilt. Null without defensives or HSI. */
  defensivesVsMarketPp: number | null;
}

/** Rotation between the groups of ROTATION_GROUPS; a stock in both an industry and a theme of a group counts once. */
export function rotation(
  session: Session,
  themes: readonly Theme[],
  byIndustry: ReadonlyMap<Industry, readonly StockQuote[]> = bucketByIndustry(session.stocks),
  byCode: ReadonlyMap<string, StockQuote> = indexByCode(session.stocks),
): Rotation {
  const bench = benchmarkPct(session);
  const build = (id: RotationGroupId): RotationGroupMove => {
    const def = ROTATION_GROUPS[id];
    const industries = new Set<Industry>(def.industries);
    const members: StockQuote[] = def.industries.flatMap((i) => byIndustry.get(i) ?? []);
    const seen = new Set<string>();
    for (const t of themes) {
      if (!(def.themes as readonly string[]).includes(t.id)) continue;
      for (const code of t.codes) {
        const s = byCode.get(code);
        // Counted once: skip members already in via their industry or another theme.
        if (s && !industries.has(s.sector) && !seen.has(code)) members.push(s);
        seen.add(code);
      }
    }
    return { id, label: def.label, ...groupMove(members, bench, `${session.date} ${id}`) };
  };
  const groups = { cyclicals: build('cyclicals'), growth: build('growth'), defensives: build('defensives') };
  const c = groups.cyclicals.equalWeightedPct;
  const g = groups.growth.equalWeightedPct;
  return {
    groups,
    cyclicalsVsGrowthPp: c !== null && g !== null ? c - g : null,
    defensivesVsMarketPp: groups.defensives.relativeStrengthPp,
  };
}

export interface SessionMetrics {
  date: string;
  /** HSI % change, the benchmark of every relative figure; null when absent. */
  benchmarkPct: number | null;
  breadth: Breadth;
  dispersionPp: number | null;
  /** Best − worst industry equal-weighted % (pp), industries with ≥ 1 stock. */
  leadershipSpreadPp: number | null;
  industries: IndustryMove[];
  themes: ThemeMove[];
  rotation: Rotation;
  /** Every extreme move of the session (code order), for a warning line. */
  extremes: { code: string; name: string; changePct: number }[];
}

export function sessionMetrics(session: Session, themes: readonly Theme[] = []): SessionMetrics {
  // Every stock sits in exactly one industry, so industryMoves checks each % change once.
  const byIndustry = bucketByIndustry(session.stocks);
  const byCode = indexByCode(session.stocks);
  const industries = industryMoves(session, byIndustry);
  return {
    date: session.date,
    benchmarkPct: benchmarkPct(session),
    breadth: sessionBreadth(session.stocks),
    dispersionPp: crossSectionalDispersion(session.stocks),
    leadershipSpreadPp: leadershipSpread(industries),
    industries,
    themes: themeMoves(session, themes, byCode),
    rotation: rotation(session, themes, byIndustry, byCode),
    extremes: industries.flatMap((i) => i.extremes).sort((a, b) => (a.code < b.code ? -1 : 1)),
  };
}
