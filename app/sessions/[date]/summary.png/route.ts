/** /sessions/YYYY-MM-DD/summary.png: the summary chart as an image, for wikis that take only image URLs. */
import { chartImageResponse } from '@/lib/share/responses';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ date: string }> }) {
  return chartImageResponse(request, (await params).date, 'summary', 'png');
}
