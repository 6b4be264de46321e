import 'server-only';
/**
 * Reads data/names.csv (readable English and Chinese stock names, see lib/names.ts), cached per file
 * version. A missing or invalid file is logged and treated as an empty book: names are then derived from
 * the HKEX short names, and the pages still render.
 */
import fs from 'node:fs';
import path from 'node:path';
import { siteConfig } from '@/lib/config';
import { nameBook, parseNamesCsv, type NameBook } from '@/lib/names';

let cache: { version: string; book: NameBook } | undefined;

export function loadNames(): NameBook {
  const file = path.join(siteConfig.dataDir, 'names.csv');
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return nameBook();
  }
  const version = `${stat.mtimeMs}:${stat.size}`;
  if (cache?.version === version) return cache.book;
  const shown = path.relative(process.cwd(), file) || file;
  const result = parseNamesCsv(fs.readFileSync(file, 'utf8'), shown);
  for (const p of result.problems) if (p.severity === 'error') console.error(JSON.stringify({ event: 'names-data', ...p }));
  cache = { version, book: result.ok ? result.book : nameBook() };
  return cache.book;
}
