/**
 * The session's summary chart data: the industries' % change, sorted, with breadth and the HSI as the
 * reference. One function feeds both renderings (the static SVG string and the interactive chart).
 */
import { industryBasis, industryPct, type IndustryBasis } from '@/lib/heatmap/industry-pct';
import { INDUSTRY_SHORT } from '@/lib/heatmap/types';
import type { Industry } from '@/lib/industries';
import { benchmarkPct, industryMoves } from '@/lib/metrics/session-moves';
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
  /** HSI % change, the reference line; null when the snapshot has no HSI. */
  hsiPct: number | null;
  /** Industries with stocks, strongest first (ties by name). */
  rows: SummaryRow[];
}

export function summaryChartData(session: Session): SummaryChartData {
  const moves = industryMoves(session);
  const basis = industryBasis(moves);
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
      step: colorStep(pct),
    });
  }
  rows.sort((a, b) => b.pct - a.pct || (a.industry < b.industry ? -1 : 1));
  return { date: session.date, basis, hsiPct: benchmarkPct(session), rows };
}
