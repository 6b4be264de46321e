/**
 * Words of the interface in both editions. Each area keeps its own dictionary (lib/i18n/messages/*.ts),
 * written as `localized({ en: {...}, 'zh-hk': {...} })`: the English object gives the type, so a key
 * missing from the Chinese one fails the type check. Strings are resolved on the server; a client
 * component gets only the strings it shows, as props (no dictionary in the browser bundle).
 */
import type { Locale } from '@/lib/i18n/locale';

/** Strings, or functions of the figures they carry (word order differs between the editions). */
export type Words = { readonly [key: string]: string | ((...args: never[]) => string) | Words };

export function localized<T extends Words>(text: { en: T; 'zh-hk': NoInfer<T> }): Record<Locale, T> {
  return text;
}
