/**
 * Session downloads: CSV (one row per stock) and the contract JSON. Pure: the route hands in the parsed
 * session and the themes.
 *
 * CSV follows RFC 4180: CRLF line ends, a header row, fields holding a comma, a quote, CR or LF are quoted
 * with quotes doubled. Text fields that a spreadsheet would read as a formula (starting with = + - @, tab
 * or CR) get a leading apostrophe (OWASP "CSV injection"); numbers are written as numbers, so a negative
 * changePct stays -1.23.
 */
import type { Session, StockQuote } from '@/lib/session/model';
import type { SessionFile } from '@/lib/schema/session';
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

/**
 * The session in the file contract (v1), rebuilt from the validated, reshaped session: the fields a file
 * may omit (prevClose, turnover…) are written as the loader derived them, and unknown ones are left out.
 * The result validates against sessionFileSchema (tests check it).
 */
export function sessionContract(session: Session): SessionFile {
  const file: SessionFile = {
    schemaVersion: 1,
    date: session.date,
    market: 'XHKG',
    session: session.session,
    indices: session.indices.map((i) => ({ id: i.id, name: i.name, close: i.close, prevClose: i.prevClose, changePct: i.changePct })),
    stocks: session.stocks.map((s) => ({
      code: s.code,
      name: s.name,
      ...(s.nameZh !== null && { nameZh: s.nameZh }),
      sector: s.sector,
      changePct: s.changePct,
      ...(s.close !== null && { close: s.close }),
      ...(s.prevClose !== null && { prevClose: s.prevClose }),
      ...(s.volume !== null && { volume: s.volume }),
      ...(s.turnover !== null && { turnover: s.turnover }),
      ...(s.marketCap !== null && { marketCap: s.marketCap }),
      ...(s.closeBasis !== null && { closeBasis: s.closeBasis }),
      ...(s.listingDate !== null && { listingDate: s.listingDate }),
    })),
  };
  if (session.reportedSectors) file.sectors = session.reportedSectors.map((r) => ({ sector: r.sector, changePct: r.changePct }));
  return file;
}

export function sessionJson(session: Session): string {
  return `${JSON.stringify(sessionContract(session), null, 2)}\n`;
}
