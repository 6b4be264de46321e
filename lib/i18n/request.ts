import 'server-only';
/**
 * The edition of the request being rendered. proxy.ts sets LOCALE_HEADER from the URL's /zh-hk/ prefix on
 * every page request (and overwrites whatever a client sent), so a page, its metadata and the layout agree.
 */
import { headers } from 'next/headers';
import { DEFAULT_LOCALE, isLocale, LOCALE_HEADER, type Locale } from '@/lib/i18n/locale';

export async function getLocale(): Promise<Locale> {
  const value = (await headers()).get(LOCALE_HEADER);
  return isLocale(value) ? value : DEFAULT_LOCALE;
}
