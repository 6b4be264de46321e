/** Week and month ids: ISO 8601 weeks checked against a printed calendar, by hand. */
import { describe, expect, it } from 'vitest';
import { monthIdOf, parseMonthId, parseWeekId, recapTitle, weekIdOf } from '@/lib/recaps/period';

describe('ISO weeks', () => {
  it.each([
    // 19 May 2025 is a Monday; 2025's week 1 starts Mon 30 Dec 2024 (Thu 2 Jan 2025 is in it).
    ['2025-W21', '2025-05-19', '2025-05-25'],
    ['2025-W01', '2024-12-30', '2025-01-05'],
    ['2024-W01', '2024-01-01', '2024-01-07'],
    // 2020 has 53 ISO weeks (1 Jan 2020 was a Wednesday of a leap year).
    ['2020-W53', '2020-12-28', '2021-01-03'],
  ])('%s spans %s to %s', (id, from, to) => {
    expect(parseWeekId(id)).toEqual({ kind: 'week', id, from, to });
  });
  it.each(['2025-W99', '2025-W00', '2025-W53', '2025-21', '2025-w21', '25-W21', '2025-W2', ''])('%s is not a week', (id) => {
    expect(parseWeekId(id)).toBeNull();
  });
  it.each([
    ['2025-05-21', '2025-W21'],
    ['2024-12-30', '2025-W01'],
    ['2025-01-02', '2025-W01'],
    ['2024-01-03', '2024-W01'],
    ['2021-01-01', '2020-W53'],
  ])('%s is in %s', (date, id) => {
    expect(weekIdOf(date)).toBe(id);
  });
  it('titles a week by its dates', () => {
    expect(recapTitle(parseWeekId('2025-W21')!)).toBe('Week 21, 2025 (19–25 May 2025)');
    expect(recapTitle(parseWeekId('2025-W01')!)).toBe('Week 1, 2025 (30 Dec–5 Jan 2025)');
  });
});

describe('months', () => {
  it.each([
    ['2025-05', '2025-05-01', '2025-05-31'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2025-02', '2025-02-01', '2025-02-28'],
  ])('%s spans %s to %s', (id, from, to) => {
    expect(parseMonthId(id)).toEqual({ kind: 'month', id, from, to });
  });
  it.each(['2025-13', '2025-00', '2025-5', '2025-05-01', 'May'])('%s is not a month', (id) => {
    expect(parseMonthId(id)).toBeNull();
  });
  it('a date is in its month', () => {
    expect(monthIdOf('2025-05-21')).toBe('2025-05');
    expect(recapTitle(parseMonthId('2025-05')!)).toBe('May 2025');
  });
});
