import 'server-only';
/**
 * The one module that reads `data/`. Session files are listed by name, read by path (never from a
 * user-supplied string that has not matched the date pattern), validated against the zod contract and
 * reshaped. Results are cached per file version (mtime + size), so a corrected or new file is picked up
 * on the next request without a rebuild, and an unchanged one is parsed once.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseCalendarCsv, type HkexCalendar } from '@/lib/calendar';
import { MAX_SESSION_FILE_BYTES, siteConfig } from '@/lib/config';
import { fileVersion as versionOf, FileVersionCache } from '@/lib/data/file-cache';
import type { SessionFile } from '@/lib/schema/session';
import { toSession, type Session } from '@/lib/session/model';
import { formatProblem, validateSession, type Problem } from '@/lib/session/validate';

export const SESSION_DATE = /^\d{4}-\d{2}-\d{2}$/;
const SESSION_FILE = /^(\d{4}-\d{2}-\d{2})\.json$/;

export type SessionLoad =
  | {
      status: 'ok';
      date: string;
      file: string;
      session: Session;
      /** The file as validated (the contract's own shape), for the JSON download. */
      source: SessionFile;
      /** Set when the file on disk now fails validation: the session shown is the last valid version. */
      rejectedUpdate?: Problem[];
    }
  | { status: 'invalid'; date: string; file: string; errors: Problem[]; warnings: Problem[] }
  | { status: 'missing'; date: string };

/**
 * Parsed sessions, bounded by their files' bytes (SESSION_CACHE_MB, default 48): the bundled 366 sessions
 * (~32 MB) all stay; with 20 years of 2,600 stocks the most recently used ~140 do (a page's look-back
 * window is 20, a month recap's ~40), instead of every file read since the start. The last valid version
 * of a file that is now invalid is never dropped: it is what the page keeps showing.
 */
const loadBytes = new WeakMap<SessionLoad, number>();
const sessionCache = new FileVersionCache<string, SessionLoad>({
  maxWeight: Number(process.env.SESSION_CACHE_MB ?? 48) * 1024 * 1024,
  weigh: (load) => loadBytes.get(load) ?? 0,
  pinned: (load) => load.status === 'ok' && load.rejectedUpdate !== undefined,
});
const calendarCache = new FileVersionCache<'calendar', HkexCalendar>();

function dataDir(): string {
  return siteConfig.dataDir;
}

export function sessionsDir(): string {
  return path.join(dataDir(), 'sessions');
}

/** Path of a session file relative to the working directory, as shown in messages. */
function displayPath(absolute: string): string {
  const rel = path.relative(process.cwd(), absolute);
  return rel.startsWith('..') ? absolute : rel;
}

export function loadCalendar(): HkexCalendar {
  const file = path.join(dataDir(), 'hkex-calendar.csv');
  const stat = fs.statSync(file);
  return calendarCache.get('calendar', versionOf(stat), () => parseCalendarCsv(fs.readFileSync(file, 'utf8'), displayPath(file)));
}

const listingCache = new FileVersionCache<'listing', readonly string[]>();

/**
 * Dates of every session file in `data/sessions/`, oldest first (valid or not). A page asks several times
 * (neighbours, look-back window); the listing is read again only when the folder's mtime changes, which
 * adding, removing or renaming a file (the ingest's atomic write) does.
 */
export function listSessionDates(): readonly string[] {
  let version: string;
  try {
    version = versionOf(fs.statSync(sessionsDir()));
  } catch {
    return [];
  }
  return listingCache.get('listing', version, () =>
    fs
      .readdirSync(sessionsDir())
      .map((name) => SESSION_FILE.exec(name)?.[1])
      .filter((d): d is string => d !== undefined)
      .sort(),
  );
}

function logProblems(problems: Problem[], level: 'error' | 'warn') {
  for (const p of problems) {
    // One structured line per data problem, for whoever runs the server.
    console[level](JSON.stringify({ event: 'session-data', severity: p.severity, file: p.file, path: p.path, message: p.message, text: formatProblem(p) }));
  }
}

