/**
 * The domain types the UI and the metrics use, and the one place the file contract is reshaped into them:
 * derived % and points changes are filled in, optional fields become explicit nulls, extreme moves are flagged.
 */
import { EXTREME_MOVE_PCT, INDEX_NAMES, INDEX_ORDER } from '@/lib/config';
import type { Industry } from '@/lib/industries';
import type { CloseBasis, SessionFile } from '@/lib/schema/session';
import type { Problem } from '@/lib/session/validate';

export interface IndexQuote {
  id: string;
  name: string;
  nameZh: string | null;
  close: number;
  prevClose: number;
  /** Points change, derived from close and prevClose (or changePct). */
  change: number;
  changePct: number;
}

export interface StockQuote {
  code: string;
  name: string;
  nameZh: string | null;
  sector: Industry;
  changePct: number;
  close: number | null;
  prevClose: number | null;
  volume: number | null;
  /** HKD traded; close × volume when only those are known. */
  turnover: number | null;
  marketCap: number | null;
  closeBasis: CloseBasis | null;
  listingDate: string | null;
  /** IPO offer price (HKD) when the file gives one. */
  offerPrice?: number | null;
  /** |changePct| beyond EXTREME_MOVE_PCT: shown, but kept out of averages and colour scales. */
  extreme: boolean;
}

export interface Session {
  date: string;
  session: 'full' | 'half';
  indices: IndexQuote[];
  stocks: StockQuote[];
  /** Industry moves as reported in the file, or null when they are to be computed from the stocks. */
  reportedSectors: { sector: Industry; changePct: number }[] | null;
  warnings: Problem[];
}

export function toSession(file: SessionFile, warnings: Problem[] = []): Session {
  const indices = file.indices.map((row): IndexQuote => {
    const changePct = row.changePct ?? (row.close / row.prevClose! - 1) * 100;
    const prevClose = row.prevClose ?? row.close / (1 + changePct / 100);
    return {
      id: row.id,
      name: row.name,
      nameZh: INDEX_NAMES[row.id]?.zh ?? null,
      close: row.close,
      prevClose,
      change: row.close - prevClose,
      changePct,
    };
  });
  const rank = (id: string) => {
    const i = (INDEX_ORDER as readonly string[]).indexOf(id);
    return i === -1 ? INDEX_ORDER.length : i;
  };
  indices.sort((a, b) => rank(a.id) - rank(b.id));

  const stocks = file.stocks.map((row): StockQuote => {
    const changePct = row.changePct ?? (row.close! / row.prevClose! - 1) * 100;
    const volume = row.volume ?? null;
    const close = row.close ?? null;
    return {
      code: row.code,
      name: row.name,
      nameZh: row.nameZh ?? null,
      sector: row.sector,
      changePct,
      close,
      prevClose: row.prevClose ?? (close !== null ? close / (1 + changePct / 100) : null),
      volume,
      turnover: row.turnover ?? (close !== null && volume !== null ? close * volume : null),
      marketCap: row.marketCap ?? null,
      closeBasis: row.closeBasis ?? null,
      listingDate: row.listingDate ?? null,
      offerPrice: row.offerPrice ?? null,
      extreme: Math.abs(changePct) > EXTREME_MOVE_PCT,
    };
  });

  return {
    date: file.date,
    session: file.session,
    indices,
    stocks,
    reportedSectors: file.sectors ?? null,
    warnings,
  };
}
