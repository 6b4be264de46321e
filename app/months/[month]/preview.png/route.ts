/** /months/ID/preview.png?lang=zh-hk: the month's recap link-preview card in an edition (see app/sessions/[date]/preview.png). */
import { recapPreviewImageResponse } from '@/lib/share/recap';
import { previewLocale } from '@/lib/share/responses';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ month: string }> }) {
  return recapPreviewImageResponse('month', (await params).month, await previewLocale(request));
}
