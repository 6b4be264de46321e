/**
 * The link-preview images of a page in an edition, for its generateMetadata.
 *
 * The images are the file-based opengraph-image.tsx / twitter-image.tsx routes beside each page; they draw
 * in Chinese when reached under /zh-hk/ (the proxy's edition header). Next fills og:image and
 * twitter:image from those files only when the page's metadata sets no `images`, and always with the
 * English path, so:
 *   - English: nothing to add (`{}`): the file-based images stay, exactly as before;
 *   - Chinese: the /zh-hk/ twins of the same routes, with their size, type and a Chinese alt.
 * A page spreads the two parts into its metadata:
 *   const images = previewImages('session', date, locale);
 *   openGraph: { ..., ...images.openGraph }, twitter: { ..., ...images.twitter }
 */
import { localePath, type Locale } from '@/lib/i18n/locale';
import { shareText } from '@/lib/i18n/messages/share';

export type PreviewKind = 'session' | 'stock' | 'week' | 'month';

const SECTION: Record<PreviewKind, string> = { session: 'sessions', stock: 'stocks', week: 'weeks', month: 'months' };
/** Stock pages have no twitter-image file: their card is the Open Graph image. */
const HAS_TWITTER_IMAGE: Record<PreviewKind, boolean> = { session: true, stock: false, week: true, month: true };

export const PREVIEW_IMAGE_SIZE = { width: 1200, height: 630 } as const;

export interface PreviewImage {
  url: string;
  width: number;
  height: number;
  type: 'image/png';
  alt: string;
}

/** The path of a page's card image in an edition: "/zh-hk/sessions/2025-05-21/opengraph-image". */
export function previewImagePath(kind: PreviewKind, key: string, image: 'opengraph' | 'twitter', locale: Locale): string {
  const file = image === 'twitter' && HAS_TWITTER_IMAGE[kind] ? 'twitter-image' : 'opengraph-image';
  return localePath(locale, `/${SECTION[kind]}/${encodeURIComponent(key)}/${file}`);
}

function altText(kind: PreviewKind, locale: Locale): string {
  const t = shareText[locale];
  return kind === 'stock' ? t.stockPreviewAlt : kind === 'session' ? t.previewAlt : t.recapPreviewAlt;
}

export function previewImages(kind: PreviewKind, key: string, locale: Locale): { openGraph: { images?: PreviewImage[] }; twitter: { images?: PreviewImage[] } } {
  if (locale === 'en') return { openGraph: {}, twitter: {} };
  const image = (which: 'opengraph' | 'twitter'): PreviewImage => ({
    url: previewImagePath(kind, key, which, locale),
    ...PREVIEW_IMAGE_SIZE,
    type: 'image/png',
    alt: altText(kind, locale),
  });
  return { openGraph: { images: [image('opengraph')] }, twitter: { images: [image('twitter')] } };
}
