/** The month's recap link-preview image; see lib/share/recap. */
import { OG_SIZE } from '@/lib/share/og-image';
import { getLocale } from '@/lib/i18n/request';
import { recapPreviewImageResponse } from '@/lib/share/recap';

// Rendered per request: the edition comes from the request (its /zh-hk/ prefix), never from a cached render.
export const dynamic = 'force-dynamic';
export const size = OG_SIZE;
export const contentType = 'image/png';
export const alt = 'A Hong Kong month recap: the Hang Seng Index and the 12 industries, % change over the month';

export default async function Image({ params }: { params: Promise<{ month: string }> }) {
  return recapPreviewImageResponse('month', (await params).month, await getLocale());
}
