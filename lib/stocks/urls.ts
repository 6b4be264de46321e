/**
 * Links to a stock's page. A view with a period (`?period=1w` on a session page) keeps it, so the stock
 * page opens on the same horizon; anything else in the query stays behind. Every link stays in the
 * edition it is given (`/zh-hk/stocks/00700` on the Chinese pages).
 */
import { isPeriod } from '@/lib/history/types';
import { localePath, type Locale } from '@/lib/i18n/locale';

type QueryValue = string | string[] | null | undefined;

function first(value: QueryValue): string | undefined {
  return Array.isArray(value) ? value[0] : (value ?? undefined);
}

/** `?period=1w` for a known period, else ''. */
export function stockLinkQuery(period?: QueryValue): string {
  const p = first(period);
  return isPeriod(p) ? `?period=${p}` : '';
}

/** `/stocks/00700`, or `/stocks/00700?period=1w` when `period` is a known period. */
export function stockHref(code: string, period?: QueryValue, locale: Locale = 'en'): string {
  return localePath(locale, `/stocks/${code}${stockLinkQuery(period)}`);
}

export function stockCsvHref(code: string): string {
  return `/stocks/${code}.csv`;
}

/** A session page with the stock's tile outlined (`?highlight=`), scrolled to the map. */
export function sessionHighlightHref(date: string, code: string, locale: Locale = 'en'): string {
  return localePath(locale, `/sessions/${date}?highlight=${code}#heatmap`);
}
