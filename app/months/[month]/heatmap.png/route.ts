/** /months/<id>/heatmap.png: the recap's heatmap chart as an image (lib/share/recap). */
import { recapImageResponse } from '@/lib/share/recap';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ month: string }> }) {
  return recapImageResponse(request, 'month', (await params).month, 'heatmap', 'png');
}
