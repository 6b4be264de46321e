/**
 * The heatmap's data for one session: industry moves (lib/metrics), the treemap in both layouts, label
 * fitting, and the links. Runs on the server; the result is the compact props of the client component.
 */
import { formatPct } from '@/lib/format';
import { HEATMAP_BOXES, INDUSTRY_SHORT, type Box, type CompactGroup, type CompactTile, type HeatmapData, type SizeMeasure } from '@/lib/heatmap/types';
import { estimateTextWidth, labelLevel } from '@/lib/heatmap/labels';
import { layoutHeatmap, type HeatmapLayout, type Rect } from '@/lib/heatmap/layout';
import { industryBasis, industryPct, type IndustryBasis } from '@/lib/heatmap/industry-pct';
import { heatmapHref, parseHeatmapQuery, type Query } from '@/lib/heatmap/query';
import { INDUSTRIES, type Industry } from '@/lib/industries';
import { industryMoves, type IndustryMove } from '@/lib/metrics/session-moves';
import { colorStep, COLOR_SCALE_CAP_PCT } from '@/lib/palette';
import type { Session, StockQuote } from '@/lib/session/model';

export const SIZE_LABELS: Record<SizeMeasure, string> = {
  marketCap: 'Market cap',
  turnover: 'Turnover',
  equal: 'Equal',
};

function weight(stock: StockQuote, size: SizeMeasure): number {
  if (size === 'equal') return 1;
  const v = size === 'marketCap' ? stock.marketCap : stock.turnover;
  return v !== null && Number.isFinite(v) && v > 0 ? v : 0;
}

