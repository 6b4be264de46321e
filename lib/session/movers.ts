import type { StockQuote } from '@/lib/session/model';

/**
 * The day's top gainers and losers by % change. Extreme moves stay in the list (a +198 % day is news)
 * but carry their flag so the UI can mark them. Ties break by code so the list is stable.
 */
export function topMovers(stocks: readonly StockQuote[], count = 10): { gainers: StockQuote[]; losers: StockQuote[] } {
  const byChange = [...stocks].sort((a, b) => b.changePct - a.changePct || a.code.localeCompare(b.code));
  const gainers = byChange.filter((s) => s.changePct > 0).slice(0, count);
  const losers = byChange
    .filter((s) => s.changePct < 0)
    .reverse()
    .slice(0, count);
  return { gainers, losers };
}
