/**
 * The ingest against slices of the real vendor files (tests/fixtures/hkex, cut from shared/data/hk).
 * Expected values are read from the CSV lines in the test itself or quoted from the data's README, never taken from the code under test.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCalendarCsv, type HkexCalendar } from '@/lib/calendar';
import { buildSessions, type BuildInput } from '@/lib/ingest/build';
import { normaliseCode, readActionsCsv, readBarsCsv, readIndexClosesCsv, readSecuritiesCsv, type Security } from '@/lib/ingest/csv';
import type { IndexClose } from '@/lib/ingest/csv';
import type { SessionFile } from '@/lib/schema/session';
import { dailyBarsText, hkexFixture } from '../support/hk-fixtures';

/** The bars file cut to [from, to] by plain string tests on each line, so the ingest parses a real slice. */
function barsSlice(from: string, to: string): string {
  const [header, ...lines] = dailyBarsText().split(/\r?\n/);
  return [header, ...lines.filter((l) => l.slice(0, 10) >= from && l.slice(0, 10) <= to)].join('\n');
}

/** `close` and `volume` of one stock on one date, straight from the CSV line. */
function csvBar(text: string, date: string, code: string): { close: number; volume: number } {
  const line = text.split(/\r?\n/).find((l) => l.startsWith(`${date},${code},`));
  if (!line) throw new Error(`no bar for ${code} on ${date}`);
  const [, , close, volume] = line.split(',');
  return { close: Number(close), volume: Number(volume) };
}

let securities: Security[];
let indexCloses: IndexClose[];
let calendar: HkexCalendar;

beforeAll(() => {
  securities = readSecuritiesCsv(hkexFixture('securities'));
  indexCloses = readIndexClosesCsv(hkexFixture('indexCloses'));
  calendar = parseCalendarCsv(hkexFixture('calendar'));
});

function build(barsText: string, extra: Partial<BuildInput> = {}) {
  return buildSessions({ securities, bars: readBarsCsv(barsText), indexCloses, calendar, ...extra });
}

function sessionOn(sessions: SessionFile[], date: string): SessionFile {
  const session = sessions.find((s) => s.date === date);
  if (!session) throw new Error(`no session for ${date}`);
  return session;
}

describe('round trip on 2025-05-20..22 from the real CSVs', () => {
  const text = barsSlice('2025-05-01', '2025-05-22');
  let result: ReturnType<typeof buildSessions>;
  beforeAll(() => {
    result = build(text, { from: '2025-05-20', to: '2025-05-22' });
  });

  it('builds the three sessions, full days', () => {
    expect(result.sessions.map((s) => [s.date, s.session])).toEqual([
      ['2025-05-20', 'full'],
      ['2025-05-21', 'full'],
      ['2025-05-22', 'full'],
    ]);
    expect(result.refused).toEqual([]);
  });

  it('Tencent 00700 on 2025-05-21 matches the CSV lines', () => {
    const prev = csvBar(text, '2025-05-20', '00700');
    const today = csvBar(text, '2025-05-21', '00700');
    const tencent = sessionOn(result.sessions, '2025-05-21').stocks.find((s) => s.code === '00700');
    expect(tencent).toMatchObject({ name: 'TENCENT', nameZh: '騰訊控股', sector: 'Information Technology', closeBasis: 'actual' });
    expect(tencent?.close).toBe(today.close);
    expect(tencent?.prevClose).toBe(prev.close);
    expect(tencent?.volume).toBe(today.volume);
    expect(tencent?.changePct).toBeCloseTo((today.close / prev.close - 1) * 100, 4);
    expect(tencent?.turnover).toBe(Math.round(today.close * today.volume));
    expect(tencent).not.toHaveProperty('listingDate');
  });

  it('HSI on 2025-05-21: 23,827.78 from 23,681.48, +0.62 % (+146.30 points)', () => {
    const hsi = sessionOn(result.sessions, '2025-05-21').indices.find((i) => i.id === 'HSI');
    expect(hsi).toMatchObject({ name: 'Hang Seng Index', close: 23827.78, prevClose: 23681.48 });
    expect((hsi?.close ?? 0) - (hsi?.prevClose ?? 0)).toBeCloseTo(146.3, 2);
    expect(hsi?.changePct).toBeCloseTo(0.62, 2);
  });

  it('has HSI and HSCEI but no HSTECH (its closes end 2024-11-12), and says so once', () => {
    for (const s of result.sessions) expect(s.indices.map((i) => i.id)).toEqual(['HSI', 'HSCEI']);
    const absent = result.notes.filter((n) => n.kind === 'index-absent');
    expect(absent).toHaveLength(1);
    expect(absent[0]?.message).toContain('HSTECH');
    expect(absent[0]?.message).toContain('2024-11-12');
  });

  it('skips CATL 03750 on its first day and lists it on the second with its listing date', () => {
    expect(sessionOn(result.sessions, '2025-05-20').stocks.some((s) => s.code === '03750')).toBe(false);
    expect(result.notes).toContainEqual({
      kind: 'new-listing',
      date: '2025-05-20',
      code: '03750',
      message: 'skipped 03750 CATL on 2025-05-20: first bar in the data, no previous close',
    });
    const catl = sessionOn(result.sessions, '2025-05-21').stocks.find((s) => s.code === '03750');
    expect(Number(catl?.changePct?.toFixed(2))).toBe(10.19);
    expect(catl?.listingDate).toBe('2025-05-20');
    expect(catl?.closeBasis).toBe('adjusted');
  });

  it('Materials on 2025-05-21 averages +2.24 %; sectors come sorted by name', () => {
    const sectors = sessionOn(result.sessions, '2025-05-21').sectors ?? [];
    expect(sectors.find((s) => s.sector === 'Materials')?.changePct.toFixed(2)).toBe('2.24');
    const names = sectors.map((s) => s.sector);
    expect(names).toEqual([...names].sort());
    expect(names).toHaveLength(12);
  });
});

