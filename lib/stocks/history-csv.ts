/**
 * A stock's daily history as CSV (pure), RFC 4180 like the session download: CRLF, a header row, numbers
 * as numbers. Columns: date, close, closeBasis, changePct, volume, turnover (HKD).
 */
import type { StockDay } from '@/lib/history/types';
import { csvNumber, csvText } from '@/lib/share/export';

export const STOCK_CSV_COLUMNS = ['date', 'close', 'closeBasis', 'changePct', 'volume', 'turnover'] as const;

export function stockHistoryCsv(history: readonly StockDay[]): string {
  const lines = [STOCK_CSV_COLUMNS.join(',')];
  for (const d of history) {
    lines.push([d.date, csvNumber(d.close), csvText(d.closeBasis), csvNumber(Number(d.changePct.toFixed(4))), csvNumber(d.volume), csvNumber(d.turnover === null ? null : Math.round(d.turnover))].join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
