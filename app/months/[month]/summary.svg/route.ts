/** /months/<id>/summary.svg: the recap's summary chart as an image (lib/share/recap). */
import { recapImageResponse } from '@/lib/share/recap';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ month: string }> }) {
  return recapImageResponse(request, 'month', (await params).month, 'summary', 'svg');
}
