/**
 * The link-preview images of a page in an edition, for its generateMetadata.
 *
 * English keeps the file-based opengraph-image.tsx / twitter-image.tsx routes beside each page: Next fills
 * og:image and twitter:image from them when the page's metadata sets no `images`, so English adds nothing.
 * Next always gives those the English path, and their image function cannot read a query string, so the
 * Chinese page names its card explicitly: `/sessions/D/preview.png?lang=zh-hk` (a route handler beside the
 * page; the edition in the query survives every server setup), with its size, type and a Chinese alt.
 * A page spreads the two parts into its metadata:
 *   const images = previewImages('session', date, locale);
 *   openGraph: { ..., ...images.openGraph }, twitter: { ..., ...images.twitter }
 */
import type { Locale } from '@/lib/i18n/locale';
import { shareText } from '@/lib/i18n/messages/share';

export type PreviewKind = 'session' | 'stock' | 'week' | 'month';

const SECTION: Record<PreviewKind, string> = { session: 'sessions', stock: 'stocks', week: 'weeks', month: 'months' };

export const PREVIEW_IMAGE_SIZE = { width: 1200, height: 630 } as const;

export interface PreviewImage {
  url: string;
  width: number;
  height: number;
  type: 'image/png';
  alt: string;
}

/** The path of a page's card in an edition: "/sessions/2025-05-21/preview.png?lang=zh-hk" (English: no query). */
export function previewImagePath(kind: PreviewKind, key: string, locale: Locale): string {
  const path = `/${SECTION[kind]}/${encodeURIComponent(key)}/preview.png`;
  return locale === 'en' ? path : `${path}?lang=${locale}`;
}

function altText(kind: PreviewKind, locale: Locale): string {
  const t = shareText[locale];
  return kind === 'stock' ? t.stockPreviewAlt : kind === 'session' ? t.previewAlt : t.recapPreviewAlt;
}

export function previewImages(kind: PreviewKind, key: string, locale: Locale): { openGraph: { images?: PreviewImage[] }; twitter: { images?: PreviewImage[] } } {
  if (locale === 'en') return { openGraph: {}, twitter: {} };
  const image: PreviewImage = { url: previewImagePath(kind, key, locale), ...PREVIEW_IMAGE_SIZE, type: 'image/png', alt: altText(kind, locale) };
  return { openGraph: { images: [image] }, twitter: { images: [{ ...image }] } };
}
