import 'server-only';
/**
 * "In the recap": for each stock, the sessions whose key takeaways named it, with the sentence.
 *
 * The takeaways of a session come from lib/views/session-analysis.ts and depend on that session's file, the
 * METRICS_LOOKBACK sessions before it, the themes, names and calendar files and the code that writes them
 * (the build). Running them costs tens of milliseconds a session at 2,600 stocks, so with 20 years of
 * sessions a full pass takes minutes. So the index is kept per session date, with the version of the file
 * it was computed from, in memory and on disk (`recap-index.json` beside the history store), and brought up to date
 * incrementally:
 * - a new, corrected or deleted file at date D recomputes D and every later session (their look-back
 *   windows may include D; in practice a new file is the last one, so that is one session);
 * - a new build or a changed themes/names/calendar file recomputes every session;
 * - the pass runs in the background, one session at a time, each after any page being rendered (so pages
 *   are answered first throughout), reading each file once with its own sliding look-back window (so the
 *   pages' session cache keeps the sessions readers ask for), and saves its progress every few hundred
 *   sessions, so a restart resumes.
 * Until a pass is over, pages show what the index has (the previous version of the entries being redone)
 * and say that it is being updated. Nothing ever waits for it.
 *
 * The state is kept on globalThis: every route bundle of one server process (the stock pages, the health
 * check, the start-up hook) shares the same index and the same pass.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { siteConfig } from '@/lib/config';
import { fileVersion } from '@/lib/data/file-cache';
import { listSessionDates, readSessionOnce, sessionsDir } from '@/lib/data/sessions';
import { currentBuildId } from '@/lib/data/version';
import { publishDerivedChange, yieldToReaders } from '@/lib/background';
import { getHistoryStore, historyStorePath } from '@/lib/history';
import { METRICS_LOOKBACK } from '@/lib/metrics';
import type { Session } from '@/lib/session/model';
import type { Takeaway } from '@/lib/takeaways';
import { takeawaysOverWindow } from '@/lib/views/session-analysis';

export interface RecapMention {
  date: string;
  /** The takeaway that named the stock, in English and in Chinese. */
  text: string;
  textZh: string;
}

/** One session's contribution: the version of its file and the stocks its takeaways named. */
interface DateEntry {
  /** mtime:size of the file the entry was computed from. */
  v: string;
  /** A hash of the build and the other input files it was computed with (see `inputsStamp`). */
  i: string;
  /** [code, English takeaway, Chinese takeaway] for each stock named. */
  m: Array<[string, string, string]>;
}

export interface RecapIndexStatus {
  state: 'ready' | 'updating';
  /** Sessions whose entry is up to date, of `total` session files. */
  indexed: number;
  total: number;
}

/** Bump when the file's shape or the way takeaways cite stocks changes. */
const INDEX_FORMAT = 3;
/** Progress is written to disk after this many recomputed sessions (and at the end of a pass). */
const CHECKPOINT_SESSIONS = 250;

interface State {
  entries: Map<string, DateEntry>;
  /** code → mentions, newest first; rebuilt from `entries` when they change. */
  byCode: Map<string, RecapMention[]>;
  /** Bumped whenever `byCode` changes: part of the stock page's view-cache key. */
  generation: number;
  /** The trigger (`build|store version|inputs`) the index was last brought up to date for. */
  syncedFor: string | null;
  pass: Promise<void> | null;
  status: RecapIndexStatus;
  loaded: boolean;
}

const KEY = Symbol.for('hk-market-recap.recap-index');

function state(): State {
  const holder = globalThis as { [KEY]?: State };
  holder[KEY] ??= {
    entries: new Map(),
    byCode: new Map(),
    generation: 0,
    syncedFor: null,
    pass: null,
    status: { state: 'updating', indexed: 0, total: 0 },
    loaded: false,
  };
  return holder[KEY];
}

/**
 * Where the index is kept: RECAP_INDEX, else `recap-index.json` beside the history store (which is per
 * data folder and per machine, like it). An in-memory store has an in-memory index.
 */
function indexFile(): string | null {
  const configured = process.env.RECAP_INDEX;
  if (configured) return path.resolve(/*turbopackIgnore: true*/ configured);
  const store = historyStorePath();
  return store === ':memory:' ? null : path.join(path.dirname(store), 'recap-index.json');
}

