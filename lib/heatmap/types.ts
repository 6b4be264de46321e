/**
 * The heatmap's compact props: what the server sends the browser. Numbers are rounded and tiles are
 * tuples, because this travels in the RSC payload next to the HTML the client component renders from it.
 * Types and a few constants only, so the client component can import it without pulling in d3.
 */
import type { IndustryBasis } from '@/lib/heatmap/industry-pct';
import type { Industry } from '@/lib/industries';

export const SIZE_MEASURES = ['marketCap', 'turnover', 'equal'] as const;
export type SizeMeasure = (typeof SIZE_MEASURES)[number];

/** The two layouts, in layout units: wide screens, and phones (container < 640 px), taller so tiles stay tappable. */
export const HEATMAP_BOXES = {
  d: { width: 1200, height: 660, headerHeight: 20, groupGap: 3, fontSize: 12, headerFontSize: 12 },
  m: { width: 400, height: 720, headerHeight: 17, groupGap: 2, fontSize: 11.5, headerFontSize: 11 },
} as const;

/** x, y, width, height in % of the layout box (2 dp). */
export type Box = [x: number, y: number, w: number, h: number];

/**
 * One stock: [code, name, nameZh ('' when unknown), industry index (INDUSTRIES), % change (2 dp),
 * close (null when unknown), turnover HKD (integer, null when unknown), colour step (−6..6),
 * flags (1 = extreme move, 2 = listed inside the period), wide box ×4, phone box ×4, label levels (wide × 4 + phone)].
 */
export type CompactTile = [
  code: string,
  name: string,
  nameZh: string,
  industry: number,
  pct: number,
  close: number | null,
  turnover: number | null,
  step: number,
  flags: number,
  dx: number,
  dy: number,
  dw: number,
  dh: number,
  mx: number,
  my: number,
  mw: number,
  mh: number,
  labels: number,
];

export interface CompactGroup {
  /** Industry index (INDUSTRIES). */
  i: number;
  /** The industry's % change (2 dp), null without stocks. */
  p: number | null;
  /** Advancers, decliners, unchanged, stocks counted (extremes excluded). */
  a: number;
  dn: number;
  u: number;
  /** Where the header links: zoom in, or back out when already zoomed. */
  href: string;
  d: Box;
  m: Box;
  /** Header label level, wide × 4 + phone: 2 full name, 1 short name, 0 % only. */
  l: number;
}

export interface SizeOption {
  measure: SizeMeasure;
  label: string;
  href: string;
  current: boolean;
}

export interface HeatmapData {
  size: SizeMeasure;
  sizes: SizeOption[];
  /** The industry zoomed into, or null for the whole market. */
  sector: string | null;
  zoomOutHref: string | null;
  /** How an industry's % is averaged: the legend says which. */
  basis: IndustryBasis;
  /** Cap of the colour scale, in %. */
  cap: number;
  /** The period of the % changes ('1M'), null for the session's own (1D). */
  periodLabel: string | null;
  groups: CompactGroup[];
  tiles: CompactTile[];
  /** Stocks whose weight is 0 under the size measure (no tile area); they are still in the table. */
  unsized: number;
  /** The tile outlined by `?highlight=CODE` (a stock on the map), else null. */
  highlight?: { code: string; name: string; pct: number } | null;
}

/** Header names for narrow industry blocks. */
export const INDUSTRY_SHORT: Record<Industry, string> = {
  Conglomerates: 'Conglom.',
  'Consumer Discretionary': 'Cons. Disc.',
  'Consumer Staples': 'Cons. Staples',
  Energy: 'Energy',
  Financials: 'Financials',
  Healthcare: 'Healthcare',
  Industrials: 'Industrials',
  'Information Technology': 'Info. Tech.',
  Materials: 'Materials',
  'Properties & Construction': 'Prop. & Constr.',
  Telecommunications: 'Telecom',
  Utilities: 'Utilities',
};
