/** /stocks/CODE/preview.png?lang=zh-hk: the stock's link-preview card in an edition (see app/sessions/[date]/preview.png). */
import { previewLocale } from '@/lib/share/responses';
import { stockPreviewImageResponse } from '@/lib/share/stock-og-image';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  return stockPreviewImageResponse((await params).code, await previewLocale(request));
}
