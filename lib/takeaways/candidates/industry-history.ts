/**
 * An industry's day in its history, from its equal-weighted daily moves in the store:
 *   - a streak: MIN_INDUSTRY_STREAK or more sessions the same way, ending today;
 *   - its best (worst) day in N sessions: no day as good (bad) in the last MIN_BEST_IN_SESSIONS or more,
 *     for a move of ≥ MIN_INDUSTRY_MOVE_PCT.
 * Industries with at least MIN_RANKED_INDUSTRY_STOCKS members today. Salience: streak / MIN_INDUSTRY_STREAK, or
 * N / MIN_BEST_IN_SESSIONS, whichever is larger; the two best industries are candidates at most.
 */
import { UNCHANGED_EPSILON_PCT } from '@/lib/metrics/stats';
import { MIN_RANKED_INDUSTRY_STOCKS } from '@/lib/takeaways/candidates/industries';
import type { TakeawayContext } from '@/lib/takeaways/context';
import { emptyRefs, type Candidate } from '@/lib/takeaways/facts';
import type { IndustryDay } from '@/lib/takeaways/past';

export const MIN_INDUSTRY_STREAK = 5;
export const MIN_BEST_IN_SESSIONS = 60;
export const MIN_INDUSTRY_MOVE_PCT = 1;

const sign = (pct: number) => (pct >= UNCHANGED_EPSILON_PCT ? 1 : pct <= -UNCHANGED_EPSILON_PCT ? -1 : 0);

/** Signed streak and "best (worst) in N sessions" (N counts today; 0 when not notable). */
export function industryHistoryFigures(days: readonly IndustryDay[]): { streak: number; bestIn: number } {
  const today = days[days.length - 1];
  if (!today) return { streak: 0, bestIn: 0 };
  const s = sign(today.changePct);
  let streak = 0;
  if (s !== 0) for (let i = days.length - 1; i >= 0 && sign(days[i]!.changePct) === s; i--) streak++;
  let bestIn = 0;
  if (Math.abs(today.changePct) >= MIN_INDUSTRY_MOVE_PCT) {
    const up = today.changePct > 0;
    let i = days.length - 2;
    while (i >= 0 && (up ? days[i]!.changePct < today.changePct : days[i]!.changePct > today.changePct)) i--;
    // Only while a better day exists in the archive: "best in N sessions" needs the Nth to have been better.
    const n = days.length - 1 - i;
    if (i >= 0 && n >= MIN_BEST_IN_SESSIONS) bestIn = n;
  }
  return { streak: streak * s, bestIn };
}

export function industryHistoryCandidates(ctx: TakeawayContext): Candidate[] {
  const past = ctx.input.past;
  if (!past || ctx.sparse) return [];
  const out: Candidate[] = [];
  for (const m of ctx.metrics.industries) {
    const days = past.industries[m.industry];
    if (m.equalWeightedPct === null || m.count < MIN_RANKED_INDUSTRY_STOCKS || !days || days[days.length - 1]?.date !== ctx.session.date) continue;
    const { streak, bestIn } = industryHistoryFigures(days);
    const saidStreak = Math.abs(streak) >= MIN_INDUSTRY_STREAK ? streak : 0;
    if (saidStreak === 0 && bestIn === 0) continue;
    const pct = m.equalWeightedPct;
    out.push({
      kind: 'industry-history',
      key: m.industry,
      salience: Math.max(Math.abs(saidStreak) / MIN_INDUSTRY_STREAK, bestIn / MIN_BEST_IN_SESSIONS),
      build: () => ({ fact: { kind: 'industry-history', industry: m.industry, pct, streak: saidStreak, bestIn }, refs: { ...emptyRefs(), industries: [m.industry] } }),
    });
  }
  return out.sort((a, b) => b.salience - a.salience || (a.key < b.key ? -1 : 1)).slice(0, 2);
}
