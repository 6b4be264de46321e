/**
 * Week and month recaps: their ids (`2025-W21`, an ISO 8601 week; `2025-05`, a calendar month), the
 * calendar dates they span, their labels and URLs. Pure. ISO weeks start on Monday and week 1 holds the
 * year's first Thursday, so `2024-W01` starts Mon 1 Jan 2024 and `2025-W01` starts Mon 30 Dec 2024: a
 * week belongs to its ISO year, which can differ from its dates' year (date-fns' ISO-week functions, on
 * UTC dates so the server's time zone never shifts a day).
 */
import { TZDate } from '@date-fns/tz';
import { addDays, endOfMonth, format, getISOWeek, getISOWeeksInYear, getISOWeekYear, setISOWeek, startOfISOWeek } from 'date-fns';

export type RecapKind = 'week' | 'month';

export interface RecapPeriod {
  kind: RecapKind;
  /** `2025-W21` or `2025-05`. */
  id: string;
  /** First and last calendar dates (YYYY-MM-DD), inclusive. */
  from: string;
  to: string;
}

export const WEEK_ID = /^(\d{4})-W(\d{2})$/;
export const MONTH_ID = /^(\d{4})-(\d{2})$/;

const utc = (y: number, m: number, d: number) => new TZDate(y, m - 1, d, 12, 0, 'UTC');
const iso = (d: Date) => format(d, 'yyyy-MM-dd');
const fromIso = (date: string) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return utc(y, m, d);
};

/** `2025-W21` → Mon 19 May 2025 … Sun 25 May 2025; null for a malformed id or a week the year lacks (W00, W54, W53 of a 52-week year). */
export function parseWeekId(id: string): RecapPeriod | null {
  const m = WEEK_ID.exec(id);
  if (!m) return null;
  const year = Number(m[1]);
  const week = Number(m[2]);
  const jan4 = utc(year, 1, 4);
  if (week < 1 || week > getISOWeeksInYear(jan4)) return null;
  const monday = startOfISOWeek(setISOWeek(jan4, week));
  return { kind: 'week', id, from: iso(monday), to: iso(addDays(monday, 6)) };
}

/** `2025-05` → 2025-05-01 … 2025-05-31; null for a malformed id or month 00/13. */
export function parseMonthId(id: string): RecapPeriod | null {
  const m = MONTH_ID.exec(id);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  return { kind: 'month', id, from: `${id}-01`, to: iso(endOfMonth(utc(year, month, 1))) };
}

export function parseRecapId(kind: RecapKind, id: string): RecapPeriod | null {
  return kind === 'week' ? parseWeekId(id) : parseMonthId(id);
}

/** The ISO week of a date: `2025-05-21` → `2025-W21`, `2024-12-30` → `2025-W01`. */
export function weekIdOf(date: string): string {
  const d = fromIso(date);
  return `${getISOWeekYear(d)}-W${String(getISOWeek(d)).padStart(2, '0')}`;
}

/** `2025-05-21` → `2025-05`. */
export function monthIdOf(date: string): string {
  return date.slice(0, 7);
}

export function recapPath(kind: RecapKind, id: string): string {
  return kind === 'week' ? `/weeks/${id}` : `/months/${id}`;
}

/** "2025年第21週" / "2025年5月": the period's name in Chinese, as a Hong Kong recap heads it. */
export function recapNameZh(period: RecapPeriod): string {
  if (period.kind === 'month') return `${Number(period.id.slice(0, 4))}年${Number(period.id.slice(5, 7))}月`;
  return `${period.id.slice(0, 4)}年第${Number(period.id.slice(6))}週`;
}

/** "5月19日至25日", "4月28日至5月4日", "2024年12月30日至2025年1月5日": a week's calendar days in Chinese. */
export function weekSpanZh(period: RecapPeriod): string {
  const [fy, fm, fd] = period.from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = period.to.split('-').map(Number) as [number, number, number];
  if (fy !== ty) return `${fy}年${fm}月${fd}日至${ty}年${tm}月${td}日`;
  if (fm !== tm) return `${fm}月${fd}日至${tm}月${td}日`;
  return `${fm}月${fd}日至${td}日`;
}

/** "Week 21, 2025 (19–25 May)" / "May 2025"; in Chinese "2025年第21週（5月19日至25日）" / "2025年5月". */
export function recapTitle(period: RecapPeriod, locale: 'en' | 'zh-hk' = 'en'): string {
  if (locale === 'zh-hk') return period.kind === 'month' ? recapNameZh(period) : `${recapNameZh(period)}（${weekSpanZh(period)}）`;
  if (period.kind === 'month') return format(fromIso(period.from), 'MMMM yyyy');
  const from = fromIso(period.from);
  const to = fromIso(period.to);
  const span = from.getMonth() === to.getMonth() ? `${format(from, 'd')}–${format(to, 'd MMM yyyy')}` : `${format(from, 'd MMM')}–${format(to, 'd MMM yyyy')}`;
  return `Week ${Number(period.id.slice(6))}, ${period.id.slice(0, 4)} (${span})`;
}

/** "the week" / "the month", as the takeaways and labels say it. */
export const RECAP_NOUN: Record<RecapKind, string> = { week: 'week', month: 'month' };
