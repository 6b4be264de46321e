import 'server-only';
/**
 * The search index the header's combobox loads: its version (cheap: three stats, so the layout can put
 * it in the URL on every page) and its content (from the stock directory).
 * URL: /api/stocks/search-index/<version>: cached for a year by the browser, as a new version is a new URL.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { siteConfig } from '@/lib/config';
import { getStockDirectory } from '@/lib/stocks/directory';
import type { SearchIndexWire } from '@/lib/stocks/search';
import { searchIndexWire } from '@/lib/stocks/search-wire';

function stamp(file: string): string {
  try {
    const s = fs.statSync(file);
    return `${s.mtimeMs}:${s.size}`;
  } catch {
    return '-';
  }
}

/** Changes when a session file is added, removed or replaced (the folder's mtime), or names/themes change. */
export function searchIndexVersion(): string {
  const dir = siteConfig.dataDir;
  const parts = [stamp(path.join(dir, 'sessions')), stamp(path.join(dir, 'names.csv')), stamp(path.join(dir, 'themes.json'))];
  return createHash('sha1').update(parts.join('|')).digest('base64url').slice(0, 12);
}

export function searchIndexUrl(): string {
  return `/api/stocks/search-index/${searchIndexVersion()}`;
}

let cache: { key: string; body: Promise<string> } | undefined;

/** The index as JSON text, built once per directory version. */
export async function searchIndexJson(): Promise<{ body: string; version: string }> {
  const version = searchIndexVersion();
  const directory = await getStockDirectory();
  const key = `${version}|${directory.version}`;
  if (cache?.key !== key) {
    const wire: SearchIndexWire = searchIndexWire(directory.entries, version);
    cache = { key, body: Promise.resolve(JSON.stringify(wire)) };
  }
  return { body: await cache.body, version };
}
