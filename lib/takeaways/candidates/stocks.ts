/**
 * Single stocks that are news: a listing in its first NEW_LISTING_DAYS trading days, the day's biggest
 * movers (|move| ≥ MIN_STOCK_MOVE_PCT), and the largest companies when they moved apart from the market.
 *   salience: |stock % − market %| / σ, +2 for a new listing (listings are news).
 */
import type { StockQuote } from '@/lib/session/model';
import { byPctDesc, NEW_LISTING_DAYS, themeName, type TakeawayContext } from '@/lib/takeaways/context';
import { emptyRefs, type Candidate } from '@/lib/takeaways/facts';

export const MIN_STOCK_MOVE_PCT = 3;
const MOVERS_PER_SIDE = 3;
/** A large company is named when it moved this far (pp) from the market. */
const LARGE_CAP_GAP_PP = 2;
/** "The ten largest companies" / "the ten most-traded stocks". */
const LARGE_CAP_COUNT = 10;

export function newListingCandidates(ctx: TakeawayContext): Candidate[] {
  const out: Candidate[] = [];
  for (const s of ctx.stocks) {
    const day = ctx.listingDay(s);
    if (day === null || day > NEW_LISTING_DAYS) continue;
    out.push({
      kind: 'new-listing',
      key: s.code,
      salience: Math.abs(s.changePct - ctx.market) / ctx.scale + 2,
      build: (named) =>
        named.has(s.code)
          ? null
          : { fact: { kind: 'new-listing', stock: ctx.move(s), day, listingDate: s.listingDate! }, refs: { ...emptyRefs(), stocks: [s.code] } },
    });
  }
  return out;
}

export function moverCandidates(ctx: TakeawayContext): Candidate[] {
  const isNew = (s: StockQuote) => (ctx.listingDay(s) ?? Infinity) <= NEW_LISTING_DAYS;
  const movers = ctx.stocks.filter((s) => Math.abs(s.changePct) >= MIN_STOCK_MOVE_PCT && !isNew(s));
  const sides: ['up' | 'down', StockQuote[]][] = [
    ['up', movers.filter((s) => s.changePct > 0).sort(byPctDesc)],
    ['down', movers.filter((s) => s.changePct < 0).sort((a, b) => byPctDesc(b, a))],
  ];
  return sides
    .filter(([, list]) => list.length > 0)
    .map(([direction, list]) => ({
      kind: 'movers' as const,
      key: direction,
      salience: Math.abs(list[0]!.changePct - ctx.market) / ctx.scale,
      build: (named: ReadonlySet<string>) => {
        const shown = list.filter((s) => !named.has(s.code)).slice(0, MOVERS_PER_SIDE);
        if (shown.length === 0) return null;
        // A lone mover is placed in its theme ("Optical communications: …"); with others named, the
        // label would read as if it covered them all.
        const theme = shown.length === 1 ? ctx.themes.find((t) => t.codes.includes(shown[0]!.code)) : undefined;
        return {
          fact: { kind: 'movers' as const, direction, stocks: shown.map(ctx.move), theme: theme ? themeName(ctx, theme) : null },
          refs: { ...emptyRefs(), stocks: shown.map((s) => s.code), themes: theme ? [theme.id] : [] },
        };
      },
    }));
}

export function largeCapCandidates(ctx: TakeawayContext): Candidate[] {
  if (ctx.sparse) return [];
  const withCap = ctx.stocks.filter((s) => s.marketCap !== null).length >= ctx.stocks.length * 0.8;
  const weight = (s: StockQuote) => (withCap ? s.marketCap : s.turnover) ?? 0;
  const byWeight = (a: StockQuote, b: StockQuote) => weight(b) - weight(a) || (a.code < b.code ? -1 : 1);
  // The ten heaviest in one pass (an insertion into a list of ten), not a sort of every stock.
  const top: StockQuote[] = [];
  for (const s of ctx.stocks) {
    if (weight(s) <= 0 || (top.length === LARGE_CAP_COUNT && byWeight(s, top[LARGE_CAP_COUNT - 1]!) >= 0)) continue;
    let i = top.length;
    while (i > 0 && byWeight(s, top[i - 1]!) < 0) i--;
    top.splice(i, 0, s);
    if (top.length > LARGE_CAP_COUNT) top.pop();
  }
  const notable = top.filter((s) => Math.abs(s.changePct - ctx.market) >= LARGE_CAP_GAP_PP).slice(0, 3);
  if (notable.length === 0) return [];
  return [
    {
      kind: 'large-caps',
      key: 'large-caps',
      salience: Math.max(...notable.map((s) => Math.abs(s.changePct - ctx.market) / ctx.scale)),
      build: (named) => {
        const rest = notable.filter((s) => !named.has(s.code));
        if (rest.length === 0) return null;
        return {
          fact: { kind: 'large-caps', by: withCap ? 'marketCap' : 'turnover', stocks: rest.map(ctx.move) },
          refs: { ...emptyRefs(), stocks: rest.map((s) => s.code) },
        };
      },
    },
  ];
}
