/**
 * Period windows over the store's session dates (pure). 1D = the session shown; 1W/1M/3M/1Y = the last
 * 5/21/63/250 sessions ending at it; YTD = every session of its year, measured from the previous year's
 * last close. A window the archive cannot fill is returned with `complete: false`, never silently shortened.
 */
import { PERIOD_SESSIONS, type DatedWindow, type Period, type PeriodWindow } from '@/lib/history/types';

/** Index of `date` in sorted `dates`, or -1. */
export function indexOfDate(dates: readonly string[], date: string): number {
  let lo = 0;
  let hi = dates.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const d = dates[mid]!;
    if (d === date) return mid;
    if (d < date) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

export function periodWindow(dates: readonly string[], endDate: string, period: Period): PeriodWindow | null {
  const end = indexOfDate(dates, endDate);
  if (end === -1) return null;
  if (period === 'ytd') {
    const year = endDate.slice(0, 4);
    let start = end;
    while (start > 0 && dates[start - 1]!.startsWith(year)) start--;
    const baseDate = start > 0 ? dates[start - 1]! : null;
    return { period, endDate, startDate: dates[start]!, baseDate, sessions: end - start + 1, complete: baseDate !== null };
  }
  const want = PERIOD_SESSIONS[period];
  const start = Math.max(0, end - want + 1);
  return {
    period,
    endDate,
    startDate: dates[start]!,
    baseDate: start > 0 ? dates[start - 1]! : null,
    sessions: end - start + 1,
    complete: end - start + 1 === want,
  };
}

/**
 * The window of the sessions between two calendar dates (inclusive), e.g. an ISO week or a month: from
 * the first session on or after `from` to the last on or before `to`, measured from the session before
 * the first. null when no session falls between them. `complete` is false only at the archive's start
 * (no previous close: indexes are then measured from the first session's previous close).
 */
export function windowBetween(dates: readonly string[], from: string, to: string): DatedWindow | null {
  let start = 0;
  while (start < dates.length && dates[start]! < from) start++;
  let end = start - 1;
  while (end + 1 < dates.length && dates[end + 1]! <= to) end++;
  if (end < start) return null;
  const baseDate = start > 0 ? dates[start - 1]! : null;
  return { period: 'dates', endDate: dates[end]!, startDate: dates[start]!, baseDate, sessions: end - start + 1, complete: baseDate !== null };
}
