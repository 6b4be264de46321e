/**
 * Key takeaways: 3 to 6 numbered sentences that say what happened in a session, each with its figures
 * and what they describe, deterministic (same data → same text; ties broken by code / name).
 *
 * context (lib/takeaways/context.ts) → candidates, one module per kind of fact (lib/takeaways/candidates/*,
 * each with its salience, "how unusual is this") → the selection (lib/takeaways/select.ts) → words
 * (lib/format/takeaways-en.ts). Facts are data (kind, figures, cites), so another edition swaps only the
 * words. A new kind of fact (the day in its history, say) is one more entry in CANDIDATE_MODULES: the
 * history store is async, so its figures are read before this call and passed in on the input; the
 * generator stays pure and synchronous.
 */
import { renderTakeawaysEn } from '@/lib/format/takeaways-en';
import { renderTakeawaysZh } from '@/lib/format/takeaways-zh';
import { breadthCandidates, extremeCandidates, rotationCandidates, rrgCandidates } from '@/lib/takeaways/candidates/market';
import { indexCandidates } from '@/lib/takeaways/candidates/index-move';
import { industryCandidates } from '@/lib/takeaways/candidates/industries';
import { largeCapCandidates, moverCandidates, newListingCandidates } from '@/lib/takeaways/candidates/stocks';
import { themeCandidates } from '@/lib/takeaways/candidates/themes';
import { fiftyTwoWeekCandidates, turnoverCandidates } from '@/lib/takeaways/candidates/activity-history';
import { indexHistoryCandidates } from '@/lib/takeaways/candidates/index-history';
import { rotationHistoryCandidates } from '@/lib/takeaways/candidates/rotation-history';
import { industryHistoryCandidates } from '@/lib/takeaways/candidates/industry-history';
import { followUpCandidates, listingOfferCandidates } from '@/lib/takeaways/candidates/stock-follow-ups';
import { buildContext, type TakeawayContext, type TakeawayInput } from '@/lib/takeaways/context';
import type { Candidate, Takeaway } from '@/lib/takeaways/facts';
import { selectFacts } from '@/lib/takeaways/select';

export type CandidateModule = (ctx: TakeawayContext) => Candidate[];

export const CANDIDATE_MODULES: readonly CandidateModule[] = [
  indexCandidates,
  industryCandidates,
  themeCandidates,
  newListingCandidates,
  moverCandidates,
  largeCapCandidates,
  breadthCandidates,
  rotationCandidates,
  rrgCandidates,
  extremeCandidates,
  // The day in its history (input.past, read from the store before this call).
  indexHistoryCandidates,
  turnoverCandidates,
  fiftyTwoWeekCandidates,
  industryHistoryCandidates,
  followUpCandidates,
  listingOfferCandidates,
  rotationHistoryCandidates,
];

export function generateTakeaways(input: TakeawayInput, modules: readonly CandidateModule[] = CANDIDATE_MODULES): Takeaway[] {
  const ctx = buildContext(input);
  const chosen = selectFacts(modules.flatMap((m) => m(ctx)), ctx.sparse);
  const facts = chosen.map((c) => c.fact);
  const texts = renderTakeawaysEn(facts);
  const textsZh = renderTakeawaysZh(facts);
  return chosen.map((c, i) => ({ text: texts[i]!, textZh: textsZh[i]!, refs: c.refs, kind: c.fact.kind, fact: c.fact }));
}