/** Measures with at least one positive value in the snapshot, in order of preference (market cap first). */
export function availableSizes(stocks: readonly StockQuote[]): SizeMeasure[] {
  const out: SizeMeasure[] = [];
  if (stocks.some((s) => weight(s, 'marketCap') > 0)) out.push('marketCap');
  if (stocks.some((s) => weight(s, 'turnover') > 0)) out.push('turnover');
  out.push('equal');
  return out;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

function box(r: Rect, w: number, h: number): Box {
  return [round2((r.x0 / w) * 100), round2((r.y0 / h) * 100), round2(((r.x1 - r.x0) / w) * 100), round2(((r.y1 - r.y0) / h) * 100)];
}

type BoxKey = keyof typeof HEATMAP_BOXES;

function headerLevel(r: Rect, industry: Industry, pct: string, key: BoxKey): number {
  const b = HEATMAP_BOXES[key];
  const room = r.x1 - r.x0 - 8;
  const needs = (name: string) => estimateTextWidth(`${name} ${pct}`, b.headerFontSize) <= room;
  return needs(industry) ? 2 : needs(INDUSTRY_SHORT[industry]) ? 1 : 0;
}

export interface HeatmapOptions {
  /** The industry moves of `session`, when the caller has them already (computed once per page). */
  moves?: readonly IndustryMove[];
  /** Forces the industry average (period views are equal-weighted). */
  basis?: IndustryBasis;
  /** Colour scale cap in % (default COLOR_SCALE_CAP_PCT, the 1D cap). */
  cap?: number;
  /** Stocks counted from their first close inside the period (tile flag 2). */
  listedInPeriod?: ReadonlyMap<string, string>;
  /** The period label ('1M') when the % changes are period returns. */
  periodLabel?: string | null;
}

/** The heatmap for a session; `query` is the page's full query, kept in every link. */
export function heatmapData(session: Session, query: Query = {}, options: HeatmapOptions = {}): HeatmapData {
  const { size: askedSize, sector } = parseHeatmapQuery(query);
  const sizes = availableSizes(session.stocks);
  const size = askedSize !== null && sizes.includes(askedSize) ? askedSize : sizes[0]!;
  const moves = options.moves ?? industryMoves(session);
  const basis = options.basis ?? industryBasis(moves);
  const cap = options.cap ?? COLOR_SCALE_CAP_PCT;
  const moveOf = new Map(moves.map((m) => [m.industry, m]));

  const shown = sector === null ? session.stocks : session.stocks.filter((s) => s.sector === sector);
  const items = shown.map((s) => ({ id: s.code, group: s.sector, value: weight(s, size) }));
  const layouts = {} as Record<BoxKey, HeatmapLayout>;
  for (const key of ['d', 'm'] as const) {
    const b = HEATMAP_BOXES[key];
    layouts[key] = layoutHeatmap(items, { width: b.width, height: b.height, headerHeight: b.headerHeight, groupGap: b.groupGap });
  }

  const byCode = new Map(shown.map((s) => [s.code, s]));
  const phoneRect = new Map(layouts.m.tiles.map((t) => [t.id, t]));
  const tiles: CompactTile[] = [];
  let unsized = 0;
  for (const t of layouts.d.tiles) {
    const s = byCode.get(t.id)!;
    const m = phoneRect.get(t.id)!;
    if (weight(s, size) === 0) unsized++;
    const text = { code: s.code, name: s.name, pct: formatPct(s.changePct, 1) };
    const ld = labelLevel(t.x1 - t.x0, t.y1 - t.y0, text, { fontSize: HEATMAP_BOXES.d.fontSize, padding: 3, lineHeight: 1.2 });
    const lm = labelLevel(m.x1 - m.x0, m.y1 - m.y0, text, { fontSize: HEATMAP_BOXES.m.fontSize, padding: 2, lineHeight: 1.2 });
    tiles.push([
      s.code,
      s.name,
      s.nameZh ?? '',
      INDUSTRIES.indexOf(s.sector),
      round2(s.changePct),
      s.close,
      s.turnover === null ? null : Math.round(s.turnover),
      colorStep(s.changePct, cap),
      (s.extreme ? 1 : 0) | (options.listedInPeriod?.has(s.code) ? 2 : 0),
      ...box(t, HEATMAP_BOXES.d.width, HEATMAP_BOXES.d.height),
      ...box(m, HEATMAP_BOXES.m.width, HEATMAP_BOXES.m.height),
      ld * 4 + lm,
    ]);
  }

  const phoneGroup = new Map(layouts.m.groups.map((g) => [g.id, g]));
  const groups: CompactGroup[] = layouts.d.groups.map((g) => {
    const industry = g.id as Industry;
    const move = moveOf.get(industry)!;
    const pct = industryPct(move, basis);
    const pctText = pct === null ? '' : formatPct(pct);
    const m = phoneGroup.get(g.id)!;
    return {
      i: INDUSTRIES.indexOf(industry),
      p: pct === null ? null : round2(pct),
      a: move.advancers,
      dn: move.decliners,
      u: move.unchanged,
      href: heatmapHref(query, { sector: sector === null ? industry : null }),
      d: box(g, HEATMAP_BOXES.d.width, HEATMAP_BOXES.d.height),
      m: box(m, HEATMAP_BOXES.m.width, HEATMAP_BOXES.m.height),
      l: headerLevel(g, industry, pctText, 'd') * 4 + headerLevel(m, industry, pctText, 'm'),
    };
  });

  const highlightParam = Array.isArray(query.highlight) ? query.highlight[0] : query.highlight;
  const highlighted = typeof highlightParam === 'string' ? tiles.find((t) => t[0] === highlightParam && t[11] > 0 && t[12] > 0) : undefined;

  return {
    highlight: highlighted ? { code: highlighted[0], name: highlighted[1], pct: highlighted[4] } : null,
    size,
    sizes: sizes.map((measure) => ({
      measure,
      label: SIZE_LABELS[measure],
      href: heatmapHref(query, { size: measure }),
      current: measure === size,
    })),
    sector,
    zoomOutHref: sector === null ? null : heatmapHref(query, { sector: null }),
    basis,
    cap,
    periodLabel: options.periodLabel ?? null,
    groups,
    tiles,
    unsized,
  };
}
