/**
 * The session's summary chart data: the industries' % change, sorted, with breadth and the HSI as the
 * reference. One function feeds both renderings (the static SVG string and the interactive chart).
 */
import { formatDayMonthYear } from '@/lib/dates';
import { industryBasis, industryPct, type IndustryBasis } from '@/lib/heatmap/industry-pct';
import { INDUSTRY_SHORT } from '@/lib/heatmap/types';
import { INDUSTRY_NAMES_ZH, type Industry } from '@/lib/industries';
import type { Locale } from '@/lib/i18n/locale';
import { INDUSTRY_SHORT_ZH } from '@/lib/i18n/messages/heatmap';
import { benchmarkPct, industryMoves, type IndustryMove } from '@/lib/metrics/session-moves';
import { colorStep } from '@/lib/palette';
import type { Session } from '@/lib/session/model';

export interface SummaryRow {
  industry: Industry;
  /** The industry's name as shown, when not the English one (the Chinese edition: 原材料業). */
  name?: string;
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
  /** The chart's words when not English (summaryChartInLocale); the renderers default to English. */
  text?: SummaryChartText;
}

/** Every word the chart shows (static SVG, interactive chart and its tooltip). */
export interface SummaryChartText {
  /** The SVG's accessible name. */
  title: string;
  /** The caption above the bars: "Industry % change, equal-weighted". */
  caption: string;
  breadthWide: string;
  breadthNarrow: string;
  /** The HSI reference line's label, before its %: "HSI" / "HSI 1M". */
  hsi: string;
  /** {name} {pct} {a} {d}: a bar's title in the SVG. */
  rowTitle: string;
  /** {a} {d} {u}: the interactive tooltip's breadth line. */
  tipBreadth: string;
}

const BASIS_ZH = { 'equal-weighted': '等權', 'cap-weighted': '市值加權' } as const;

/**
 * The chart in the Chinese edition: official HSICS names (short ones for the phone chart and the axis)
 * and the words around the bars. The data itself (cached per view) stays as computed; English is returned
 * unchanged. `periodLabel`: the period in the edition's words ('1個月'), null for 1D.
 */
export function summaryChartInLocale(data: SummaryChartData, locale: Locale, periodLabel: string | null = data.periodLabel): SummaryChartData {
  if (locale === 'en') return data;
  const p = periodLabel ?? '';
  return {
    ...data,
    periodLabel,
    rows: data.rows.map((r) => ({ ...r, name: INDUSTRY_NAMES_ZH[r.industry], short: INDUSTRY_SHORT_ZH[r.industry] })),
    text: {
      title: `${formatDayMonthYear(data.date, locale)}各行業${p}升跌幅（${BASIS_ZH[data.basis]}）`,
      caption: `行業${p}升跌幅，${BASIS_ZH[data.basis]}`,
      breadthWide: '上升／下跌股份',
      breadthNarrow: '升／跌',
      hsi: `恒指${p}`,
      rowTitle: '{name}：{pct}，上升{a}隻，下跌{d}隻',
      tipBreadth: '上升{a}隻，下跌{d}隻，無升跌{u}隻',
    },
  };
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
