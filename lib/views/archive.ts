import 'server-only';
/**
 * The archive page: one year of sessions as a calendar (months of weekday grids), each session with the
 * HSI's change, holidays and half days from the HKEX calendar, and each month's and the year's HSI change
 * from closes. HSI figures come from the history store (one query, whatever the number of years); files
 * the store does not hold (invalid ones) are marked from the folder listing.
 */
import { loadCalendar, listSessionDates } from '@/lib/data/sessions';
import type { HkexCalendar } from '@/lib/calendar';
import { getHistoryStore } from '@/lib/history';
import type { IndexDay } from '@/lib/history/types';
import { colorStep } from '@/lib/palette';

export interface CalendarCell {
  date: string;
  day: number;
  kind: 'session' | 'invalid' | 'holiday' | 'closed' | 'none';
  half: boolean;
  /** The HKEX calendar's note (holiday name, typhoon closure); '' when none. */
  note: string;
  hsiChangePct: number | null;
  step: number;
}

export interface CalendarMonth {
  month: string;
  /** Weeks of Monday…Friday; null pads days outside the month. */
  weeks: (CalendarCell | null)[][];
  sessions: number;
  /** HSI change over the month, from the last close before it (or the first session's previous close). */
  hsiChangePct: number | null;
}

export interface ArchiveCalendar {
  year: string | null;
  years: string[];
  months: CalendarMonth[];
  sessions: number;
  hsiChangePct: number | null;
  /** The first HSI close counted (the previous year's last close, or the first session's previous close). */
  hsiFrom: { date: string | null; close: number } | null;
  hsiTo: { date: string; close: number } | null;
}

/** The close before `days[i]`: the previous row's close, or the previous close the first row implies. */
function closeBefore(days: readonly IndexDay[], i: number): { date: string | null; close: number } {
  if (i > 0) return { date: days[i - 1]!.date, close: days[i - 1]!.close };
  const d = days[0]!;
  return { date: null, close: d.close / (1 + d.changePct / 100) };
}

function changeOver(days: readonly IndexDay[], prefix: string) {
  const first = days.findIndex((d) => d.date.startsWith(prefix));
  if (first === -1) return null;
  let last = first;
  while (last + 1 < days.length && days[last + 1]!.date.startsWith(prefix)) last++;
  const from = closeBefore(days, first);
  const to = days[last]!;
  return { from, to: { date: to.date, close: to.close }, pct: (to.close / from.close - 1) * 100 };
}

function isoDay(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function monthGrid(year: number, month: number, cell: (date: string, day: number) => CalendarCell): (CalendarCell | null)[][] {
  const weeks: (CalendarCell | null)[][] = [];
  let week: (CalendarCell | null)[] = [null, null, null, null, null];
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  for (let d = 1; d <= days; d++) {
    const wd = new Date(Date.UTC(year, month - 1, d)).getUTCDay(); // 0 Sunday … 6 Saturday
    if (wd === 0 || wd === 6) continue;
    week[wd - 1] = cell(isoDay(year, month, d), d);
    if (wd === 5) {
      weeks.push(week);
      week = [null, null, null, null, null];
    }
  }
  if (week.some((c) => c !== null)) weeks.push(week);
  return weeks;
}

/** The calendar of `requestedYear` (default: the latest year with a session file), or null for a year without one. */
export async function getArchiveCalendar(requestedYear?: string): Promise<ArchiveCalendar | null> {
  const files = listSessionDates();
  const years = [...new Set(files.map((d) => d.slice(0, 4)))].sort().reverse();
  if (requestedYear !== undefined && !years.includes(requestedYear)) return null;
  const year = requestedYear ?? years[0] ?? null;
  if (year === null) return { year, years, months: [], sessions: 0, hsiChangePct: null, hsiFrom: null, hsiTo: null };

  const store = await getHistoryStore();
  const [valid, hsi] = await Promise.all([store.sessionDates(), store.indexHistory('HSI')]);
  const inStore = new Set(valid);
  const hsiByDate = new Map(hsi.map((d) => [d.date, d]));
  const fileSet = new Set(files);
  let calendar: HkexCalendar | undefined;
  try {
    calendar = loadCalendar();
  } catch {
    calendar = undefined;
  }

  const cell = (date: string, day: number): CalendarCell => {
    const cal = calendar?.day(date);
    const half = cal?.status === 'half_day';
    const note = cal?.note ?? '';
    if (fileSet.has(date)) {
      if (!inStore.has(date)) return { date, day, kind: 'invalid', half, note, hsiChangePct: null, step: 0 };
      const pct = hsiByDate.get(date)?.changePct ?? null;
      return { date, day, kind: 'session', half, note, hsiChangePct: pct, step: pct === null ? 0 : colorStep(pct) };
    }
    const kind = cal?.status === 'closed_holiday' ? 'holiday' : cal?.status === 'closed_adhoc' ? 'closed' : 'none';
    return { date, day, kind, half: false, note, hsiChangePct: null, step: 0 };
  };

  const y = Number(year);
  const inYear = files.filter((d) => d.startsWith(year));
  const firstMonth = Number(inYear[0]!.slice(5, 7));
  const lastMonth = Number(inYear[inYear.length - 1]!.slice(5, 7));
  const months: CalendarMonth[] = [];
  for (let m = firstMonth; m <= lastMonth; m++) {
    const prefix = `${year}-${String(m).padStart(2, '0')}`;
    months.push({
      month: prefix,
      weeks: monthGrid(y, m, cell),
      sessions: valid.filter((d) => d.startsWith(prefix)).length,
      hsiChangePct: changeOver(hsi, prefix)?.pct ?? null,
    });
  }
  const yearChange = changeOver(hsi, year);
  return {
    year,
    years,
    months,
    sessions: valid.filter((d) => d.startsWith(year)).length,
    hsiChangePct: yearChange?.pct ?? null,
    hsiFrom: yearChange?.from ?? null,
    hsiTo: yearChange?.to ?? null,
  };
}
