/**
 * A version of the whole data folder: every session file (added, replaced, edited or removed), the
 * themes, the calendar and every other file at the top of DATA_DIR. Pages are about to depend on the
 * whole history (period views, 52-week highs, "highest close since"), so anything rendered from the data
 * is valid only while this string is unchanged; the response cache (server/response-cache.ts) keys on it.
 *
 * Stats only, no reads: 365 sessions take about a millisecond. `versionPoller` recomputes when the folder
 * reports a change (fs.watch: inotify on Linux, so a write is seen before the next request) and at least
 * every `maxAgeMs` whatever the watcher says (network filesystems do not report changes).
 *
 * When lib/history's HistoryStore.version() exists, combine it here (e.g. `${folder}|${store.version()}`),
 * so a derived store (a database, a parquet cache) invalidates the same responses.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

function statLine(file: string, name: string): string {
  try {
    const s = fs.statSync(file);
    // ino: a rename over the file (the ingest's atomic write) is a new inode even when size and mtime match.
    return `${name}:${s.isDirectory() ? 'd' : 'f'}:${s.size}:${s.mtimeMs}:${s.ino}`;
  } catch {
    return `${name}:-`;
  }
}

function listing(dir: string): string[] {
  try {
    return fs.readdirSync(dir).sort();
  } catch {
    return [];
  }
}

/** The version of `dataDir` now: a hash over the stats of its files and of `sessions/*`. */
export function dataFolderVersion(dataDir: string): string {
  const hash = createHash('sha1');
  for (const name of listing(dataDir)) {
    const file = path.join(dataDir, name);
    hash.update(statLine(file, name)).update('\n');
    if (name === 'sessions') for (const s of listing(file)) hash.update(statLine(path.join(file, s), `sessions/${s}`)).update('\n');
  }
  return hash.digest('base64url').slice(0, 16);
}

/**
 * `dataFolderVersion(dataDir)`, recomputed when the last one is older than `maxAgeMs` or, with `watch`,
 * as soon as the folder or `sessions/` reports a change.
 */
export function versionPoller(dataDir: string, maxAgeMs = 1_000, now: () => number = Date.now, watch = false): () => string {
  let version = '';
  let at = -Infinity;
  if (watch) {
    for (const dir of [dataDir, path.join(dataDir, 'sessions')]) {
      try {
        fs.watch(dir, { persistent: false }, () => {
          at = -Infinity;
        }).on('error', () => {});
      } catch {
        // No watcher (missing folder, no inotify handles left): the once-a-second re-read still holds.
      }
    }
  }
  return () => {
    const t = now();
    if (t - at >= maxAgeMs) {
      version = dataFolderVersion(dataDir);
      at = t;
    }
    return version;
  };
}
