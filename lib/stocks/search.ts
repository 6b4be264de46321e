/**
 * Finding a stock by what a reader types: a code in any common form, an English name (the display name or
 * HKEX's short name, ignoring case, spaces and punctuation), a Chinese name, or an industry or theme name.
 * Pure and small: the server answers `/stocks?q=` with it, and the browser runs the same code over the
 * compact index (`SearchIndexWire`) for suggestions while typing, so both agree on every result.
 */
import { INDUSTRY_NAMES_ZH, isIndustry } from '@/lib/industries';
import { normaliseStockCode } from '@/lib/stocks/codes';

/**
 * The index as it travels to the browser, column by column (gzip compresses a column of similar values far
 * better than interleaved records): codes as gaps from the previous code, names joined by `|`.
 */
export interface SearchIndexWire {
  /** Data version the index was built from (part of its URL). */
  v: string;
  /** Industry names (matched as groups; the server's results page lists their stocks). */
  i: string[];
  /** Themes: [name, Chinese name ('' when none), positions of its stocks in the columns]. */
  t: [string, string, number[]][];
  /** Codes, ascending, each as the gap from the previous one (the first from 0) in base 36, comma-separated. */
  c: string;
  /** English display names, `|`-separated. */
  n: string;
  /** Chinese names ('' when unknown), `|`-separated. */
  z: string;
  /** HKEX short names where they read differently from the display name, else '', `|`-separated. */
  h: string;
}

export interface SearchStock {
  code: string;
  name: string;
  nameZh: string | null;
  industry: string;
  themes: string[];
  shortName: string | null;
}

export interface SearchGroup {
  kind: 'industry' | 'theme';
  name: string;
  nameZh: string | null;
  codes: string[];
}

export type MatchKind = 'code' | 'name' | 'name-prefix' | 'word-prefix' | 'contains';

export interface StockMatch {
  stock: SearchStock;
  kind: MatchKind;
}

export interface SearchResult {
  query: string;
  /** The one stock the query names exactly (a code, or a full name no other stock shares), or null. */
  exact: SearchStock | null;
  stocks: StockMatch[];
  /** Industries and themes the query names (their members are listed with them). */
  groups: SearchGroup[];
}

/**
 * Folds text for matching: Unicode compatibility forms (full-width letters and digits), lower case, and
 * only letters and digits kept, so "Hong Kong & China Gas", "HK&CHINA GAS" and "hk china gas" compare
 * on their letters. "&" reads as "and" first, as desks write it both ways.
 */
export function foldName(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The words of a name, folded: "Zijin Mining" → ["zijin", "mining"]. */
function foldedWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export function fromWire(wire: SearchIndexWire): { stocks: SearchStock[]; groups: SearchGroup[] } {
  const names = wire.n.split('|');
  const zh = wire.z.split('|');
  const short = wire.h.split('|');
  const themesOf = new Map<number, string[]>();
  for (const [name, , members] of wire.t) for (const k of members) themesOf.set(k, [...(themesOf.get(k) ?? []), name]);
  let code = 0;
  const stocks = wire.c.split(',').map((gap, k): SearchStock => {
    code += parseInt(gap, 36);
    return {
      code: String(code).padStart(5, '0'),
      name: names[k] ?? '',
      nameZh: zh[k] ? zh[k]! : null,
      // Not on the wire (it would cost a tenth of the index); suggestions show the code and names.
      industry: '',
      themes: themesOf.get(k) ?? [],
      shortName: short[k] ? short[k]! : null,
    };
  });
  const groups: SearchGroup[] = [
    // The official Chinese industry names ship with the code (12 short strings), not on the wire.
    ...wire.i.map((name): SearchGroup => ({ kind: 'industry', name, nameZh: isIndustry(name) ? INDUSTRY_NAMES_ZH[name] : null, codes: [] })),
    ...wire.t.map(([name, nameZh, members]): SearchGroup => ({ kind: 'theme', name, nameZh: nameZh === '' ? null : nameZh, codes: members.map((k) => stocks[k]?.code ?? '') })),
  ];
  return { stocks, groups };
}

const RANK: Record<MatchKind, number> = { code: 0, name: 1, 'name-prefix': 2, 'word-prefix': 3, contains: 4 };

function matchName(q: string, qWords: string[], names: (string | null)[]): MatchKind | null {
  let best: MatchKind | null = null;
  const better = (k: MatchKind) => {
    if (best === null || RANK[k] < RANK[best]) best = k;
  };
  for (const name of names) {
    if (!name) continue;
    const folded = foldName(name);
    if (folded === '') continue;
    if (folded === q) better('name');
    else if (folded.startsWith(q)) better('name-prefix');
    else {
      const words = foldedWords(name);
      // Every typed word starts a word of the name, in any order: "gold shandong", "china mob".
      if (qWords.length > 0 && qWords.every((w) => words.some((nw) => nw.startsWith(w)))) better('word-prefix');
      else if (q.length >= 2 && folded.includes(q)) better('contains');
    }
  }
  return best;
}

/** Two Chinese characters say as much as three Latin letters. */
const CJK = /[\u3400-\u9fff]/;

function groupMatches(q: string, group: SearchGroup): boolean {
  const long = q.length >= (CJK.test(q) ? 2 : 3);
  for (const name of [group.name, group.nameZh]) {
    if (!name) continue;
    const folded = foldName(name);
    if (folded === q || (long && folded.startsWith(q))) return true;
    if (long && foldedWords(name).some((w) => w.startsWith(q))) return true;
  }
  return false;
}

/**
 * Every stock and group the query matches, best first: an exact code, then exact names, names starting
 * with the query, names with words starting with each typed word, names containing it; ties by code.
 */
export function searchStocks(query: string, stocks: readonly SearchStock[], groups: readonly SearchGroup[], limit = Infinity): SearchResult {
  const text = query.trim().slice(0, 100);
  const empty: SearchResult = { query: text, exact: null, stocks: [], groups: [] };
  if (text === '') return empty;
  const code = normaliseStockCode(text);
  if (code !== null) {
    const stock = stocks.find((s) => s.code === code);
    // A number that is not a listed code may still be part of a name ("3SBio"): fall through to names.
    if (stock) return { query: text, exact: stock, stocks: [{ stock, kind: 'code' }], groups: [] };
  }
  const q = foldName(text);
  if (q === '') return empty;
  const qWords = foldedWords(text);
  const matches: StockMatch[] = [];
  for (const stock of stocks) {
    const kind = matchName(q, qWords, [stock.name, stock.shortName, stock.nameZh]);
    if (kind !== null) matches.push({ stock, kind });
  }
  matches.sort((a, b) => RANK[a.kind] - RANK[b.kind] || (a.stock.code < b.stock.code ? -1 : 1));
  const matchedGroups = groups.filter((g) => groupMatches(q, g));
  const exactNames = matches.filter((m) => m.kind === 'name');
  const exact =
    exactNames.length === 1 && matchedGroups.length === 0
      ? exactNames[0]!.stock
      : matches.length === 1 && matchedGroups.length === 0
        ? matches[0]!.stock
        : null;
  return { query: text, exact, stocks: matches.slice(0, limit), groups: matchedGroups };
}
