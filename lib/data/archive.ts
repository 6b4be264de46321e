import 'server-only';
import { listSessionDates, loadSession } from '@/lib/data/sessions';

export interface ArchiveEntry {
  date: string;
  /** HSI % change, or null when the file is invalid or has no HSI. */
  hsiChangePct: number | null;
  invalid: boolean;
}

export interface Archive {
  year: string | null;
  years: string[];
  months: { month: string; sessions: ArchiveEntry[] }[];
}

/**
 * Sessions of one year (the latest by default), newest month first. Only that year's files are read,
 * so the archive page's cost does not grow with the number of years in data/.
 */
export function getArchive(requestedYear?: string): Archive | null {
  const dates = listSessionDates();
  const years = [...new Set(dates.map((d) => d.slice(0, 4)))].sort().reverse();
  const year = requestedYear ?? years[0] ?? null;
  if (requestedYear !== undefined && !years.includes(requestedYear)) return null;
  const months = new Map<string, ArchiveEntry[]>();
  for (const date of dates.filter((d) => d.startsWith(year ?? '')).reverse()) {
    const load = loadSession(date);
    const hsi = load.status === 'ok' ? load.session.indices.find((i) => i.id === 'HSI') : undefined;
    const month = date.slice(0, 7);
    const list = months.get(month) ?? [];
    list.push({ date, hsiChangePct: hsi?.changePct ?? null, invalid: load.status === 'invalid' });
    months.set(month, list);
  }
  return { year, years, months: [...months].map(([month, sessions]) => ({ month, sessions })) };
}
