/**
 * Reading the vendor CSVs the ingest builds sessions from (the formats of ../shared/data/hk):
 * securities.csv, daily_bars.csv, index_closes.csv and an optional corporate-actions file.
 * csv-parse splits the text; a zod schema per row types it. A bad row is an error naming the file,
 * the line and the column, never a silent skip.
 */
import { CsvError, parse } from 'csv-parse/sync';
import { z } from 'zod';
import { closeBasisSchema, industrySchema, isRealIsoDate, type CloseBasis } from '@/lib/schema/session';
import type { Industry } from '@/lib/industries';

const CODE_INPUT = /^0*(\d{1,5})(?:\.HK)?$/i;

/** `700`, `0700`, `0700.HK`, `00700` → `00700`; null when the text is not an HKEX stock code. */
export function tryNormaliseCode(raw: string): string | null {
  const match = CODE_INPUT.exec(raw.trim());
  const digits = match?.[1];
  if (digits === undefined || /^0+$/.test(digits)) return null;
  return digits.padStart(5, '0');
}

/** `700`, `0700`, `0700.HK`, `00700` → `00700`. Throws on anything else. */
export function normaliseCode(raw: string): string {
  const code = tryNormaliseCode(raw);
  if (code === null) throw new Error(codeProblem(raw));
  return code;
}

function codeProblem(raw: string): string {
  return `${JSON.stringify(raw)} is not an HKEX stock code (expected up to 5 digits such as 700, 0700, 0700.HK or 00700)`;
}

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD')
  .refine(isRealIsoDate, 'not a real calendar date');

const code = z.string().transform((value, ctx) => {
  const normalised = tryNormaliseCode(value);
  if (normalised === null) {
    ctx.addIssue({ code: 'custom', message: codeProblem(value) });
    return z.NEVER;
  }
  return normalised;
});

/** A plain decimal as vendors write it (41.250); no signs, exponents or thousands separators. */
const decimal = z
  .string()
  .regex(/^(?:\d+(?:\.\d*)?|\.\d+)$/, 'expected a plain decimal number such as 41.25')
  .transform(Number);

const positive = decimal.refine((n) => n > 0, 'expected a number above 0');
const wholeCount = z
  .string()
  .regex(/^\d+$/, 'expected a whole number of shares')
  .transform(Number)
  .refine(Number.isSafeInteger, 'number too large');

const securityRowSchema = z.object({
  code,
  name_en: z.string().min(1, 'expected a name'),
  name_zh: z.string(),
  industry: industrySchema,
});

const barRowSchema = z.object({
  date: isoDate,
  code,
  close: positive,
  volume: wholeCount,
  close_basis: closeBasisSchema,
});

const indexCloseRowSchema = z.object({
  date: isoDate,
  index: z.string().regex(/^[A-Z0-9]{1,32}$/, 'expected an index id such as HSI'),
  close: positive,
});

const actionRowSchema = z.object({
  date: isoDate,
  code,
  factor: positive,
});

export interface Security {
  code: string;
  nameEn: string;
  /** Traditional Chinese name; null when the vendor has none. */
  nameZh: string | null;
  industry: Industry;
}

export interface Bar {
  date: string;
  code: string;
  close: number;
  volume: number;
  closeBasis: CloseBasis;
  /** Line in the source file, for messages. */
  line: number;
}

export interface IndexClose {
  date: string;
  index: string;
  close: number;
  line: number;
}

/** On `date` the stock's previous close is divided by `factor` (3 for BYD's 2025-06-10 bonus issue). */
export interface CorporateAction {
  date: string;
  code: string;
  factor: number;
  line: number;
}

/**
 * Parse CSV text with a header row and type every row with `schema`. Errors read
 * `daily_bars.csv: line 12, column close: expected a number above 0 (got "-1")`.
 */
