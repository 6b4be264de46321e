/**
 * Independent expectations from the vendored slices of the vendor CSVs (tests/fixtures/hkex), not from
 * the code under test:
 * a day's % changes from two consecutive closes, by industry.
 */
import { parse } from 'csv-parse/sync';
import { dailyBarsText, hkexFixture } from '../../support/hk-fixtures';

const FILES = { 'securities.csv': () => hkexFixture('securities'), 'daily_bars.csv': dailyBarsText, 'index_closes.csv': () => hkexFixture('indexCloses') };

function rows(file: keyof typeof FILES): Record<string, string>[] {
  return parse(FILES[file](), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
}

export interface DayMove {
  code: string;
  industry: string;
  pct: number;
}

/** Every stock's % change on `date` against `prevDate` (both closes needed). */
export function dayMoves(prevDate: string, date: string): DayMove[] {
  const industry = new Map(rows('securities.csv').map((r) => [r.code!, r.industry!]));
  const prev = new Map<string, number>();
  const cur = new Map<string, number>();
  for (const r of rows('daily_bars.csv')) {
    if (r.date === prevDate) prev.set(r.code!, Number(r.close));
    else if (r.date === date) cur.set(r.code!, Number(r.close));
  }
  const out: DayMove[] = [];
  for (const [code, close] of cur) {
    const p = prev.get(code);
    if (p === undefined) continue;
    out.push({ code, industry: industry.get(code)!, pct: (close / p - 1) * 100 });
  }
  return out;
}

export function indexPct(id: string, prevDate: string, date: string): number {
  const closes = rows('index_closes.csv').filter((r) => r.index === id);
  const p = Number(closes.find((r) => r.date === prevDate)!.close);
  const c = Number(closes.find((r) => r.date === date)!.close);
  return (c / p - 1) * 100;
}
