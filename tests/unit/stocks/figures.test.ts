/**
 * The stock page's figures (lib/stocks/figures.ts) against computations done here independently, on
 * real rows vendored from ../shared/data/hk (tests/fixtures/stocks/, see its README):
 * - Tencent 00700, every bar 2024-01-02..2025-06-30 (all `actual` closes);
 * - BYD 01211 from 2025-05-02, across its 3-for-1 bonus issue on 2025-06-10.
 * The expected 52-week figures were read off the CSV with awk (max/min close over the last 250
 * sessions ending 2025-06-30, i.e. from 2024-06-24), not produced by the code under test.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StockDay } from '@/lib/history/types';
import { extremeDays, fiftyTwoWeekRange, largestDays, rebasedLines, turnoverVsAverage } from '@/lib/stocks/figures';
import { chartGeometry } from '@/lib/stocks/chart-geometry';
import { stockHistoryCsv } from '@/lib/stocks/history-csv';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures', 'stocks');

interface Bar {
  date: string;
  close: number;
  volume: number;
  basis: 'actual' | 'adjusted' | 'approx';
}

function readBars(file: string): Bar[] {
  const [, ...lines] = fs.readFileSync(path.join(FIXTURES, file), 'utf8').trim().split(/\r?\n/);
  return lines.map((line) => {
    const [date, , close, volume, basis] = line.split(',');
    return { date: date!, close: Number(close), volume: Number(volume), basis: basis as Bar['basis'] };
  });
}

/** Rows as the store holds them: % change from the previous bar (divided by a corporate-action factor that day), growth chained. */
function toDays(bars: Bar[], factors: Record<string, number> = {}): StockDay[] {
  const out: StockDay[] = [];
  let growth = 1;
  for (let i = 1; i < bars.length; i++) {
    const b = bars[i]!;
    const prev = bars[i - 1]!.close / (factors[b.date] ?? 1);
    const changePct = (b.close / prev - 1) * 100;
    growth *= 1 + changePct / 100;
    out.push({ date: b.date, close: b.close, closeBasis: b.basis, changePct, volume: b.volume, turnover: b.close * b.volume, growth, extreme: Math.abs(changePct) > 50 });
  }
  return out;
}

const tencentBars = readBars('tencent-00700-daily-bars-2024-2025.csv');
const tencent = toDays(tencentBars);
const tencentDates = tencent.map((d) => d.date);
const bydBars = readBars('byd-01211-daily-bars-bonus-issue.csv');
const byd = toDays(bydBars, { '2025-06-10': 3 });

describe('fiftyTwoWeekRange', () => {
  const range = fiftyTwoWeekRange(tencent, tencentDates)!;

  it('Tencent: closing high 544.00 on 2025-03-06, low 351.20 on 2024-07-25, latest 503.00', () => {
    expect([range.high.date, range.high.close]).toEqual(['2025-03-06', 544]);
    expect([range.low.date, range.low.close]).toEqual(['2024-07-25', 351.2]);
    expect([range.latest.date, range.latest.close]).toEqual(['2025-06-30', 503]);
    expect(range.sessions).toBe(250);
    expect(range.complete).toBe(true);
    expect(range.closesComparable).toBe(true);
  });

  it('measures the distances on closes when the basis allows: 503/544 − 1 and 503/351.2 − 1', () => {
    expect(range.fromHighPct).toBeCloseTo((503 / 544 - 1) * 100, 6);
    expect(range.fromLowPct).toBeCloseTo((503 / 351.2 - 1) * 100, 6);
    expect(range.position).toBeCloseTo((503 - 351.2) / (544 - 351.2), 6);
  });

  it('BYD: the bonus issue is no low; closes across it are marked incomparable', () => {
    const r = fiftyTwoWeekRange(byd, byd.map((d) => d.date))!;
    // The raw closes' minimum (135.60 on 2025-06-10 or later) is a share-count change, not a low.
    expect(r.low.date).not.toBe('2025-06-10');
    expect(r.closesComparable).toBe(false);
    expect(r.complete).toBe(false);
  });

  it('is null without rows', () => {
    expect(fiftyTwoWeekRange([], [])).toBeNull();
  });
});