/** The file of a session date and its stat, or null when the date is malformed or there is no such file. */
function statSessionFile(date: string): { absolute: string; stat: fs.Stats } | null {
  if (!SESSION_DATE.test(date)) return null;
  const absolute = path.join(sessionsDir(), `${date}.json`);
  try {
    return { absolute, stat: fs.statSync(absolute) };
  } catch {
    return null;
  }
}

export function loadSession(date: string): SessionLoad {
  const found = statSessionFile(date);
  if (!found) {
    sessionCache.delete(date);
    return { status: 'missing', date };
  }
  const { absolute, stat } = found;
  return sessionCache.get(date, versionOf(stat), (previous) => readSession(date, absolute, stat, previous));
}

/**
 * A session as `loadSession` gives it, without adding it to the cache or logging its problems again: for a
 * background pass over every file (the recap index), which must not push the pages' sessions out of the
 * cache nor repeat every warning of 20 years of files in the log.
 */
export function readSessionOnce(date: string): SessionLoad {
  const found = statSessionFile(date);
  if (!found) return { status: 'missing', date };
  const { absolute, stat } = found;
  return sessionCache.peek(date, versionOf(stat)) ?? readSession(date, absolute, stat, sessionCache.peek(date), false);
}

function readSession(date: string, absolute: string, stat: fs.Stats, previous: SessionLoad | undefined, log = true): SessionLoad {
  const file = displayPath(absolute);
  let value: SessionLoad;
  try {
    // Refuse an oversized file from its size alone, before reading it into memory.
    const tooBig = stat.size > MAX_SESSION_FILE_BYTES;
    const bytes = tooBig ? new Uint8Array(0) : fs.readFileSync(absolute);
    const result = validateSession(bytes, file, { calendar: loadCalendar(), expectedDate: date, sizeBytes: stat.size });
    value = result.ok
      ? { status: 'ok', date, file, session: toSession(result.data, result.warnings), source: result.data }
      : { status: 'invalid', date, file, errors: result.errors, warnings: result.warnings };
  } catch (err) {
    value = {
      status: 'invalid',
      date,
      file,
      errors: [{ file, path: '(file)', message: `could not be read: ${(err as Error).message}`, severity: 'error' }],
      warnings: [],
    };
  }
  if (value.status === 'invalid') {
    if (log) logProblems([...value.errors, ...value.warnings], 'error');
    // An invalid new version never replaces a valid view: keep serving the last valid one, and say why.
    const lastGood = previous?.status === 'ok' ? previous : undefined;
    if (lastGood) value = { ...lastGood, rejectedUpdate: value.errors };
  } else if (previous === undefined && log) {
    logProblems(value.session.warnings, 'warn');
  }
  loadBytes.set(value, stat.size);
  return value;
}

/** The newest session whose file is valid: what `/` shows. */
export function latestValidSession(): SessionLoad | undefined {
  const dates = listSessionDates();
  for (let i = dates.length - 1; i >= 0; i--) {
    const load = loadSession(dates[i]!);
    if (load.status === 'ok') return load;
  }
  return undefined;
}

export function sessionNeighbours(date: string): { prev: string | null; next: string | null } {
  const dates = listSessionDates();
  let prev: string | null = null;
  let next: string | null = null;
  for (const d of dates) {
    if (d < date) prev = d;
    else if (d > date) {
      next = d;
      break;
    }
  }
  return { prev, next };
}

/**
 * The valid sessions up to and including `date`, newest last, at most `count` of them: the look-back
 * window that cross-session metrics need. Reads only that many files, whatever the size of the archive.
 */
export function loadSessionWindow(date: string, count: number): Session[] {
  const dates = listSessionDates().filter((d) => d <= date);
  const out: Session[] = [];
  for (let i = dates.length - 1; i >= 0 && out.length < count; i--) {
    const load = loadSession(dates[i]!);
    if (load.status === 'ok') out.push(load.session);
  }
  return out.reverse();
}