describe('BYD 01211 3-for-1 bonus issue on 2025-06-10', () => {
  const text = barsSlice('2025-06-02', '2025-06-10');
  const day = { from: '2025-06-10', to: '2025-06-10' };
  const byd = (s: SessionFile[]) => sessionOn(s, '2025-06-10').stocks.find((x) => x.code === '01211');

  it('with the action file: previous close 396.60 / 3 = 132.20, close 135.60, +2.57 %, no flag', () => {
    const actions = readActionsCsv(fs.readFileSync(path.resolve(process.cwd(), 'data/corporate-actions.csv'), 'utf8'));
    const result = build(text, { ...day, actions });
    expect(byd(result.sessions)).toMatchObject({ close: 135.6, prevClose: 132.2 });
    expect(byd(result.sessions)?.changePct).toBeCloseTo(2.57, 2);
    expect(result.notes.filter((n) => n.kind === 'unexplained-move')).toEqual([]);
  });

  it('without it: -65.81 %, flagged as an unexplained move and kept out of the sector average', () => {
    const result = build(text, day);
    expect(byd(result.sessions)).toMatchObject({ close: 135.6, prevClose: 396.6 });
    expect(byd(result.sessions)?.changePct).toBeCloseTo(-65.81, 2);
    const flags = result.notes.filter((n) => n.kind === 'unexplained-move');
    expect(flags).toHaveLength(1);
    expect(flags[0]?.message).toBe('unexplained move 2025-06-10 01211 BYD COMPANY -65.81 %');
    const withAction = build(text, { ...day, actions: [{ date: '2025-06-10', code: '01211', factor: 3, line: 2 }] });
    const sector = (r: typeof result) => sessionOn(r.sessions, '2025-06-10').sectors?.find((s) => s.sector === 'Consumer Discretionary')?.changePct;
    // Dropping BYD's -65.81 % from the mean and putting its +2.57 % in must move the average by a little, not by ~0.7 pp.
    expect(Math.abs((sector(withAction) ?? 0) - (sector(result) ?? 0))).toBeLessThan(0.1);
  });
});

