/**
 * The Chinese words of the week and month recaps' takeaways (same facts as takeaways-period-en.ts).
 * PLACEHOLDER: being written (issue 14).
 */
import { renderPeriodTakeawaysEn } from '@/lib/format/takeaways-period-en';
import type { PeriodFact } from '@/lib/takeaways/period-facts';

export function renderPeriodTakeawaysZh(facts: readonly PeriodFact[]): string[] {
  return renderPeriodTakeawaysEn(facts);
}
