/**
 * Takeaways as data. A module per kind of fact turns the session's context into candidates; the selection
 * picks 3–6 of them; lib/format/takeaways-en.ts (and, later, a Chinese edition) renders the chosen facts
 * to words. A fact holds every figure its sentence prints, and the cites say what each figure describes,
 * so the same facts give the same figures and the same cites in any language.
 */
import type { Quadrant } from '@/lib/metrics/rrg';
import type { HistoryFact } from '@/lib/takeaways/history-facts';

/** A stock as a fact names it: code, display names and the session's % change. */
export interface StockMove {
  code: string;
  /** English display name (data/names.csv, else derived from the HKEX short name). */
  name: string;
  nameZh: string | null;
  changePct: number;
}

export interface IndexMove {
  id: string;
  name: string;
  close: number;
  /** Points. */
  change: number;
  changePct: number;
}

/** A theme as a fact names it; `nameZh` (data/themes.json) for the Chinese words, absent when the file has none. */
export interface ThemeName {
  id: string;
  name: string;
  nameZh?: string;
}

export interface GroupFigure {
  /** Equal-weighted % of the group's (non-extreme) members. */
  pct: number;
  count: number;
}

export type Fact =
  | { kind: 'index'; session: 'full' | 'half'; indices: IndexMove[] }
  | {
      kind: 'industry-leader' | 'industry-laggard';
      industry: string;
      pct: number;
      advancers: number;
      decliners: number;
      count: number;
      /** A theme inside the industry that moved further the same way. */
      theme: { id: string; name: string; nameZh?: string; pct: number } | null;
      stocks: StockMove[];
      bellwether: { stock: StockMove; by: 'marketCap' | 'turnover' } | null;
    }
  | {
      /** A sparse snapshot: ≥ 3 named stocks of one industry all moving one way. */
      kind: 'group';
      industry: string;
      up: boolean;
      /** Led the day's gains (the best group moving up, ahead of the market). */
      led: boolean;
      themes: ThemeName[];
      stocks: StockMove[];
    }
  | {
      kind: 'theme';
      theme: ThemeName;
      /** `each`: every member named with its move; `average`: the mean and its leader; `pair`: two members only. */
      shape: 'each' | 'average' | 'pair';
      pct: number;
      advancers: number;
      count: number;
      memberCount: number;
      /** Ahead of (true) or behind the market. */
      ahead: boolean;
      stocks: StockMove[];
    }
  | { kind: 'new-listing'; stock: StockMove; day: number; listingDate: string }
  | { kind: 'movers'; direction: 'up' | 'down'; stocks: StockMove[]; theme: ThemeName | null }
  | { kind: 'large-caps'; by: 'marketCap' | 'turnover'; stocks: StockMove[] }
  | { kind: 'breadth'; advancers: number; decliners: number; total: number; ratio: number | null; net: number }
  | {
      kind: 'rotation';
      /**
       * `rotation`: the groups went opposite ways, or the gap is large against the market's move;
       * `brunt`: a broad fall, one group fell harder; `led`: a broad rise, one group rose more.
       */
      shape: 'rotation' | 'brunt' | 'led';
      cyclicals: GroupFigure;
      growth: GroupFigure;
      /** Cyclicals − growth, pp. */
      gapPp: number;
      /** Defensives − HSI, pp, when notable. */
      defensivesVsHsiPp: number | null;
    }
  | {
      kind: 'rrg';
      changes: { industry: string; from: Quadrant | null; to: Quadrant }[];
      /** On the weekly graph: the sessions the new quadrant has held (absent on the daily graph). */
      heldSessions?: number;
    }
  | { kind: 'extreme'; stocks: StockMove[]; more: number }
  | HistoryFact;

export type FactKind = Fact['kind'];

/** What a takeaway cites: every thing one of its figures describes. */
export interface TakeawayRefs {
  indices: string[];
  industries: string[];
  themes: string[];
  stocks: string[];
  /** Market-wide measures: `breadth`, `turnover`, `52-week` (new 52-week highs and lows). */
  market: string[];
  /** Rotation groups: `cyclicals`, `growth`, `defensives`. */
  groups: string[];
}

export function emptyRefs(): TakeawayRefs {
  return { indices: [], industries: [], themes: [], stocks: [], market: [], groups: [] };
}

export interface Built {
  fact: Fact;
  refs: TakeawayRefs;
}

/**
 * A fact the data supports, with a salience ("how unusual is this"). `build` writes the fact leaving out
 * stocks another chosen takeaway already names (null when nothing is left to say).
 */
export interface Candidate {
  kind: FactKind;
  salience: number;
  /** Stable tie-break. */
  key: string;
  /** Always shown (the index moves, extreme moves), even past the cap. */
  always?: boolean;
  build(named: ReadonlySet<string>): Built | null;
}

export interface Takeaway {
  /** English (lib/format/takeaways-en.ts). */
  text: string;
  /** Traditional Chinese, Hong Kong press style (lib/format/takeaways-zh.ts), from the same fact. */
  textZh: string;
  refs: TakeawayRefs;
  kind: FactKind;
  fact: Fact;
}
