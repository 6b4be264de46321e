import { listSessionDates, latestValidSession, loadSession } from '@/lib/data/sessions';
import { getHistoryStore, openHistoryStore } from '@/lib/history';

export const dynamic = 'force-dynamic';

/**
 * Liveness and data health: the latest valid session, how many session files are invalid, and the history
 * store's state. Invalid files are those the store left out (it validates every file), so the answer
 * costs the same with 20 years of files; while the store is still being built (first start) that count is
 * null rather than a wait. Without a store at all, every file is validated here.
 */
export async function GET() {
  const dates = listSessionDates();
  const latest = latestValidSession();
  void getHistoryStore().catch(() => undefined);
  const store = openHistoryStore();
  let invalid: string[] | null = null;
  let historyStore: 'ready' | 'building' | 'unavailable' = 'building';
  if (store) {
    const valid = new Set(await store.sessionDates());
    invalid = dates.filter((d) => !valid.has(d));
    historyStore = 'ready';
  } else {
    try {
      // Not open yet: report it as building unless the open has already failed.
      await Promise.race([getHistoryStore(), new Promise((resolve) => setTimeout(resolve, 0))]);
    } catch {
      historyStore = 'unavailable';
      invalid = dates.filter((d) => loadSession(d).status === 'invalid');
    }
  }
  return Response.json(
    { status: 'ok', sessions: dates.length, latestSession: latest?.date ?? null, invalidFiles: invalid?.length ?? null, invalidDates: invalid, historyStore },
    { headers: { 'Cache-Control': 'no-store' } },
  );
}
