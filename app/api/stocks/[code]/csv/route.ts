/** A stock's daily history as CSV. The public URL is /stocks/CODE.csv (rewritten here by next.config.ts). */
import { stockCsvResponse } from '@/lib/stocks/csv';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  return stockCsvResponse(request, (await params).code);
}
