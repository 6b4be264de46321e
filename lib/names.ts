/**
 * Readable stock names. HKEX short names are written for a ticker tape ("CKH HOLDINGS", "YUE YUEN IND",
 * "WESTCHINACEMENT"); tiles, tables, takeaways and stock pages say "CK Hutchison", "Yue Yuen Industrial",
 * "West China Cement". The names come from `data/names.csv` (columns code, short_name, name_en, name_zh,
 * source); this module parses that file (pure: the text in, a name book out) and, for a code the file does
 * not list, derives a name from the short name by the rules of `deriveDisplayName`.
 *
 * `source` says where `name_en` came from:
 *   - `curated`: written by an editor (the company's own English name as the market uses it);
 *   - `hkex-short-name`: derived mechanically from HKEX's short name by `deriveDisplayName`.
 */
import { parse } from 'csv-parse/sync';
import { z } from 'zod';

export const NAME_SOURCES = ['curated', 'hkex-short-name'] as const;
export type NameSource = (typeof NAME_SOURCES)[number];

export const nameRowSchema = z.object({
  code: z.string().regex(/^\d{5}$/, 'must be a 5-digit code such as 00700'),
  short_name: z.string(),
  name_en: z.string().trim().min(1, 'is empty: every stock needs an English display name'),
  name_zh: z.string(),
  source: z.enum(NAME_SOURCES),
});
export type NameRow = z.infer<typeof nameRowSchema>;

export interface StockName {
  code: string;
  /** English display name, for people. */
  en: string;
  /** Chinese name; null when not known. */
  zh: string | null;
  /** HKEX short name as the file records it. */
  shortName: string;
  source: NameSource;
}

export interface NameBook {
  get(code: string): StockName | undefined;
  /** The display name of `code`; for a code the book lacks, derived from `shortName`. */
  display(code: string, shortName: string): string;
  readonly size: number;
}

export interface NameProblem {
  file: string;
  /** `row 12.name_en`, or `(file)`. */
  path: string;
  message: string;
  severity: 'error' | 'warning';
}

export type NamesParse = { ok: true; book: NameBook; problems: NameProblem[] } | { ok: false; problems: NameProblem[] };

/** Parse names.csv; errors name the file, the row (as a spreadsheet numbers it, header = row 1) and the field. */
export function parseNamesCsv(text: string, file = 'names.csv'): NamesParse {
  const problems: NameProblem[] = [];
  let rows: Record<string, string>[];
  try {
    rows = parse(text, { columns: true, skip_empty_lines: true, trim: true });
  } catch (err) {
    return { ok: false, problems: [{ file, path: '(file)', message: `not valid CSV: ${(err as Error).message}`, severity: 'error' }] };
  }
  const byCode = new Map<string, StockName>();
  rows.forEach((raw, i) => {
    const where = `row ${i + 2}`;
    const row = nameRowSchema.safeParse(raw);
    if (!row.success) {
      for (const issue of row.error.issues) {
        const field = issue.path.join('.') || '(row)';
        const got = raw[field];
        problems.push({ file, path: `${where}.${field}`, message: `${issue.message}${got !== undefined ? ` (got ${JSON.stringify(got)})` : ''}`, severity: 'error' });
      }
      return;
    }
    const r = row.data;
    if (byCode.has(r.code)) {
      problems.push({ file, path: `${where}.code`, message: `duplicate code ${r.code}`, severity: 'error' });
      return;
    }
    if (r.source === 'hkex-short-name' && looksSquashed(r.name_en)) {
      problems.push({ file, path: `${where}.name_en`, message: `"${r.name_en}" looks like run-together tape shorthand; curate a readable name`, severity: 'warning' });
    }
    byCode.set(r.code, { code: r.code, en: r.name_en, zh: r.name_zh === '' ? null : r.name_zh, shortName: r.short_name, source: r.source });
  });
  if (problems.some((p) => p.severity === 'error')) return { ok: false, problems };
  return { ok: true, book: nameBook(byCode), problems };
}

export function nameBook(byCode: ReadonlyMap<string, StockName> = new Map()): NameBook {
  return {
    get: (code) => byCode.get(code),
    display: (code, shortName) => byCode.get(code)?.en ?? deriveDisplayName(shortName),
    size: byCode.size,
  };
}

