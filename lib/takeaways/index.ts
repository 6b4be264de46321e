export { generateTakeaways, type Takeaway, type TakeawayInput, type TakeawayKind, type TakeawayRefs } from '@/lib/takeaways/generate';
export { displayName } from '@/lib/takeaways/names';
