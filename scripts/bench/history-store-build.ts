/**
 * Child process of the history bench: builds the store from nothing over a data folder, then adds one
 * new session file and brings the store up to date (what a pipeline's daily file costs), then removes
 * it again. Prints one JSON line of timings and this process's peak RSS.
 *   tsx scripts/bench/history-store-build.ts DATA_DIR STORE_FILE
 */
import fs from 'node:fs';
import path from 'node:path';
import { DuckDbHistoryStore } from '@/lib/history/store';
import { extraSession, nextWeekday } from './history-archive';

const [dataDir, storePath] = process.argv.slice(2);
if (!dataDir || !storePath) throw new Error('usage: history-store-build.ts DATA_DIR STORE_FILE');
fs.rmSync(path.dirname(storePath), { recursive: true, force: true });

const t0 = performance.now();
const store = await DuckDbHistoryStore.open({ dataDir, storePath, watch: false });
const buildMs = performance.now() - t0;
const parsed = store.parsedSinceOpen;
const dates = await store.sessionDates();

const date = nextWeekday(dates[dates.length - 1]!);
const file = path.join(dataDir, 'sessions', `${date}.json`);
const session = extraSession(date);
fs.writeFileSync(file, JSON.stringify(session));
let addMs = 0;
let removeMs = 0;
try {
  const t1 = performance.now();
  const added = await store.refresh();
  addMs = performance.now() - t1;
  if (added.parsed !== 1 || (await store.sessionDates()).at(-1) !== date) throw new Error(`the new session ${date} did not enter the store`);
} finally {
  fs.rmSync(file, { force: true });
  const t2 = performance.now();
  await store.refresh();
  removeMs = performance.now() - t2;
}
store.close();
const bytes = fs.readdirSync(path.dirname(storePath)).reduce((n, f) => n + fs.statSync(path.join(path.dirname(storePath), f)).size, 0);
console.log(
  JSON.stringify({ buildMs, parsed, sessions: dates.length, addMs, addedStocks: session.stocks.length, removeMs, storeBytes: bytes, maxRssBytes: process.resourceUsage().maxRSS * 1024 }),
);
