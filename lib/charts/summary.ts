/**
 * The session's summary chart data: the industries' % change, sorted, with breadth and the HSI as the
 * reference. One function feeds both renderings (the static SVG string and the interactive chart).
 */
import { industryBasis, industryPct, type IndustryBasis } from '@/lib/heatmap/industry-pct';
import { INDUSTRY_SHORT } from '@/lib/heatmap/types';
import type { Industry } from '@/lib/industries';
import { benchmarkPct, industryMoves, type IndustryMove } from '@/lib/metrics/session-moves';
import { colorStep } from '@/lib/palette';
import type { Session } from '@/lib/session/model';

export interface SummaryRow {
  industry: Industry;
  short: string;
  /** % change (equal- or cap-weighted, see `basis`), extremes excluded. */
  pct: number;
  advancers: number;
  decliners: number;
  unchanged: number;
  /** Colour step of pct on the palette's capped scale. */
  step: number;
}

export interface SummaryChartData {
  date: string;
  basis: IndustryBasis;
  /** The period of the % changes ('1M'), null for the session's own (1D). */
  periodLabel: string | null;
  /** HSI % change, the reference line; null when the snapshot has no HSI. */
  hsiPct: number | null;
  /** Industries with stocks, strongest first (ties by name). */
  rows: SummaryRow[];
}

export interface SummaryOptions {
  /** The industry moves of `session`, when the caller has them already (computed once per page). */
  moves?: readonly IndustryMove[];
  /** Forces the industry average (period views are equal-weighted). */
  basis?: IndustryBasis;
  /** Colour scale cap in % (default: the 1D cap). */
  cap?: number;
  /** The period label ('1M') when the % changes are period returns. */
  periodLabel?: string | null;
}

export function summaryChartData(session: Session, options: SummaryOptions = {}): SummaryChartData {
  const moves = options.moves ?? industryMoves(session);
  const basis = options.basis ?? industryBasis(moves);
  const rows: SummaryRow[] = [];
  for (const m of moves) {
    const pct = industryPct(m, basis);
    if (pct === null) continue;
    rows.push({
      industry: m.industry,
      short: INDUSTRY_SHORT[m.industry],
      pct,
      advancers: m.advancers,
      decliners: m.decliners,
      unchanged: m.unchanged,
      step: colorStep(pct, options.cap),
    });
  }
  rows.sort((a, b) => b.pct - a.pct || (a.industry < b.industry ? -1 : 1));
  return { date: session.date, basis, periodLabel: options.periodLabel ?? null, hsiPct: benchmarkPct(session), rows };
}
