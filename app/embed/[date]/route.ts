/**
 * /embed/YYYY-MM-DD: the summary chart (or `?chart=heatmap`) alone, as a complete HTML document with no
 * JavaScript. A route handler rather than a page, because App Router pages always ship Next's runtime.
 */
import { embedResponse } from '@/lib/share/responses';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ date: string }> }) {
  return embedResponse(request, (await params).date);
}
