/** The stock page's link-preview image (Open Graph); see lib/share/stock-og-image. */
import { OG_SIZE } from '@/lib/share/og-image';
import { getLocale } from '@/lib/i18n/request';
import { stockPreviewImageResponse } from '@/lib/share/stock-og-image';

// Rendered per request: the edition comes from the request (its /zh-hk/ prefix), never from a cached render.
export const dynamic = 'force-dynamic';
export const size = OG_SIZE;
export const contentType = 'image/png';
export const alt = 'The stock: latest close, % change, and its growth over the archive beside the HSI';

export default async function Image({ params }: { params: Promise<{ code: string }> }) {
  return stockPreviewImageResponse((await params).code, await getLocale());
}
