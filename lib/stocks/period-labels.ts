import type { Period } from '@/lib/history/types';
import type { Locale } from '@/lib/i18n/locale';
import { stocksText } from '@/lib/i18n/messages/stocks';

/** How pages write the periods (English). */
export const PERIOD_LABELS: Record<Period, string> = stocksText.en.periods;

/** The periods in an edition: 1D … / 1日、1週、1個月、3個月、年初至今、1年. */
export function periodLabels(locale: Locale): Record<Period, string> {
  return stocksText[locale].periods;
}
