/**
 * The HKEX (XHKG) trading calendar: full days, half days (close at 12:00 HKT), holidays, weekends and
 * ad-hoc closures such as typhoon days. Parsed from the bundled `data/hkex-calendar.csv`
 * (columns date,weekday,status,note; the format of ../shared/data/hk/calendar.csv).
 */
import { parse } from 'csv-parse/sync';
import { z } from 'zod';

export const dayStatusSchema = z.enum(['full_day', 'half_day', 'closed_holiday', 'closed_weekend', 'closed_adhoc']);
export type DayStatus = z.infer<typeof dayStatusSchema>;

const calendarRowSchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  weekday: z.string(),
  status: dayStatusSchema,
  note: z.string(),
});

export interface CalendarDay {
  status: DayStatus;
  note: string;
}

export interface HkexCalendar {
  /** The day's status, or undefined when the date is outside the calendar's years. */
  day(date: string): CalendarDay | undefined;
  isTradingDay(date: string): boolean;
  /** 'full' or 'half' for a trading day, null for a closed day or an unknown date. */
  sessionKind(date: string): 'full' | 'half' | null;
  first: string;
  last: string;
}

export function parseCalendarCsv(text: string, file = 'calendar.csv'): HkexCalendar {
  const rows: unknown[] = parse(text, { columns: true, skip_empty_lines: true, trim: true });
  const days = new Map<string, CalendarDay>();
  rows.forEach((raw, i) => {
    const row = calendarRowSchema.safeParse(raw);
    if (!row.success) {
      const issue = row.error.issues[0];
      throw new Error(`${file}: row ${i + 2}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid row'}`);
    }
    days.set(row.data.date, { status: row.data.status, note: row.data.note });
  });
  const dates = [...days.keys()].sort();
  return {
    day: (date) => days.get(date),
    isTradingDay: (date) => {
      const status = days.get(date)?.status;
      return status === 'full_day' || status === 'half_day';
    },
    sessionKind: (date) => {
      const status = days.get(date)?.status;
      return status === 'full_day' ? 'full' : status === 'half_day' ? 'half' : null;
    },
    first: dates[0] ?? '',
    last: dates[dates.length - 1] ?? '',
  };
}

/** The ISO date `days` calendar days after `date` (UTC arithmetic, so no time zone shifts a date). */
export function addCalendarDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Trading days from `from` to `to`, both counted when they are trading days: a listing on `from` is on
 * day 1 that day and on day 2 the next session. Null when `to` precedes `from`, when either date is
 * outside the calendar, or when the count would pass `max` (it stops walking there).
 */
export function tradingDayNumber(calendar: HkexCalendar, from: string, to: string, max = Infinity): number | null {
  if (to < from || !calendar.day(from) || !calendar.day(to)) return null;
  let n = 0;
  for (let date = from; date <= to; date = addCalendarDays(date, 1)) {
    if (calendar.isTradingDay(date)) n++;
    if (n > max) return null;
  }
  return n;
}

/** The same count from a list of session dates (ascending) when no calendar is at hand; null when the list does not reach back to `from`. */
export function sessionNumberInList(dates: readonly string[], from: string, to: string): number | null {
  if (dates.length === 0 || dates[0]! > from || dates[dates.length - 1] !== to) return null;
  return dates.filter((d) => d >= from && d <= to).length;
}
