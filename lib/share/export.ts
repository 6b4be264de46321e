/**
 * Session downloads: CSV (one row per stock; the JSON download is the validated file itself). Pure: the route hands in the parsed
 * session and the themes.
 *
 * CSV follows RFC 4180: CRLF line ends, a header row, fields holding a comma, a quote, CR or LF are quoted
 * with quotes doubled. Text fields that a spreadsheet would read as a formula (starting with = + - @, tab
 * or CR) get a leading apostrophe (OWASP "CSV injection"); numbers are written as numbers, so a negative
 * changePct stays -1.23.
 */
import type { Session, StockQuote } from '@/lib/session/model';
import type { Theme } from '@/lib/themes';

export const CSV_COLUMNS = ['code', 'name', 'nameZh', 'industry', 'themes', 'changePct', 'close', 'prevClose', 'volume', 'turnover', 'closeBasis'] as const;

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field from a number (empty when unknown). */
export function csvNumber(value: number | null): string {
  return value === null || !Number.isFinite(value) ? '' : String(value);
}

/** One CSV field from text: neutralised if it would start a formula, then quoted if needed. */
export function csvText(value: string | null): string {
  if (value === null) return '';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Theme names per stock code, in the order of the themes file. */
export function themeNamesByCode(themes: readonly Theme[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const theme of themes) {
    for (const code of theme.codes) {
      const names = out.get(code);
      if (names) names.push(theme.name);
      else out.set(code, [theme.name]);
    }
  }
  return out;
}

function stockRow(s: StockQuote, themeNames: readonly string[]): string {
  return [
    csvText(s.code),
    csvText(s.name),
    csvText(s.nameZh),
    csvText(s.sector),
    csvText(themeNames.length > 0 ? themeNames.join(';') : null),
    csvNumber(s.changePct),
    csvNumber(s.close),
    csvNumber(s.prevClose),
    csvNumber(s.volume),
    csvNumber(s.turnover),
    csvText(s.closeBasis),
  ].join(',');
}

export function sessionCsv(session: Session, themes: readonly Theme[] = []): string {
  const byCode = themeNamesByCode(themes);
  const lines = [CSV_COLUMNS.join(',')];
  for (const s of session.stocks) lines.push(stockRow(s, byCode.get(s.code) ?? []));
  return `${lines.join('\r\n')}\r\n`;
}
