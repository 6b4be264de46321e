/**
 * Single stocks against their previous session:
 *   follow-up      a stock that moved ≥ MIN_FOLLOW_UP_PCT (10 %) today after a move of ≥ MIN_FOLLOW_UP_PCT the
 *                  previous session (a second big day, or a reversal), or a new listing's day after its
 *                  debut; salience as a mover's (|stock − market| / σ), +2.5 for a listing, so it is told
 *                  instead of the plain new-listing sentence when the debut is in the archive.
 *   listing-offer  a listing in its first NEW_LISTING_DAYS sessions whose file gives `offerPrice`: its close
 *                  against the offer price (only on an actual close: an adjusted close is scaled).
 */
import { NEW_LISTING_DAYS, type TakeawayContext } from '@/lib/takeaways/context';
import { emptyRefs, type Candidate } from '@/lib/takeaways/facts';

export const MIN_FOLLOW_UP_PCT = 10;

export function followUpCandidates(ctx: TakeawayContext): Candidate[] {
  const prev = ctx.input.past?.previous;
  if (!prev) return [];
  const out: Candidate[] = [];
  for (const s of ctx.stocks) {
    const previousPct = prev.moves[s.code];
    if (previousPct === undefined || Math.abs(previousPct) > 50) continue;
    const day = ctx.listingDay(s);
    const listing = day !== null && day <= NEW_LISTING_DAYS ? day : null;
    const debut = listing === 2;
    if (!debut && (Math.abs(s.changePct) < MIN_FOLLOW_UP_PCT || Math.abs(previousPct) < MIN_FOLLOW_UP_PCT)) continue;
    out.push({
      kind: 'follow-up',
      key: s.code,
      salience: Math.abs(s.changePct - ctx.market) / ctx.scale + (listing !== null ? 2.5 : 0),
      build: (named) =>
        named.has(s.code)
          ? null
          : { fact: { kind: 'follow-up', stock: ctx.move(s), previousPct, debut, listingDay: listing }, refs: { ...emptyRefs(), stocks: [s.code] } },
    });
  }
  return out;
}

export function listingOfferCandidates(ctx: TakeawayContext): Candidate[] {
  const out: Candidate[] = [];
  for (const s of ctx.stocks) {
    if (s.offerPrice == null || s.close === null || s.closeBasis === 'adjusted') continue;
    const day = ctx.listingDay(s);
    if (day === null || day > NEW_LISTING_DAYS) continue;
    const vsOfferPct = (s.close / s.offerPrice - 1) * 100;
    out.push({
      kind: 'listing-offer',
      key: s.code,
      // Above a plain new-listing sentence: the offer price is what a listing is measured against.
      salience: Math.abs(s.changePct - ctx.market) / ctx.scale + 3,
      build: (named) =>
        named.has(s.code)
          ? null
          : {
              fact: { kind: 'listing-offer', stock: ctx.move(s), day, close: s.close!, offerPrice: s.offerPrice!, vsOfferPct },
              refs: { ...emptyRefs(), stocks: [s.code] },
            },
    });
  }
  return out;
}
