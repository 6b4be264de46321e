import { listSessionDates, latestValidSession, loadSession } from '@/lib/data/sessions';

export const dynamic = 'force-dynamic';

/** Liveness and data health: the latest valid session and how many session files are invalid. */
export function GET() {
  const dates = listSessionDates();
  const invalid = dates.filter((d) => loadSession(d).status === 'invalid');
  const latest = latestValidSession();
  return Response.json(
    { status: 'ok', sessions: dates.length, latestSession: latest?.date ?? null, invalidFiles: invalid.length, invalidDates: invalid },
    { headers: { 'Cache-Control': 'no-store' } },
  );
}
