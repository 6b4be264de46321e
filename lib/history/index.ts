import 'server-only';
/**
 * The server's one history store: `await getHistoryStore()`. Opened (and built or brought up to date) on
 * first use, then shared by every request of this process; each query checks the sessions folder
 * (throttled), so new, corrected and deleted files reach it without a restart.
 *
 * Where it lives: `HISTORY_STORE` (a file path, or `:memory:`), default `.cache/history/history.duckdb`
 * under the working directory (ignored by git). A second process on the same machine and file uses
 * `history-2.duckdb` beside it, and so on (see store.ts).
 */
import path from 'node:path';
import { siteConfig } from '@/lib/config';
import { DuckDbHistoryStore } from '@/lib/history/store';
import type { HistoryStore } from '@/lib/history/types';

export function historyStorePath(): string {
  const configured = process.env.HISTORY_STORE;
  if (configured === ':memory:') return configured;
  return path.resolve(/*turbopackIgnore: true*/ configured ?? path.join(process.cwd(), '.cache', 'history', 'history.duckdb'));
}

// Kept on globalThis so that every route bundle of one server process shares the same open database.
const KEY = Symbol.for('hk-market-recap.history-store');
type Holder = { [KEY]?: { promise: Promise<DuckDbHistoryStore>; store: DuckDbHistoryStore | null } };

export function getHistoryStore(): Promise<HistoryStore> {
  const holder = globalThis as Holder;
  if (!holder[KEY]) {
    const entry: NonNullable<Holder[typeof KEY]> = {
      promise: DuckDbHistoryStore.open({ dataDir: siteConfig.dataDir, storePath: historyStorePath() }),
      store: null,
    };
    holder[KEY] = entry;
    entry.promise.then(
      (store) => {
        entry.store = store;
      },
      // A failed open (e.g. unreadable folder) is retried on the next request rather than cached.
      () => {
        delete holder[KEY];
      },
    );
  }
  return holder[KEY].promise;
}

/** The open store without waiting: null while it is still being built or opened (for health checks). */
export function openHistoryStore(): HistoryStore | null {
  return (globalThis as Holder)[KEY]?.store ?? null;
}

export type { HistoryStore } from '@/lib/history/types';