describe('normaliseCode', () => {
  it.each([
    ['700', '00700'],
    ['0700', '00700'],
    ['0700.HK', '00700'],
    ['0700.hk', '00700'],
    ['00700', '00700'],
    ['5', '00005'],
    [' 9988.HK ', '09988'],
    ['03750', '03750'],
    ['000700', '00700'],
  ])('%j → %s', (raw, code) => {
    expect(normaliseCode(raw)).toBe(code);
  });

  it.each(['', 'ABC', 'HK700', '700.0', '-700', '123456', '0', '00000', '7 00', '0700.SS', '0x700'])('rejects %j', (raw) => {
    expect(() => normaliseCode(raw)).toThrow(`${JSON.stringify(raw)} is not an HKEX stock code`);
  });
});

describe('calendar', () => {
  const rows = ['date,code,close,volume,close_basis', '2025-05-29,00700,510.0,100,actual', '2025-05-30,00700,505.0,100,actual', '2025-05-31,00700,506.0,100,actual'];

  it('refuses a bar date that is not an HKEX trading day and builds the others', () => {
    const result = build(rows.join('\n'));
    expect(result.refused).toEqual([{ date: '2025-05-31', message: 'not an HKEX trading day (closed_weekend)' }]);
    // 05-29 is the first date in these bars: nothing has a previous close yet.
    expect(result.empty).toEqual([{ date: '2025-05-29', message: 'first date in the bars, no previous closes' }]);
    expect(result.sessions.map((s) => s.date)).toEqual(['2025-05-30']);
  });

  it('refuses a single requested date that is a holiday', () => {
    const result = build(rows.join('\n'), { from: '2025-05-05', to: '2025-05-05' });
    expect(result.refused).toEqual([{ date: '2025-05-05', message: "not an HKEX trading day (closed_holiday: The Buddha's Birthday)" }]);
    expect(result.sessions).toEqual([]);
  });

  it('marks a half day (Christmas Eve 2024)', () => {
    const text = barsSlice('2024-12-20', '2024-12-24');
    const result = build(text, { from: '2024-12-24', to: '2024-12-24' });
    expect(result.sessions.map((s) => s.session)).toEqual(['half']);
  });

  it('without a calendar builds every date in the bars', () => {
    const result = build(rows.join('\n'), { calendar: undefined });
    expect(result.sessions.map((s) => s.date)).toEqual(['2025-05-30', '2025-05-31']);
    expect(result.sessions[1]?.stocks[0]).toMatchObject({ code: '00700', close: 506, prevClose: 505 });
  });
});

describe('malformed CSV', () => {
  it.each([
    ['2025-05-21,00700,n/a,100,actual', 'daily_bars.csv: line 3, column close: expected a plain decimal number such as 41.25 (got "n/a")'],
    ['2025-05-21,TENCENT,520.5,100,actual', 'daily_bars.csv: line 3, column code: "TENCENT" is not an HKEX stock code'],
    ['2025-02-30,00700,520.5,100,actual', 'daily_bars.csv: line 3, column date: not a real calendar date (got "2025-02-30")'],
    ['2025-05-21,00700,520.5,100,real', 'daily_bars.csv: line 3, column close_basis: expected one of actual, adjusted, approx (got "real")'],
    ['2025-05-21,00700,520.5', 'daily_bars.csv: line 3: '],
    ['2025-05-20,700.HK,517,100,actual', 'daily_bars.csv: line 3: duplicate bar for 00700 on 2025-05-20 (first at line 2)'],
  ])('%s', (bad, message) => {
    const text = ['date,code,close,volume,close_basis', '2025-05-20,00700,517.0,100,actual', bad].join('\r\n');
    expect(() => readBarsCsv(text, 'daily_bars.csv')).toThrow(message);
  });

  it('names a missing column in the header', () => {
    expect(() => readIndexClosesCsv('date,index\n2025-05-21,HSI\n', 'index_closes.csv')).toThrow('index_closes.csv: line 1: header lacks column close');
  });

  it('names an industry outside the 12', () => {
    const text = 'code,name_en,name_zh,industry\n00700,TENCENT,,Technology\n';
    expect(() => readSecuritiesCsv(text, 'securities.csv')).toThrow('securities.csv: line 2, column industry: expected one of Conglomerates');
  });
});
