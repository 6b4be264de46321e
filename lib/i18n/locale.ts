/**
 * The two editions: English at the site's root, Traditional Chinese (Hong Kong) under /zh-hk/. A locale is
 * chosen by the URL alone (an explicit URL always wins); the reader's saved choice only picks where the
 * home page sends them (lib/preferences). Pure: usable on the server, in route handlers and in scripts.
 */
export const LOCALES = ['en', 'zh-hk'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** The URL prefix of each edition ('' for English). */
export const LOCALE_PREFIX: Record<Locale, string> = { en: '', 'zh-hk': '/zh-hk' };

/** `<html lang>` of each edition (BCP 47). */
export const HTML_LANG: Record<Locale, string> = { en: 'en', 'zh-hk': 'zh-Hant-HK' };

/** `lang` for a run of the other edition's text inside a page (a Chinese name on an English page). */
export const TEXT_LANG: Record<Locale, string> = { en: 'en', 'zh-hk': 'zh-Hant' };

/** `hreflang` of each edition's alternate link. */
export const HREFLANG: Record<Locale, string> = { en: 'en', 'zh-hk': 'zh-Hant-HK' };

/** The request header the proxy sets from the URL prefix (and strips from what a client sends). */
export const LOCALE_HEADER = 'x-hkmr-locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** `?lang=` as images, embeds and oEmbed take it: zh-hk, zh-HK, zh-Hant-HK, zh-Hant and zh all mean Chinese. */
export function parseLang(value: string | string[] | null | undefined): Locale {
  const v = (Array.isArray(value) ? value[0] : value)?.trim().toLowerCase();
  if (!v) return DEFAULT_LOCALE;
  return v === 'zh-hk' || v === 'zh-hant-hk' || v === 'zh-hant' || v === 'zh' || v === 'zh-tw' ? 'zh-hk' : 'en';
}

const PREFIXED = /^\/zh-hk(?=\/|$|\?)/i;

/** "/zh-hk/sessions/2025-05-21?period=1m" → { locale: 'zh-hk', path: '/sessions/2025-05-21?period=1m' }. */
export function splitLocale(path: string): { locale: Locale; path: string } {
  if (!PREFIXED.test(path)) return { locale: 'en', path: path || '/' };
  const rest = path.replace(PREFIXED, '');
  return { locale: 'zh-hk', path: rest === '' ? '/' : rest.startsWith('?') ? `/${rest}` : rest };
}

/**
 * A site path in an edition: ('zh-hk', '/sessions/2025-05-21') → '/zh-hk/sessions/2025-05-21'; the home
 * page is '/zh-hk'. A path already in an edition is moved to this one. Absolute URLs and fragments are
 * left alone.
 */
export function localePath(locale: Locale, path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const bare = splitLocale(path).path;
  if (locale === 'en') return bare;
  const prefix = LOCALE_PREFIX[locale];
  if (bare === '/') return prefix;
  if (bare.startsWith('/?') || bare.startsWith('/#')) return `${prefix}${bare.slice(1)}`;
  return `${prefix}${bare}`;
}

/** The other edition (for the language switch). */
export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'zh-hk' : 'en';
}
