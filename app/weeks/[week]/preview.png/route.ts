/** /weeks/ID/preview.png?lang=zh-hk: the week's recap link-preview card in an edition (see app/sessions/[date]/preview.png). */
import { recapPreviewImageResponse } from '@/lib/share/recap';
import { previewLocale } from '@/lib/share/responses';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ week: string }> }) {
  return recapPreviewImageResponse('week', (await params).week, await previewLocale(request));
}
