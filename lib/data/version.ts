/**
 * A cheap version tag of what a session page is made from, for HTTP validators (ETag): the build, the
 * session's file, the sessions folder (files added, removed or replaced by rename, as the ingest writes)
 * and the themes file. Stats only, no reads: the proxy calls it on every page request.
 * Not covered: an in-place edit of an older session inside this page's look-back window; such a page is
 * refreshed when its folder or file next changes.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { siteConfig } from '@/lib/config';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function stamp(file: string): string {
  try {
    const s = fs.statSync(file);
    return `${s.mtimeMs}:${s.size}`;
  } catch {
    return '-';
  }
}

let buildId: string | undefined;
/** The production build's id ('dev' without one): part of every key of a value the code computes. */
export function currentBuildId(): string {
  if (buildId === undefined) {
    try {
      buildId = fs.readFileSync(path.join(process.cwd(), process.env.NEXT_DIST_DIR ?? '.next', 'BUILD_ID'), 'utf8').trim();
    } catch {
      buildId = 'dev';
    }
  }
  return buildId;
}

/** A weak ETag for `/sessions/DATE` (with its query, which selects the view), or null for another path. */
export function sessionPageEtag(date: string, search: string): string | null {
  if (!DATE.test(date)) return null;
  const dir = path.join(siteConfig.dataDir, 'sessions');
  const parts = [currentBuildId(), date, search, stamp(path.join(dir, `${date}.json`)), stamp(dir), stamp(path.join(siteConfig.dataDir, 'themes.json'))];
  return `W/"${createHash('sha1').update(parts.join('|')).digest('base64url').slice(0, 22)}"`;
}

/** Whether `/sessions/DATE` has a session file (valid or not): the proxy answers 404 early when it has none. */
export function sessionFileExists(date: string): boolean {
  if (!DATE.test(date)) return false;
  try {
    return fs.statSync(path.join(siteConfig.dataDir, 'sessions', `${date}.json`)).isFile();
  } catch {
    return false;
  }
}

/** Whether any session file of `year` exists: `/sessions?year=` answers 404 early when none does. */
export function sessionYearExists(year: string): boolean {
  if (!/^\d{4}$/.test(year)) return false;
  try {
    return fs.readdirSync(path.join(siteConfig.dataDir, 'sessions')).some((name) => name.startsWith(`${year}-`) && name.endsWith('.json'));
  } catch {
    return false;
  }
}
