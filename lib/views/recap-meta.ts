import 'server-only';
import { previewImages } from '@/lib/share/preview-images';
/** What a recap's metadata, link preview and oEmbed say: its title and its description (the index takeaway). */
import { siteConfig } from '@/lib/config';
import { editionAlternates } from '@/lib/i18n/alternates';
import type { Locale } from '@/lib/i18n/locale';
import { recapsText } from '@/lib/i18n/messages/recaps';
import { siteText } from '@/lib/i18n/messages/site';
import { recapNameZh, recapPath, type RecapKind } from '@/lib/recaps/period';
import { requestBaseUrl } from '@/lib/share/request-base';
import { getRecap, type RecapView } from '@/lib/views/recap-page';

/** "Hong Kong week: Week 21, 2025 (19–25 May)" / "2025年第21週回顧". */
export function recapShareTitle(view: Pick<RecapView, 'title' | 'period'>, locale: Locale = 'en'): string {
  const share = recapsText[locale].share[view.period.kind];
  return locale === 'zh-hk' ? share(recapNameZh(view.period)) : share(view.title);
}

/** The first takeaway (the HSI's move over the period) in the edition's words. */
export function recapDescription(view: RecapView, locale: Locale = 'en'): string {
  const first = view.takeaways[0];
  if (first) return locale === 'zh-hk' ? first.textZh : first.text;
  return recapsText[locale].share.fallback(view.window.sessions, locale === 'zh-hk' ? siteText[locale].name : siteConfig.name);
}

/** The Next.js metadata of a recap page ({} for one that does not exist: the page answers 404). */
export async function recapMetadata(kind: RecapKind, id: string, locale: Locale = 'en') {
  const view = await getRecap(kind, id);
  if (!view) return {};
  const title = recapShareTitle(view, locale);
  const description = recapDescription(view, locale);
  const { canonical: url, languages } = editionAlternates(locale, recapPath(kind, id));
  // Absolute links from the request's origin when SITE_URL is unset, as the session pages do.
  const base = (await requestBaseUrl()).replace(/\/+$/, '');
  const images = previewImages(kind, id, locale);
  return {
    title,
    description,
    alternates: {
      canonical: url,
      languages,
      types: { 'application/json+oembed': [{ url: `${base}/api/oembed?${new URLSearchParams({ url: `${base}${url}`, format: 'json' })}`, title }] },
    },
    // English: the images come from opengraph-image.tsx beside the page; Chinese names its own card.
    openGraph: { type: 'article' as const, title, description, url, ...images.openGraph },
    twitter: { card: 'summary_large_image' as const, title, description, ...images.twitter },
  };
}
