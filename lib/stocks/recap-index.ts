import 'server-only';
/**
 * "In the recap": for each stock, the sessions whose key takeaways named it, with the sentence. The
 * takeaways of a session come from lib/data/session-analysis.ts (its look-back window, the themes, the
 * calendar); running that for every session costs seconds, so the index is built once per data version
 * (the build, whose takeaways code wrote the sentences; the history store's version; the themes file) and
 * kept in memory and on disk
 * (`.cache/recap/index.json`, beside the history store), so a restart with unchanged data reads it back.
 * When the data changes, requests keep the previous index while the new one is built in the background;
 * only the very first build is awaited.
 */
import fs from 'node:fs';
import path from 'node:path';
import { siteConfig } from '@/lib/config';
import { analyseSession } from '@/lib/views/session-analysis';
import { listSessionDates, loadSession } from '@/lib/data/sessions';
import { getHistoryStore } from '@/lib/history';
import { currentBuildId } from '@/lib/data/version';

export interface RecapMention {
  date: string;
  /** The takeaway that named the stock, in English and in Chinese. */
  text: string;
  textZh: string;
}

interface RecapIndex {
  key: string;
  /** code → mentions, newest first. */
  byCode: Map<string, RecapMention[]>;
  sessions: number;
}

/** Bump when the file's shape or the way takeaways cite stocks changes. */
const INDEX_FORMAT = 2;

function indexFile(): string {
  return path.join(process.cwd(), '.cache', 'recap', 'index.json');
}

/** The other inputs of the takeaways besides the sessions: the themes and the calendar files. */
function inputsStamp(): string {
  return ['themes.json', 'hkex-calendar.csv']
    .map((name) => {
      try {
        const s = fs.statSync(path.join(siteConfig.dataDir, name));
        return `${s.mtimeMs}:${s.size}`;
      } catch {
        return '-';
      }
    })
    .join('|');
}

/** Runs every valid session's takeaways once. */
export function buildRecapIndex(key: string): RecapIndex {
  const byCode = new Map<string, RecapMention[]>();
  let sessions = 0;
  for (const date of listSessionDates()) {
    const load = loadSession(date);
    if (load.status !== 'ok') continue;
    sessions++;
    for (const t of analyseSession(load.session).takeaways) {
      for (const code of new Set(t.refs.stocks)) {
        const list = byCode.get(code) ?? [];
        list.push({ date, text: t.text, textZh: t.textZh });
        byCode.set(code, list);
      }
    }
  }
  for (const list of byCode.values()) list.reverse();
  return { key, byCode, sessions };
}

function readFromDisk(key: string): RecapIndex | null {
  try {
    const raw = JSON.parse(fs.readFileSync(indexFile(), 'utf8')) as { format?: number; key?: string; sessions?: number; byCode?: Record<string, RecapMention[]> };
    if (raw.format !== INDEX_FORMAT || raw.key !== key || typeof raw.byCode !== 'object' || raw.byCode === null) return null;
    return { key, byCode: new Map(Object.entries(raw.byCode)), sessions: raw.sessions ?? 0 };
  } catch {
    return null;
  }
}

function writeToDisk(index: RecapIndex): void {
  try {
    const file = indexFile();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify({ format: INDEX_FORMAT, key: index.key, sessions: index.sessions, byCode: Object.fromEntries(index.byCode) }));
    fs.renameSync(tmp, file);
  } catch (err) {
    // Only a cache: the next start builds it again.
    console.warn(JSON.stringify({ event: 'recap-index', message: `could not write ${indexFile()}: ${(err as Error).message}` }));
  }
}

let current: RecapIndex | null = null;
let building: { key: string; promise: Promise<RecapIndex> } | null = null;

function startBuild(key: string): Promise<RecapIndex> {
  if (building?.key === key) return building.promise;
  const promise = new Promise<RecapIndex>((resolve, reject) => {
    // Next tick: the request that noticed the change is answered first with the index it has.
    setImmediate(() => {
      try {
        const index = readFromDisk(key) ?? buildRecapIndex(key);
        writeToDisk(index);
        current = index;
        resolve(index);
      } catch (err) {
        reject(err);
      } finally {
        if (building?.promise === promise) building = null;
      }
    });
  });
  building = { key, promise };
  promise.catch(() => undefined);
  return promise;
}

/** Builds (or reads back) the index when a server starts, so the first stock page does not wait for it. */
export async function warmRecapIndex(): Promise<void> {
  await recapMentions('00000');
}

/** The mentions of `code`, newest first, and whether they may lag a data change still being indexed. */
export async function recapMentions(code: string): Promise<{ mentions: RecapMention[]; updating: boolean }> {
  const store = await getHistoryStore();
  await store.sessionDates();
  const key = `${currentBuildId()}|${store.version()}|${inputsStamp()}`;
  if (current?.key !== key) {
    const fromDisk = current === null ? readFromDisk(key) : null;
    if (fromDisk) current = fromDisk;
    else if (current === null) current = await startBuild(key);
    else void startBuild(key);
  }
  return { mentions: current.byCode.get(code) ?? [], updating: current.key !== key };
}
