/**
 * The English words of the day-in-its-history facts (lib/takeaways/history-facts.ts), under the same
 * decimals rule as lib/format/takeaways-en.ts: % to 2 dp, turnover in HK$ bn to 1 dp. Dates read
 * "24 March 2025"; when nothing in the archive went further, "since the archive began on 2024-01-03"
 * (never "on record": the archive is 18 months, not the index's life).
 */
import { format } from 'date-fns';
import { formatHkdBn, formatInteger, formatPctAbs, formatPrice } from '@/lib/format';
import type { HistoryFact, SinceDate } from '@/lib/takeaways/history-facts';
import type { StockMove } from '@/lib/takeaways/facts';

const printed = (pct: number) => Number(pct.toFixed(2));
const pctAbs = (pct: number) => formatPctAbs(printed(pct), 2);
const withCode = (s: StockMove) => `${s.name} (${s.code})`;

/** "2025-03-24" → "24 March 2025" (a calendar date: no time zone can shift it). */
export function longDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return format(new Date(y, m - 1, d), 'd MMMM yyyy');
}

export const sinceWords = (s: SinceDate) => (s.date === null ? `since the archive began on ${s.archiveStart}` : `since ${longDate(s.date)}`);

const ORDINAL = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'] as const;
/** 2 → "second", 12 → "12th". */
export function ordinal(n: number): string {
  if (n < ORDINAL.length) return ORDINAL[n]!;
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** "up 0.62%" / "down 1.20%" / "unchanged". */
function upDown(pct: number): string {
  const p = printed(pct);
  return p === 0 ? 'unchanged' : `${p > 0 ? 'up' : 'down'} ${pctAbs(pct)}`;
}

export interface HistoryWords {
  /** "equal-weighted" the first time a group average appears, "on average" after. */
  average: () => string;
  /** "rose 0.62%", "plunged 13.22%", "was unchanged": the size words of takeaways-en. */
  movePhrase: (pct: number, variant?: number) => string;
}

export function renderHistoryFactEn(f: HistoryFact, { average, movePhrase }: HistoryWords): string {
  switch (f.kind) {
    case 'index-history': {
      const parts: string[] = [];
      if (f.largest) parts.push(`the largest one-day ${f.largest.up ? 'gain' : 'fall'} ${sinceWords(f.largest)}`);
      if (f.record) parts.push(`the ${f.record.kind} close ${sinceWords(f.record)}`);
      if (f.streak !== 0) parts.push(`a ${ordinal(Math.abs(f.streak))} straight ${f.streak > 0 ? 'gain' : 'loss'}`);
      const [first, ...rest] = parts;
      const list = rest.length === 0 ? first! : `${[first, ...rest.slice(0, -1)].join(', ')} and ${rest[rest.length - 1]}`;
      return `For the ${f.index.name} it was ${list}.`;
    }
    case 'turnover': {
      const dir = printed(f.vsAveragePct) >= 0 ? 'up' : 'down';
      return `Turnover of the ${formatInteger(f.stocks)} stocks shown was ${formatHkdBn(f.turnover, 1)}, ${dir} ${pctAbs(f.vsAveragePct)} on its ${f.sessions}-session average of ${formatHkdBn(f.average, 1)}.`;
    }
    case 'fifty-two-week': {
      const main = f.highs >= f.lows ? `${f.highs} stocks closed at 52-week highs and ${f.lows} at lows` : `${f.lows} stocks closed at 52-week lows and ${f.highs} at highs`;
      return `${main}, of the ${f.eligible} with a year of history.`;
    }
    case 'industry-history': {
      const bits: string[] = [];
      if (f.bestIn > 0) bits.push(`its ${f.pct > 0 ? 'best' : 'worst'} day in ${f.bestIn} sessions`);
      if (f.streak !== 0) bits.push(`a ${ordinal(Math.abs(f.streak))} straight ${f.streak > 0 ? 'gain' : 'loss'}`);
      return `${f.industry} was ${upDown(f.pct)} ${average()}: ${bits.join(' and ')}.`;
    }
    case 'follow-up': {
      const day = f.listingDay !== null && f.listingDay > 1 ? ` on its ${ordinal(f.listingDay)} trading day` : '';
      const prev = printed(f.previousPct);
      const before = prev === 0 ? 'holding flat' : `${prev > 0 ? 'rising' : 'falling'} ${pctAbs(f.previousPct)}`;
      return `${withCode(f.stock)} ${movePhrase(f.stock.changePct)}${day}, after ${before} ${f.debut ? 'on its debut' : 'the previous session'}.`;
    }
    case 'listing-offer': {
      const when = f.day === 1 ? 'on its debut' : `on its ${ordinal(f.day)} trading day`;
      const vs = printed(f.vsOfferPct) === 0 ? 'level with' : `${pctAbs(f.vsOfferPct)} ${f.vsOfferPct > 0 ? 'above' : 'below'}`;
      return `${withCode(f.stock)} closed at HK$${formatPrice(f.close)} ${when}, ${vs} its offer price of HK$${formatPrice(f.offerPrice)} (${upDown(f.stock.changePct)} on the day).`;
    }
  }
}