export function readCsvRows<S extends z.ZodType<object, Record<string, string>>>(
  text: string,
  file: string,
  schema: S,
  columns: readonly string[],
  keep: (record: Record<string, string>) => boolean = () => true,
): Array<{ row: z.output<S>; line: number }> {
  let records: Array<{ record: Record<string, string>; info: { lines: number } }>;
  try {
    records = parse(text, {
      bom: true,
      columns: (header: string[]) => {
        const names = header.map((h) => h.trim());
        const missing = columns.filter((c) => !names.includes(c));
        if (missing.length > 0) {
          throw new Error(`${file}: line 1: header lacks column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (expected ${columns.join(',')})`);
        }
        return names;
      },
      info: true,
      skip_empty_lines: true,
      trim: true,
    });
  } catch (err) {
    if (err instanceof CsvError) {
      const line = (err as CsvError & { lines?: number }).lines;
      throw new Error(`${file}: ${line !== undefined ? `line ${line}: ` : ''}${err.message}`, { cause: err });
    }
    throw err;
  }
  const rows: Array<{ row: z.output<S>; line: number }> = [];
  for (const { record, info } of records) {
    if (!keep(record)) continue;
    const parsed = schema.safeParse(record);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const column = String(issue?.path[0] ?? '');
      const got = column in record ? ` (got ${JSON.stringify(record[column])})` : '';
      const message = issue?.code === 'invalid_value' ? `expected one of ${issue.values.join(', ')}` : (issue?.message ?? 'invalid row');
      throw new Error(`${file}: line ${info.lines}, column ${column}: ${message}${got}`);
    }
    rows.push({ row: parsed.data, line: info.lines });
  }
  return rows;
}

function noDuplicates<T>(rows: T[], file: string, key: (row: T) => string, line: (row: T) => number, what: (row: T) => string): T[] {
  const seen = new Map<string, number>();
  for (const row of rows) {
    const k = key(row);
    const first = seen.get(k);
    if (first !== undefined) throw new Error(`${file}: line ${line(row)}: duplicate ${what(row)} (first at line ${first})`);
    seen.set(k, line(row));
  }
  return rows;
}

export function readSecuritiesCsv(text: string, file = 'securities.csv'): Security[] {
  const rows = readCsvRows(text, file, securityRowSchema, ['code', 'name_en', 'name_zh', 'industry']);
  noDuplicates(rows, file, (r) => r.row.code, (r) => r.line, (r) => `code ${r.row.code}`);
  return rows.map(({ row }) => ({ code: row.code, nameEn: row.name_en, nameZh: row.name_zh === '' ? null : row.name_zh, industry: row.industry }));
}

/**
 * `through`: bars dated after it are not needed (a session only looks back), so they are dropped
 * before typing; a malformed date is never dropped, it is reported.
 */
export function readBarsCsv(text: string, file = 'daily_bars.csv', options: { through?: string } = {}): Bar[] {
  const { through } = options;
  const needed = through === undefined ? undefined : (r: Record<string, string>) => !(r.date !== undefined && r.date > through && isRealIsoDate(r.date));
  const rows = readCsvRows(text, file, barRowSchema, ['date', 'code', 'close', 'volume', 'close_basis'], needed);
  const bars = rows.map(({ row, line }) => ({ date: row.date, code: row.code, close: row.close, volume: row.volume, closeBasis: row.close_basis, line }));
  return noDuplicates(bars, file, (b) => `${b.code} ${b.date}`, (b) => b.line, (b) => `bar for ${b.code} on ${b.date}`);
}

export function readIndexClosesCsv(text: string, file = 'index_closes.csv'): IndexClose[] {
  const rows = readCsvRows(text, file, indexCloseRowSchema, ['date', 'index', 'close']);
  const closes = rows.map(({ row, line }) => ({ ...row, line }));
  return noDuplicates(closes, file, (c) => `${c.index} ${c.date}`, (c) => c.line, (c) => `close for ${c.index} on ${c.date}`);
}

export function readActionsCsv(text: string, file = 'corporate-actions.csv'): CorporateAction[] {
  const rows = readCsvRows(text, file, actionRowSchema, ['date', 'code', 'factor']);
  const actions = rows.map(({ row, line }) => ({ ...row, line }));
  return noDuplicates(actions, file, (a) => `${a.code} ${a.date}`, (a) => a.line, (a) => `action for ${a.code} on ${a.date}`);
}
