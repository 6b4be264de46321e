import 'server-only';
/**
 * Reads data/themes.json (curated groups finer than industries), cached per file version. An invalid
 * themes file is logged and treated as no themes: the session pages still render, without theme facts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { siteConfig } from '@/lib/config';
import { fileVersion, FileVersionCache } from '@/lib/data/file-cache';
import { parseThemes, type Theme } from '@/lib/themes';

const cache = new FileVersionCache<'themes', Theme[]>();

export function loadThemes(): Theme[] {
  const file = path.join(siteConfig.dataDir, 'themes.json');
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return [];
  }
  return cache.get('themes', fileVersion(stat), () => {
    const shown = path.relative(process.cwd(), file) || file;
    const result = parseThemes(fs.readFileSync(file, 'utf8'), shown);
    if (!result.ok) {
      for (const p of result.problems) console.error(JSON.stringify({ event: 'themes-data', severity: 'error', ...p }));
    }
    return result.ok ? result.themes : [];
  });
}
