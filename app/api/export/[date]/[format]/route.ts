/**
 * The session as a download. Public URLs are /sessions/YYYY-MM-DD.csv and .json (rewritten here by
 * next.config.ts, since /sessions/[date] is a page).
 */
import { exportResponse } from '@/lib/share/responses';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ date: string; format: string }> }) {
  const { date, format } = await params;
  if (format !== 'csv' && format !== 'json') return new Response('Unknown export format; use csv or json.\n', { status: 404 });
  return exportResponse(request, date, format);
}