/** A short hash of the build and of the takeaways' input files other than the sessions. */
function inputsStamp(): string {
  const files = ['themes.json', 'names.csv', 'hkex-calendar.csv'].map((name) => {
    try {
      return fileVersion(fs.statSync(path.join(siteConfig.dataDir, name)));
    } catch {
      return '-';
    }
  });
  return createHash('sha1').update([currentBuildId(), ...files].join('|')).digest('base64url').slice(0, 12);
}

/** The version of every session file now, oldest first. */
function fileVersions(): Array<[string, string]> {
  const dir = sessionsDir();
  const out: Array<[string, string]> = [];
  for (const date of listSessionDates()) {
    try {
      out.push([date, fileVersion(fs.statSync(path.join(dir, `${date}.json`)))]);
    } catch {
      // Deleted since the listing: it leaves the index.
    }
  }
  return out;
}

/**
 * The first date whose entry must be recomputed, or null when none: a new or changed file, a deleted one
 * (the sessions after it had it in their look-back window), or an entry computed with other inputs.
 */
export function firstStaleDate(entries: ReadonlyMap<string, Pick<DateEntry, 'v' | 'i'>>, versions: ReadonlyArray<[string, string]>, inputs: string): string | null {
  let first: string | null = null;
  const listed = new Set<string>();
  for (const [date, v] of versions) {
    listed.add(date);
    const entry = entries.get(date);
    if (first === null && (entry?.v !== v || entry.i !== inputs)) first = date;
  }
  for (const date of entries.keys()) if (!listed.has(date) && (first === null || date < first)) first = date;
  return first;
}

/**
 * The entry of one session from its takeaways: the stocks they name. A file that is not valid keeps the
 * mentions of its last valid version (as its page does), or has none.
 */
function entryOf(version: string, inputs: string, takeaways: Takeaway[] | null, previous: DateEntry | undefined): DateEntry {
  if (takeaways === null) return { v: version, i: inputs, m: previous?.m ?? [] };
  const m: DateEntry['m'] = [];
  for (const t of takeaways) {
    for (const code of new Set(t.refs.stocks)) m.push([code, t.text, t.textZh]);
  }
  return { v: version, i: inputs, m };
}

/**
 * The valid sessions before `date` that a page's look-back window holds (METRICS_LOOKBACK − 1 of them,
 * oldest first), read without the page cache.
 */
function windowBefore(versions: ReadonlyArray<[string, string]>, date: string): Session[] {
  const out: Session[] = [];
  for (let i = versions.findIndex(([d]) => d === date) - 1; i >= 0 && out.length < METRICS_LOOKBACK - 1; i--) {
    const load = readSessionOnce(versions[i]![0]);
    if (load.status === 'ok') out.unshift(load.session);
  }
  return out;
}

function rebuildByCode(s: State): void {
  const byCode = new Map<string, RecapMention[]>();
  const dates = [...s.entries.keys()].sort().reverse();
  for (const date of dates) {
    for (const [code, text, textZh] of s.entries.get(date)!.m) {
      const list = byCode.get(code);
      const mention = { date, text, textZh };
      if (list) list.push(mention);
      else byCode.set(code, [mention]);
    }
  }
  s.byCode = byCode;
  s.generation++;
}

function readFromDisk(s: State): void {
  const file = indexFile();
  if (file === null) return;
  try {
    const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as { format?: number; entries?: Record<string, DateEntry> };
    if (raw.format !== INDEX_FORMAT || typeof raw.entries !== 'object' || raw.entries === null) return;
    s.entries = new Map(Object.entries(raw.entries));
    rebuildByCode(s);
  } catch {
    // No index yet, or an unreadable one: a pass builds it.
  }
}

function writeToDisk(s: State): void {
  const file = indexFile();
  if (file === null) return;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify({ format: INDEX_FORMAT, entries: Object.fromEntries(s.entries) }));
    fs.renameSync(tmp, file);
  } catch (err) {
    // Only a cache: the next start computes it again.
    console.warn(JSON.stringify({ event: 'recap-index', message: `could not write ${file}: ${(err as Error).message}` }));
  }
}

/**
 * Brings the index up to date with the folder: recomputes the stale sessions oldest first, yielding to the
 * event loop after each one. Until its session is redone, an entry computed from an older file or with
 * other inputs stays on show.
 */
