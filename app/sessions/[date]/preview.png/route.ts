/**
 * /sessions/YYYY-MM-DD/preview.png?lang=zh-hk: the session's link-preview card in an edition (the Chinese
 * page's og:image and twitter:image, lib/share/preview-images). The file-based opengraph-image.tsx beside
 * the page cannot read a query string, so the edition travels in `?lang`, which every server setup keeps.
 */
import { previewLocale, previewImageResponse } from '@/lib/share/responses';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ date: string }> }) {
  return previewImageResponse((await params).date, await previewLocale(request));
}
