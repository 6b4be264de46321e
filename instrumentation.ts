/**
 * Runs once when a server process starts: opens the history store in the background, so it is built
 * (first start) or brought up to date (later starts: only new and changed files are read) before the
 * first reader asks. Requests that arrive earlier wait for the same open. Then the stock pages' "In the
 * recap" index is built or read back, for the same reason.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { getHistoryStore } = await import('@/lib/history');
  void getHistoryStore()
    .then(async () => {
      const { warmRecapIndex } = await import('@/lib/stocks/recap-index');
      await warmRecapIndex();
    })
    .catch((err: unknown) => {
      console.error(JSON.stringify({ event: 'history-store', severity: 'error', message: `could not open the history store or the recap index: ${(err as Error).message}` }));
    });
}
