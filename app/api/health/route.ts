import { listSessionDates, latestValidSession, loadSession } from '@/lib/data/sessions';
import { getHistoryStore, openHistoryStore } from '@/lib/history';
import { recapIndexStatus, warmRecapIndex } from '@/lib/stocks/recap-index';

export const dynamic = 'force-dynamic';

/**
 * Liveness and data health: the latest valid session, how many session files are invalid, and the state
 * of the derived data (the history store, the stock pages' "In the recap" index). Invalid files are those
 * the store left out (it validates every file), so the answer costs the same with 20 years of files; while
 * the store is still being built (first start) that count is null rather than a wait. Without a store at
 * all, every file is validated here.
 *
 * `?ready`: a readiness check for a load balancer (or the browser tests): 503 until the store is open and
 * the recap index is up to date with the folder, 200 after. Without it the answer is always 200 (liveness).
 */
export async function GET(request: Request) {
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
    // Notices a data change (and starts the index's pass) without waiting for a stock page to ask.
    await warmRecapIndex().catch(() => undefined);
  } else {
    try {
      // Not open yet: report it as building unless the open has already failed.
      await Promise.race([getHistoryStore(), new Promise((resolve) => setTimeout(resolve, 0))]);
    } catch {
      historyStore = 'unavailable';
      invalid = dates.filter((d) => loadSession(d).status === 'invalid');
    }
  }
  const recapIndex = recapIndexStatus();
  const ready = historyStore === 'ready' && recapIndex?.state === 'ready';
  const wantsReadiness = new URL(request.url).searchParams.has('ready');
  return Response.json(
    {
      status: wantsReadiness && !ready ? 'starting' : 'ok',
      sessions: dates.length,
      latestSession: latest?.date ?? null,
      invalidFiles: invalid?.length ?? null,
      invalidDates: invalid,
      historyStore,
      recapIndex: recapIndex ?? { state: 'updating', indexed: 0, total: dates.length },
    },
    { status: wantsReadiness && !ready ? 503 : 200, headers: { 'Cache-Control': 'no-store' } },
  );
}
