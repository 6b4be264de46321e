import 'server-only';
/**
 * Reads data/themes.json (curated groups finer than industries), cached per file version. An invalid
 * themes file is logged and treated as no themes: the session pages still render, without theme facts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { siteConfig } from '@/lib/config';
import { parseThemes, type Theme } from '@/lib/themes';

let cache: { version: string; themes: Theme[] } | undefined;

export function loadThemes(): Theme[] {
  const file = path.join(siteConfig.dataDir, 'themes.json');
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return [];
  }
  const version = `${stat.mtimeMs}:${stat.size}`;
  if (cache?.version === version) return cache.themes;
  const shown = path.relative(process.cwd(), file) || file;
  const result = parseThemes(fs.readFileSync(file, 'utf8'), shown);
  if (!result.ok) {
    for (const p of result.problems) console.error(JSON.stringify({ event: 'themes-data', severity: 'error', ...p }));
  }
  cache = { version, themes: result.ok ? result.themes : [] };
  return cache.themes;
}
