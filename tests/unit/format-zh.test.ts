/**
 * Chinese (Hong Kong) numbers and dates, table-driven: amounts in 萬 / 億 / 萬億 as the local press writes
 * them (lib/format), dates as 2025年5月21日（星期三） with the weekday in HKT (lib/dates). Expected values by
 * hand: 183,910,187,391 HKD = 1,839.10187391 億; 2025-05-21 was a Wednesday, 2025-05-25 a Sunday,
 * 2024-02-29 a Thursday.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { closeTimeLabel, formatDateZh, formatDayMonthYear, formatMonth, formatSessionDate, formatSessionDateLong } from '@/lib/dates';
import { formatAmountZh, formatHkdCompact, formatTurnover } from '@/lib/format';

describe('formatAmountZh', () => {
  it.each([
    [183_910_187_391, '1,839.1億'],
    [100_000_000, '1.0億'], // 10⁸: the first 億
    [99_999_999, '1.0億'], // rounds to 10,000.0萬: said as 億, never 「10,000.0萬」
    [99_940_000, '9,994.0萬'],
    [12_345_678, '1,234.6萬'],
    [10_000, '1.0萬'],
    [9_999, '9,999'],
    [9_999.6, '1.0萬'], // rounds to 10,000
    [5_000, '5,000'],
    [1_000_000_000_000, '1.00萬億'], // 10¹²
    [999_999_999_999, '1.00萬億'], // rounds to 10,000.0億
    [2_400_000_000_000, '2.40萬億'],
    [-183_910_187_391, '-1,839.1億'],
    [-12_345_678, '-1,234.6萬'],
    [0, '0'],
    [-0, '0'],
  ])('%d → %s', (value, expected) => {
    expect(formatAmountZh(value)).toBe(expected);
  });
  it('takes the decimals asked for (億 and 萬)', () => {
    expect(formatAmountZh(183_910_187_391, 2)).toBe('1,839.10億');
    expect(formatAmountZh(183_910_187_391, 0)).toBe('1,839億');
  });
});

describe('formatTurnover and formatHkdCompact', () => {
  it.each([
    [183_910_187_391, 'zh-hk', '1,839.1億港元'],
    [183_910_187_391, 'en', 'HK$183.9 bn'],
    [474_712_345_678, 'zh-hk', '4,747.1億港元'],
    [1_234_500_000_000, 'zh-hk', '1.23萬億港元'],
    [0, 'zh-hk', '0港元'],
    [0, 'en', 'HK$0.0 bn'],
  ] as const)('formatTurnover(%d, %s) → %s', (value, locale, expected) => {
    expect(formatTurnover(value, locale)).toBe(expected);
  });
  it.each([
    [9_849_965_861, 'zh-hk', '98.5億港元'],
    [9_849_965_861, 'en', 'HKD 9.85B'],
    [-9_849_965_861, 'zh-hk', '-98.5億港元'],
    [12_345_678, 'zh-hk', '1,234.6萬港元'],
  ] as const)('formatHkdCompact(%d, %s) → %s', (value, locale, expected) => {
    expect(formatHkdCompact(value, locale)).toBe(expected);
  });
});

describe('Chinese dates', () => {
  const tz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = tz;
  });
  it.each([
    ['2025-05-21', '2025年5月21日（星期三）'],
    ['2025-05-25', '2025年5月25日（星期日）'], // a Sunday
    ['2024-02-29', '2024年2月29日（星期四）'], // a leap day
    ['2024-12-24', '2024年12月24日（星期二）'],
    ['2025-01-01', '2025年1月1日（星期三）'],
  ])('formatDateZh(%s) → %s', (date, expected) => {
    expect(formatDateZh(date)).toBe(expected);
    expect(formatSessionDate(date, 'zh-hk')).toBe(expected);
    expect(formatSessionDateLong(date, 'zh-hk')).toBe(expected);
  });
  it('the weekday is Hong Kong’s wherever the server runs', () => {
    for (const zone of ['Pacific/Honolulu', 'Pacific/Kiritimati', 'UTC']) {
      process.env.TZ = zone;
      expect(formatDateZh('2025-05-25')).toBe('2025年5月25日（星期日）');
    }
  });
  it.each([
    ['2025-05-21', '2025年5月21日', '21 May 2025'],
    ['2024-02-29', '2024年2月29日', '29 Feb 2024'],
  ])('formatDayMonthYear(%s) → %s / %s', (date, zh, en) => {
    expect(formatDayMonthYear(date, 'zh-hk')).toBe(zh);
    expect(formatDateZh(date, false)).toBe(zh);
    expect(formatDayMonthYear(date)).toBe(en);
  });
  it('leaves the English session date as it was', () => {
    expect(formatSessionDate('2025-05-21')).toBe('Wed 21 May 2025');
    expect(formatSessionDate('2025-05-21', 'en')).toBe('Wed 21 May 2025');
  });
  it.each([
    ['2025-05', '2025年5月', 'May 2025'],
    ['2024-12', '2024年12月', 'December 2024'],
    ['2024-02', '2024年2月', 'February 2024'],
  ])('formatMonth(%s) → %s / %s', (month, zh, en) => {
    expect(formatMonth(month, 'zh-hk')).toBe(zh);
    expect(formatMonth(month)).toBe(en);
  });
  it.each([
    ['full', 'zh-hk', '全日市 · 下午4時收市（香港時間）'],
    ['half', 'zh-hk', '半日市 · 中午12時收市（香港時間）'],
    ['full', 'en', 'Full day · closed 16:00 HKT'],
    ['half', 'en', 'Half day · closed 12:00 HKT'],
  ] as const)('closeTimeLabel(%s, %s) → %s', (kind, locale, expected) => {
    expect(closeTimeLabel(kind, locale)).toBe(expected);
  });
});
