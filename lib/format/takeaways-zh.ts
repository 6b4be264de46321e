/**
 * The Chinese (Hong Kong press) words of the key takeaways, rendered from the same facts as
 * lib/format/takeaways-en.ts. PLACEHOLDER: being written (issue 14).
 */
import type { Fact } from '@/lib/takeaways/facts';
import { renderTakeawaysEn } from '@/lib/format/takeaways-en';

export function renderTakeawaysZh(facts: readonly Fact[]): string[] {
  return renderTakeawaysEn(facts);
}
