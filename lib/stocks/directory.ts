import 'server-only';
/**
 * Every stock the archive has seen, with the names people read (data/names.csv), its themes, and the
 * period returns of the latest session with industry ranks: what `/stocks`, the stock pages and the
 * search index share. Built once per data version (the history store's version, the names and the
 * themes file) and reused by every request until one of them changes.
 */
import { getHistoryStore } from '@/lib/history';
import { industryPeriodMoves, type IndustryPeriodMove } from '@/lib/history/industry-period';
import { PERIODS, type IndexPeriodChange, type Period, type PeriodWindow, type StockPeriodReturn } from '@/lib/history/types';
import { loadNames } from '@/lib/data/names';
import { loadThemes } from '@/lib/data/themes';
import type { Industry } from '@/lib/industries';
import type { NameBook } from '@/lib/names';
import type { Theme } from '@/lib/themes';

export interface StockEntry {
  code: string;
  /** English display name (names.csv, else derived from the short name). */
  name: string;
  nameZh: string | null;
  /** HKEX short name as in the newest session with the stock. */
  shortName: string;
  sector: Industry;
  themes: Pick<Theme, 'id' | 'name' | 'nameZh'>[];
  listingDate: string | null;
  firstDate: string;
  lastDate: string;
}

export interface RankedReturn extends StockPeriodReturn {
  /** 1 = best in its industry for the period; null when the industry has no other member with a return. */
  rank: number;
  /** Members of the industry with a return for the period. */
  of: number;
}

/** One session's period returns for every stock, with each industry's equal-weighted move and the HSI's. */
export interface PeriodTable {
  endDate: string;
  windows: Record<Period, PeriodWindow>;
  returns: Record<Period, Map<string, RankedReturn>>;
  industries: Record<Period, Map<Industry, IndustryPeriodMove>>;
  hsi: Record<Period, IndexPeriodChange | null>;
}

export interface StockDirectory {
  version: string;
  entries: StockEntry[];
  byCode: Map<string, StockEntry>;
  /** The archive's newest session date ('' when empty). */
  latestDate: string;
}

function entriesFrom(infos: Awaited<ReturnType<Awaited<ReturnType<typeof getHistoryStore>>['stocks']>>, names: NameBook, themes: readonly Theme[]): StockEntry[] {
  const themesOf = new Map<string, StockEntry['themes']>();
  for (const t of themes) {
    for (const code of t.codes) {
      const list = themesOf.get(code) ?? [];
      list.push({ id: t.id, name: t.name, nameZh: t.nameZh });
      themesOf.set(code, list);
    }
  }
  return infos.map((info) => {
    const known = names.get(info.code);
    return {
      code: info.code,
      name: names.display(info.code, info.name),
      nameZh: known?.zh ?? info.nameZh,
      shortName: info.name,
      sector: info.sector,
      themes: themesOf.get(info.code) ?? [],
      listingDate: info.listingDate,
      firstDate: info.firstDate,
      lastDate: info.lastDate,
    };
  });
}

let directoryCache: { key: string; names: NameBook; themes: Theme[]; value: Promise<StockDirectory> } | undefined;

export async function getStockDirectory(): Promise<StockDirectory> {
  const store = await getHistoryStore();
  // The store checks the sessions folder before answering; sessionDates() brings the version up to date.
  const dates = await store.sessionDates();
  const names = loadNames();
  const themes = loadThemes();
  const key = store.version();
  if (directoryCache && directoryCache.key === key && directoryCache.names === names && directoryCache.themes === themes) return directoryCache.value;
  const value = store.stocks().then((infos) => {
    const entries = entriesFrom(infos, names, themes);
    return { version: key, entries, byCode: new Map(entries.map((e) => [e.code, e])), latestDate: dates[dates.length - 1] ?? '' };
  });
  directoryCache = { key, names, themes, value };
  value.catch(() => {
    if (directoryCache?.value === value) directoryCache = undefined;
  });
  return value;
}

/** Ranks within each industry, best return first; ties share the better rank. */
function rankReturns(returns: readonly StockPeriodReturn[], sectorOf: (code: string) => Industry | undefined): Map<string, RankedReturn> {
  const bySector = new Map<Industry, StockPeriodReturn[]>();
  for (const r of returns) {
    const sector = sectorOf(r.code);
    if (!sector) continue;
    const list = bySector.get(sector) ?? [];
    list.push(r);
    bySector.set(sector, list);
  }
  const out = new Map<string, RankedReturn>();
  for (const list of bySector.values()) {
    list.sort((a, b) => b.returnPct - a.returnPct);
    list.forEach((r, i) => {
      const rank = i > 0 && list[i - 1]!.returnPct === r.returnPct ? out.get(list[i - 1]!.code)!.rank : i + 1;
      out.set(r.code, { ...r, rank, of: list.length });
    });
  }
  return out;
}

const tableCache = new Map<string, Promise<PeriodTable | null>>();

/** Period returns of every stock for the session `endDate` (null when the store lacks it), cached per version. */
export async function getPeriodTable(endDate: string): Promise<PeriodTable | null> {
  const directory = await getStockDirectory();
  const key = `${directory.version}|${endDate}`;
  const hit = tableCache.get(key);
  if (hit) return hit;
  const store = await getHistoryStore();
  const sectorOf = (code: string) => directory.byCode.get(code)?.sector;
  const value = (async (): Promise<PeriodTable | null> => {
    const all = await Promise.all(PERIODS.map((p) => store.periodReturns(endDate, p)));
    if (all.some((r) => r === null)) return null;
    const table = { endDate, windows: {}, returns: {}, industries: {}, hsi: {} } as PeriodTable;
    PERIODS.forEach((p, i) => {
      const r = all[i]!;
      table.windows[p] = r.window;
      table.returns[p] = rankReturns(r.stocks, sectorOf);
      table.industries[p] = new Map(industryPeriodMoves(r.stocks, sectorOf).map((m) => [m.industry, m]));
      table.hsi[p] = r.indices.find((x) => x.id === 'HSI') ?? null;
    });
    return table;
  })();
  // A handful of end dates at most (the latest, and delisted stocks' last days); old versions leave.
  for (const k of tableCache.keys()) if (!k.startsWith(`${directory.version}|`) || tableCache.size > 16) tableCache.delete(k);
  tableCache.set(key, value);
  value.catch(() => tableCache.delete(key));
  return value;
}