describe('rebasedLines', () => {
  it('BYD: 2025-06-10 plots +2.57 % (135.60 against 396.60 / 3), not the naive -65.8 %', () => {
    const lines = rebasedLines(byd, [], []);
    const i = lines.findIndex((p) => p.date === '2025-06-10');
    const move = lines[i]!.stock / lines[i - 1]!.stock - 1;
    expect(move * 100).toBeCloseTo((135.6 / (396.6 / 3) - 1) * 100, 6);
    expect(move * 100).toBeCloseTo(2.5719, 3);
    // Not one day-to-day step in the plotted line is a -65 % cliff.
    for (let k = 1; k < lines.length; k++) expect(lines[k]!.stock / lines[k - 1]!.stock).toBeGreaterThan(0.8);
  });

  it('rebases the stock, the HSI and the industry to 100 on the first session', () => {
    const days = tencent.slice(0, 3);
    const hsi = [
      { date: days[0]!.date, close: 16_000, changePct: 0 },
      { date: days[1]!.date, close: 16_400, changePct: 2.5 },
      { date: days[2]!.date, close: 15_580, changePct: -5 },
    ];
    const industry = [
      { date: days[0]!.date, changePct: 9 }, // the base day: not counted
      { date: days[1]!.date, changePct: 10 },
      { date: days[2]!.date, changePct: -10 },
    ];
    const lines = rebasedLines(days, hsi, industry);
    expect(lines.map((p) => p.hsi)).toEqual([100, 102.49999999999999, 97.375].map((v) => expect.closeTo(v, 9) as unknown as number));
    expect(lines[0]!.industry).toBe(100);
    expect(lines[1]!.industry).toBeCloseTo(110, 9);
    expect(lines[2]!.industry).toBeCloseTo(99, 9);
    expect(lines[0]!.stock).toBe(100);
    expect(lines[2]!.stock).toBeCloseTo((tencentBars[3]!.close / tencentBars[1]!.close) * 100, 9);
  });

  it('draws a log scale when the lines span more than 4×, else linear', () => {
    expect(chartGeometry(rebasedLines(tencent, [], [])).scale).toBe('linear');
    const rocket = [1, 2, 3, 4, 5].map((k, i): StockDay => ({ date: `2025-01-0${k}`, close: null, closeBasis: null, changePct: 100, volume: null, turnover: null, growth: 2 ** (i + 1), extreme: true }));
    expect(chartGeometry(rebasedLines(rocket, [], [])).scale).toBe('log');
  });
});

describe('largestDays, extremeDays, turnoverVsAverage', () => {
  const day = (date: string, changePct: number, turnover: number | null = 100): StockDay => ({ date, close: 1, closeBasis: 'actual', changePct, volume: 1, turnover, growth: 1, extreme: Math.abs(changePct) > 50 });

  it.each([
    // moves, largest up (dates), largest down (dates)
    [[1, -2, 3, -4, 0], ['d3', 'd1'], ['d4', 'd2']],
    [[], [], []],
    [[0, 0], [], []],
    [[5, 5], ['d2', 'd1'], []],
  ])('%j', (moves, up, down) => {
    const days = moves.map((m, i) => day(`d${i + 1}`, m));
    const r = largestDays(days, 2);
    expect(r.up.map((d) => d.date)).toEqual(up);
    expect(r.down.map((d) => d.date)).toEqual(down);
  });

  it('flags days beyond ±50 %, newest first', () => {
    expect(extremeDays([day('a', 50), day('b', 50.01), day('c', -76.4), day('d', 9876.5)]).map((d) => d.date)).toEqual(['d', 'c', 'b']);
  });

  it.each([
    // turnovers (last is the session), expected average, ratio
    [[100, 200, 300, 400], 200, 2],
    [[null, 100, null, 50], 100, 0.5],
    [[100], null, null],
  ])('%j', (turnovers, average, ratio) => {
    const r = turnoverVsAverage(turnovers.map((t, i) => day(`d${i}`, 0, t)))!;
    expect(r.average).toBe(average);
    expect(r.ratio).toBe(ratio);
  });

  it('averages the 20 sessions before the latest', () => {
    const days = Array.from({ length: 30 }, (_, i) => day(`d${String(i).padStart(2, '0')}`, 0, i < 9 ? 1_000_000 : 10));
    const r = turnoverVsAverage(days)!;
    // Sessions 9..28 (20 of them) traded 10 each; session 29 is the latest (10).
    expect([r.sessions, r.average, r.ratio]).toEqual([20, 10, 1]);
  });
});

describe('stockHistoryCsv', () => {
  it('writes date, close, basis, % change, volume and turnover, CRLF', () => {
    const csv = stockHistoryCsv(byd.filter((d) => d.date === '2025-06-10'));
    expect(csv).toBe(`date,close,closeBasis,changePct,volume,turnover\r\n2025-06-10,135.6,actual,2.5719,39625855,${Math.round(135.6 * 39625855)}\r\n`);
  });
});
