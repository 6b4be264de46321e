/**
 * HKT dates. A session date (YYYY-MM-DD) is a date in Hong Kong, not an instant: it is formatted in the
 * Asia/Hong_Kong zone with @date-fns/tz so the weekday is right wherever the server runs.
 */
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { siteConfig } from '@/lib/config';
import type { Locale } from '@/lib/i18n/locale';

function hktDate(date: string): TZDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new TZDate(y, m - 1, d, 12, 0, siteConfig.timeZone);
}

const WEEKDAYS_ZH = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'] as const;

/** "2025-05-21" → "2025年5月21日（星期三）", as the Hong Kong press dates a session (weekday in HKT). */
export function formatDateZh(date: string, weekday = true): string {
  const d = hktDate(date);
  const day = `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;
  return weekday ? `${day}（${WEEKDAYS_ZH[d.getDay()]}）` : day;
}

/** "2025-05-21" → "Wed 21 May 2025" / "2025年5月21日（星期三）". */
export function formatSessionDate(date: string, locale: Locale = 'en'): string {
  return locale === 'zh-hk' ? formatDateZh(date) : format(hktDate(date), 'EEE d MMM yyyy');
}

/** "2025-05-21" → "Wednesday 21 May 2025" / "2025年5月21日（星期三）". */
export function formatSessionDateLong(date: string, locale: Locale = 'en'): string {
  return locale === 'zh-hk' ? formatDateZh(date) : format(hktDate(date), 'EEEE d MMMM yyyy');
}

/** "2025-05-21" → "21 May 2025" / "2025年5月21日": a date inside a sentence. */
export function formatDayMonthYear(date: string, locale: Locale = 'en'): string {
  return locale === 'zh-hk' ? formatDateZh(date, false) : format(hktDate(date), 'd MMM yyyy');
}

/** "2025-05" → "May 2025" / "2025年5月". */
export function formatMonth(month: string, locale: Locale = 'en'): string {
  if (locale === 'zh-hk') {
    const [y, m] = month.split('-').map(Number) as [number, number];
    return `${y}年${m}月`;
  }
  return format(hktDate(`${month}-01`), 'MMMM yyyy');
}

/** The session's close time in HKT: 16:10 snapshot for full days, 12:00 close for half days. */
export function closeTimeLabel(session: 'full' | 'half', locale: Locale = 'en'): string {
  if (locale === 'zh-hk') return session === 'half' ? '半日市 · 中午12時收市（香港時間）' : '全日市 · 下午4時收市（香港時間）';
  return session === 'half' ? 'Half day · closed 12:00 HKT' : 'Full day · closed 16:00 HKT';
}
