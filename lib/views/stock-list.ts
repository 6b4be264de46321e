import 'server-only';
/**
 * `/stocks`: every stock by industry with its latest move and period returns, sorted by `?sort=`
 * (`code`, `name`, or a period; `?dir=asc|desc`), optionally one industry (`?industry=`); or, with
 * `?q=`, the search results (an exact match is a redirect, decided here and carried out by the route).
 */
import { INDUSTRIES, INDUSTRY_NAMES_ZH, isIndustry, type Industry } from '@/lib/industries';
import { isPeriod, PERIODS, type Period } from '@/lib/history/types';
import { getPeriodTable, getStockDirectory, type RankedReturn, type StockEntry } from '@/lib/stocks/directory';
import { searchStocks, type SearchGroup, type SearchResult, type SearchStock } from '@/lib/stocks/search';
import type { IndustryPeriodMove } from '@/lib/history/industry-period';

type Query = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export const SORT_KEYS = ['code', 'name', ...PERIODS] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface StockListRow {
  entry: StockEntry;
  returns: Partial<Record<Period, RankedReturn>>;
}

export interface IndustryBlock {
  industry: Industry;
  moves: Partial<Record<Period, IndustryPeriodMove>>;
  rows: StockListRow[];
}

export type StockListView =
  | { kind: 'redirect'; code: string }
  | {
      kind: 'list';
      latestDate: string;
      sort: SortKey;
      dir: 'asc' | 'desc';
      industry: Industry | null;
      blocks: IndustryBlock[];
      total: number;
      /** Set for `?q=`: what matched. */
      search: (SearchResult & { stockRows: StockListRow[]; groupRows: { group: SearchGroup; rows: StockListRow[] }[] }) | null;
    };

export function searchCorpus(entries: readonly StockEntry[]): { stocks: SearchStock[]; groups: SearchGroup[] } {
  const stocks = entries.map(
    (e): SearchStock => ({ code: e.code, name: e.name, nameZh: e.nameZh, industry: e.sector, themes: e.themes.map((t) => t.name), shortName: e.shortName }),
  );
  const themes = new Map<string, SearchGroup>();
  for (const e of entries) {
    for (const t of e.themes) {
      const g = themes.get(t.id) ?? { kind: 'theme' as const, name: t.name, nameZh: t.nameZh ?? null, codes: [] };
      g.codes.push(e.code);
      themes.set(t.id, g);
    }
  }
  const groups: SearchGroup[] = [
    ...INDUSTRIES.map((i): SearchGroup => ({ kind: 'industry', name: i, nameZh: INDUSTRY_NAMES_ZH[i], codes: entries.filter((e) => e.sector === i).map((e) => e.code) })),
    ...themes.values(),
  ];
  return { stocks, groups };
}

export async function getStockListView(query: Query): Promise<StockListView> {
  const directory = await getStockDirectory();
  const table = directory.latestDate ? await getPeriodTable(directory.latestDate) : null;
  const rowOf = (entry: StockEntry): StockListRow => {
    const returns: StockListRow['returns'] = {};
    if (table) for (const p of PERIODS) {
      const r = table.returns[p].get(entry.code);
      if (r) returns[p] = r;
    }
    return { entry, returns };
  };

  const sortParam = first(query.sort);
  const sort: SortKey = (SORT_KEYS as readonly string[]).includes(sortParam ?? '') ? (sortParam as SortKey) : 'code';
  const dirParam = first(query.dir);
  const dir: 'asc' | 'desc' = dirParam === 'asc' || dirParam === 'desc' ? dirParam : isPeriod(sort) ? 'desc' : 'asc';
  const compare = (a: StockListRow, b: StockListRow): number => {
    let c: number;
    if (sort === 'code') c = a.entry.code < b.entry.code ? -1 : a.entry.code > b.entry.code ? 1 : 0;
    else if (sort === 'name') c = a.entry.name.localeCompare(b.entry.name, 'en');
    else {
      const x = a.returns[sort]?.returnPct;
      const y = b.returns[sort]?.returnPct;
      // Stocks without a return for the period go last whichever the direction.
      if (x === undefined || y === undefined) return x === undefined ? (y === undefined ? 0 : 1) : -1;
      c = x - y;
    }
    return (dir === 'asc' ? c : -c) || (a.entry.code < b.entry.code ? -1 : 1);
  };

  const q = first(query.q)?.trim() ?? '';
  let search: Extract<StockListView, { kind: 'list' }>['search'] = null;
  if (q !== '') {
    const corpus = searchCorpus(directory.entries);
    const result = searchStocks(q, corpus.stocks, corpus.groups);
    if (result.exact) return { kind: 'redirect', code: result.exact.code };
    const rowsFor = (codes: readonly string[]) =>
      codes
        .map((c) => directory.byCode.get(c))
        .filter((e): e is StockEntry => e !== undefined)
        .map(rowOf)
        .sort(compare);
    search = {
      ...result,
      // Best match first (the search's order), not the list's sort.
      stockRows: result.stocks.map((m) => directory.byCode.get(m.stock.code)).filter((e): e is StockEntry => e !== undefined).map(rowOf),
      groupRows: result.groups.map((group) => ({ group, rows: rowsFor(group.codes) })),
    };
  }

  const industryParam = first(query.industry);
  const industry = industryParam !== undefined && isIndustry(industryParam) ? industryParam : null;
  const blocks: IndustryBlock[] =
    search !== null
      ? []
      : INDUSTRIES.filter((i) => industry === null || i === industry)
          .map((i) => {
            const moves: IndustryBlock['moves'] = {};
            if (table) for (const p of PERIODS) {
              const m = table.industries[p].get(i);
              if (m) moves[p] = m;
            }
            return { industry: i, moves, rows: directory.entries.filter((e) => e.sector === i).map(rowOf).sort(compare) };
          })
          .filter((b) => b.rows.length > 0);
  return { kind: 'list', latestDate: directory.latestDate, sort, dir, industry, blocks, total: directory.entries.length, search };
}