async function runPass(s: State, trigger: string): Promise<void> {
  const started = Date.now();
  const inputs = inputsStamp();
  const versions = fileVersions();
  const from = firstStaleDate(s.entries, versions, inputs);
  const listed = new Set(versions.map(([d]) => d));
  let changed = false;
  for (const date of [...s.entries.keys()]) {
    if (!listed.has(date)) {
      s.entries.delete(date);
      changed = true;
    }
  }
  const todo = from === null ? [] : versions.filter(([date]) => date >= from);
  let indexed = versions.length - todo.length;
  s.status = { state: todo.length > 0 ? 'updating' : 'ready', indexed, total: versions.length };
  let sinceCheckpoint = 0;
  // The look-back window slides along with the pass: each file is read once, outside the page cache.
  const window = todo.length > 0 ? windowBefore(versions, todo[0]![0]) : [];
  for (const [date, version] of todo) {
    const load = readSessionOnce(date);
    let takeaways: Takeaway[] | null = null;
    if (load.status === 'ok') {
      window.push(load.session);
      if (window.length > METRICS_LOOKBACK) window.shift();
      takeaways = takeawaysOverWindow(load.session, window);
    }
    s.entries.set(date, entryOf(version, inputs, takeaways, s.entries.get(date)));
    changed = true;
    indexed++;
    s.status = { state: 'updating', indexed, total: versions.length };
    if (++sinceCheckpoint >= CHECKPOINT_SESSIONS) {
      sinceCheckpoint = 0;
      rebuildByCode(s);
      writeToDisk(s);
    }
    // Pages first: the next session waits until no page is being rendered (at most a second).
    await yieldToReaders();
  }
  if (changed) {
    rebuildByCode(s);
    writeToDisk(s);
  }
  s.syncedFor = trigger;
  s.status = { state: 'ready', indexed: versions.length, total: versions.length };
  if (changed) publishDerivedChange();
  if (todo.length > 0) {
    console.log(JSON.stringify({ event: 'recap-index', message: `indexed ${todo.length} of ${versions.length} sessions in ${Date.now() - started} ms` }));
  }
}

/** Starts a pass towards `trigger` unless one is running; returns without waiting for it. */
function ensurePass(s: State, trigger: string): Promise<void> {
  if (s.pass) return s.pass;
  const pass = runPass(s, trigger)
    .catch((err: unknown) => {
      console.error(JSON.stringify({ event: 'recap-index', severity: 'error', message: `could not update the recap index: ${(err as Error).message}` }));
      s.status = { ...s.status, state: 'ready' };
      s.syncedFor = trigger;
    })
    .finally(() => {
      s.pass = null;
      // The data changed again during the pass: go on with the newer version.
      void currentTrigger().then((t) => {
        if (t !== s.syncedFor) void ensurePass(s, t);
      }, () => undefined);
    });
  s.pass = pass;
  return pass;
}

async function currentTrigger(): Promise<string> {
  const store = await getHistoryStore();
  // Brings the store up to date with the folder (throttled), which moves its version on any change.
  await store.sessionDates();
  return `${store.version()}|${inputsStamp()}`;
}

/** Checks the folder and starts a pass if anything changed since the index was last brought up to date. */
async function sync(): Promise<State> {
  const s = state();
  if (!s.loaded) {
    s.loaded = true;
    readFromDisk(s);
  }
  const trigger = await currentTrigger();
  // A pass already running goes on to the newer trigger when it ends (ensurePass).
  if (trigger !== s.syncedFor) void ensurePass(s, trigger);
  return s;
}

/** Reads the index back or starts building it when a server starts, so stock pages have it early. */
export async function warmRecapIndex(): Promise<void> {
  await sync();
}

/** Waits for the pass under way, if any (tests, the bench). */
export async function recapIndexSettled(): Promise<RecapIndexStatus> {
  const s = await sync();
  while (s.pass) await s.pass;
  return s.status;
}

/** Where the index stands, without waiting (the health check). */
export function recapIndexStatus(): RecapIndexStatus | null {
  const s = (globalThis as { [KEY]?: State })[KEY];
  return s?.loaded ? s.status : null;
}

/**
 * The mentions of `code`, newest first, at once, with where the index stands (`status.state` is 'updating'
 * while it is brought up to date: it may miss the newest sessions, or all of them on a first start) and
 * `generation`, which changes whenever the index does.
 */
export async function recapMentions(code: string): Promise<{ mentions: RecapMention[]; generation: number; status: RecapIndexStatus }> {
  const s = await sync();
  return { mentions: s.byCode.get(code) ?? [], generation: s.generation, status: s.status };
}
