export { generateTakeaways, CANDIDATE_MODULES, type CandidateModule } from '@/lib/takeaways/generate';
export type { TakeawayInput } from '@/lib/takeaways/context';
export type { Fact, FactKind as TakeawayKind, Takeaway, TakeawayRefs } from '@/lib/takeaways/facts';
