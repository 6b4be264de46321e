/**
 * RRG quadrant changes on the weekly graph (lib/metrics/rrg-weekly.ts, from the store's history), told
 * once, on the session a move into Leading or Lagging has held RRG_HOLD_SESSIONS sessions: a quadrant
 * that flips back within the week is never told. Industries large enough to be ranked today.
 * Salience 2. Replaces the daily RRG candidate (candidates/market.ts) whenever the history is there.
 */
import { RRG_HOLD_SESSIONS, weeklyRotation } from '@/lib/metrics/rrg-weekly';
import { rankedIndustries } from '@/lib/takeaways/candidates/industries';
import type { TakeawayContext } from '@/lib/takeaways/context';
import { emptyRefs, type Candidate } from '@/lib/takeaways/facts';

const MAX_CHANGES = 3;

export function rotationHistoryCandidates(ctx: TakeawayContext): Candidate[] {
  const past = ctx.input.past;
  const hsi = past?.indices.HSI;
  if (!past || !hsi || ctx.sparse) return [];
  const ranked = new Set(rankedIndustries(ctx).map((r) => r.industry));
  const changes = weeklyRotation(ctx.session.date, past.industries, hsi)
    .filter((r) => r.heldSessions === RRG_HOLD_SESSIONS && r.previousQuadrant !== null && ranked.has(r.industry) && (r.quadrant === 'Leading' || r.quadrant === 'Lagging'))
    .slice(0, MAX_CHANGES);
  if (changes.length === 0) return [];
  return [
    {
      kind: 'rrg',
      key: 'rrg',
      // A confirmed change is rarer and says more than a day's mover list: ahead of the weaker candidates.
      salience: 2,
      build: () => ({
        fact: { kind: 'rrg', changes: changes.map((r) => ({ industry: r.industry, from: r.previousQuadrant, to: r.quadrant! })), heldSessions: RRG_HOLD_SESSIONS },
        refs: { ...emptyRefs(), industries: changes.map((r) => r.industry), indices: ['HSI'] },
      }),
    },
  ];
}
