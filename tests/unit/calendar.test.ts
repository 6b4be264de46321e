/** Trading-day arithmetic on the bundled HKEX calendar, with dates checked by hand against data/hkex-calendar.csv. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, parseCalendarCsv, sessionNumberInList, tradingDayNumber } from '@/lib/calendar';

const calendar = parseCalendarCsv(fs.readFileSync(path.resolve(__dirname, '../../data/hkex-calendar.csv'), 'utf8'));

describe('addCalendarDays', () => {
  it.each([
    ['2025-05-20', 1, '2025-05-21'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2025-03-01', -1, '2025-02-28'],
  ])('%s + %i = %s', (date, days, expected) => {
    expect(addCalendarDays(date, days)).toBe(expected);
  });
});

describe('tradingDayNumber', () => {
  it.each([
    ['a debut', '2025-05-20', '2025-05-20', Infinity, 1],
    ["CATL's second day", '2025-05-20', '2025-05-21', Infinity, 2],
    ['over a weekend (Fri → Mon)', '2025-05-16', '2025-05-19', Infinity, 2],
    ['over Easter (Thu 17 Apr → Tue 22 Apr 2025: Good Friday and Easter Monday closed)', '2025-04-17', '2025-04-22', Infinity, 2],
    ['over the 2024 Lunar New Year (Fri 9 Feb half day → Wed 14 Feb)', '2024-02-09', '2024-02-14', Infinity, 2],
    ['past the cap', '2025-05-01', '2025-05-30', 5, null],
    ['backwards', '2025-05-21', '2025-05-20', Infinity, null],
    ['outside the calendar', '2019-01-02', '2025-05-20', Infinity, null],
  ])('%s', (_, from, to, max, expected) => {
    expect(tradingDayNumber(calendar, from, to, max)).toBe(expected);
  });
});

describe('sessionNumberInList', () => {
  const dates = ['2025-05-16', '2025-05-19', '2025-05-20', '2025-05-21'];
  it.each([
    ['2025-05-20', '2025-05-21', 2],
    ['2025-05-16', '2025-05-21', 4],
    ['2025-05-01', '2025-05-21', null], // the list does not reach back that far
    ['2025-05-20', '2025-05-20', null], // the list does not end on that date
  ])('%s → %s: %s', (from, to, expected) => {
    expect(sessionNumberInList(dates, from, to)).toBe(expected);
  });
});
