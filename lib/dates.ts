/**
 * HKT dates. A session date (YYYY-MM-DD) is a date in Hong Kong, not an instant: it is formatted in the
 * Asia/Hong_Kong zone with @date-fns/tz so the weekday is right wherever the server runs.
 */
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { siteConfig } from '@/lib/config';

function hktDate(date: string): TZDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new TZDate(y, m - 1, d, 12, 0, siteConfig.timeZone);
}

/** "2025-05-21" → "Wed 21 May 2025". */
export function formatSessionDate(date: string): string {
  return format(hktDate(date), 'EEE d MMM yyyy');
}

/** "2025-05-21" → "Wednesday 21 May 2025". */
export function formatSessionDateLong(date: string): string {
  return format(hktDate(date), 'EEEE d MMMM yyyy');
}

/** "2025-05" → "May 2025". */
export function formatMonth(month: string): string {
  return format(hktDate(`${month}-01`), 'MMMM yyyy');
}

/** The session's close time in HKT: 16:10 snapshot for full days, 12:00 close for half days. */
export function closeTimeLabel(session: 'full' | 'half'): string {
  return session === 'half' ? 'Half day · closed 12:00 HKT' : 'Full day · closed 16:00 HKT';
}
