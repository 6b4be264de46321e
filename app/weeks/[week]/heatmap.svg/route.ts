/** /weeks/<id>/heatmap.svg: the recap's heatmap chart as an image (lib/share/recap). */
import { recapImageResponse } from '@/lib/share/recap';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ week: string }> }) {
  return recapImageResponse(request, 'week', (await params).week, 'heatmap', 'svg');
}