/**
 * A derived word of 11+ letters that is not one of the spelled-out abbreviations is almost always several
 * words run together on the tape ("WESTCHINACEMENT", "CHINFMINING").
 */
function looksSquashed(name: string): boolean {
  const spelled = new Set(Object.values(WORDS));
  return name.split(/\s+/).some((w) => /^[A-Za-z]{11,}$/.test(w) && !spelled.has(w));
}

/**
 * Tape abbreviations spelled out, and acronyms kept. Keys are upper-case tape words. An abbreviation is
 * listed only when it has one reading across HKEX short names (HLDG is always Holdings; CH is China in
 * "CH OVS", but "CH" alone is kept as is elsewhere, so it is not here).
 */
const WORDS: Record<string, string> = {
  "INT'L": 'International',
  INTL: 'International',
  INT: 'International',
  HLDG: 'Holdings',
  HLDGS: 'Holdings',
  HOLD: 'Holdings',
  GP: 'Group',
  GRP: 'Group',
  DEV: 'Development',
  ENT: 'Entertainment',
  PPT: 'Properties',
  PPTY: 'Property',
  PHARM: 'Pharmaceutical',
  PHARMA: 'Pharma',
  TECH: 'Technology',
  SCI: 'Scientific',
  SER: 'Services',
  SERV: 'Services',
  EGY: 'Energy',
  AGR: 'Agriculture',
  EDU: 'Education',
  MAT: 'Materials',
  BIO: 'Bio',
  IND: 'Industrial',
  CORP: 'Corporation',
  ELEC: 'Electric',
  MED: 'Medical',
  LTD: '',
  INC: '',
  // Three-letter words that are words (English or pinyin), not acronyms.
  NEW: 'New',
  SUN: 'Sun',
  OIL: 'Oil',
  GAS: 'Gas',
  AIR: 'Air',
  SEA: 'Sea',
  ONE: 'One',
  TOP: 'Top',
  BIG: 'Big',
  CAR: 'Car',
  POP: 'Pop',
  HAO: 'Hao',
  UNI: 'Uni',
  WAH: 'Wah',
  LEE: 'Lee',
  MAN: 'Man',
  TAI: 'Tai',
  HUA: 'Hua',
  YUE: 'Yue',
  KAI: 'Kai',
  // Acronyms that title-casing would spoil (three letters and shorter are kept as acronyms anyway).
  CATL: 'CATL',
  CICC: 'CICC',
  CITIC: 'CITIC',
  CNOOC: 'CNOOC',
  COSCO: 'COSCO',
  CRRC: 'CRRC',
  CSPC: 'CSPC',
  CSSC: 'CSSC',
  HSBC: 'HSBC',
  HKEX: 'HKEX',
  SMIC: 'SMIC',
  PCCW: 'PCCW',
  MTR: 'MTR',
};

function titleWord(word: string): string {
  const known = WORDS[word];
  if (known !== undefined) return known;
  // Short all-letter words in a short name are mostly acronyms: CCB, ABC, MMG, BOC, CK.
  if (word.length <= 3 && /^[A-Z]+$/.test(word)) return word;
  // Keep punctuation-joined parts readable: "U-PRESID" → "U-Presid", "TRIP.COM" → "Trip.com".
  return word.toLowerCase().replace(/(^|[-&/])([a-z])/g, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/**
 * A readable name from an HKEX short name, for codes names.csv does not list:
 *   1. a name already in mixed case was written for people: kept;
 *   2. the share-class marker is dropped (" - W", " - SW", " - S", " - B", " - SS": weighted voting rights,
 *      secondary listing, biotech, …): it says how the share is listed, not what the company is;
 *   3. each word: a known tape abbreviation is spelled out (WORDS), a word of three letters or fewer is an
 *      acronym and stays upper case, anything else is title-cased;
 *   4. "Ltd" and "Inc" are dropped, as a desk writes the name.
 */
export function deriveDisplayName(shortName: string): string {
  const name = shortName.trim();
  if (/[a-z]/.test(name)) return name;
  const words = name
    .replace(/\s+-\s+[A-Z]{1,3}$/, '')
    .split(/\s+/)
    .filter(Boolean)
    .map(titleWord)
    .filter(Boolean);
  return words.length > 0 ? words.join(' ') : name;
}
