/**
 * The `alternates` of a page's metadata in an edition: its canonical URL in that edition and the hreflang
 * links to both editions (x-default: the English one), so each edition points at the other.
 */
import { HREFLANG, LOCALES, localePath, type Locale } from '@/lib/i18n/locale';

export function editionAlternates(locale: Locale, path: string): { canonical: string; languages: Record<string, string> } {
  const languages: Record<string, string> = {};
  for (const l of LOCALES) languages[HREFLANG[l]] = localePath(l, path);
  languages['x-default'] = localePath('en', path);
  return { canonical: localePath(locale, path), languages };
}
