/** The session's link-preview image (Open Graph); see lib/share/og-image. */
import { OG_SIZE } from '@/lib/share/og-image';
import { getLocale } from '@/lib/i18n/request';
import { previewImageResponse } from '@/lib/share/responses';

// Rendered per request: the edition comes from the request (its /zh-hk/ prefix), never from a cached render.
export const dynamic = 'force-dynamic';
export const size = OG_SIZE;
export const contentType = 'image/png';
export const alt = 'The Hong Kong session: the Hang Seng Index and the 12 industries, % change';

export default async function Image({ params }: { params: Promise<{ date: string }> }) {
  // /zh-hk/sessions/D/opengraph-image: the proxy sets the edition header (the server strips a client's).
  return previewImageResponse((await params).date, await getLocale());
}
