import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { loadSession } from '@/lib/data/sessions';
import { CSV_COLUMNS, csvNumber, csvText, sessionCsv } from '@/lib/share/export';
import { HOSTILE_NAMES, hostileSession } from './hostile-session';

describe('csvText', () => {
  it.each([
    ['plain', 'TENCENT', 'TENCENT'],
    ['a comma', 'HK, CHINA', '"HK, CHINA"'],
    ['a quote', 'say "hi"', '"say ""hi"""'],
    ['a newline', 'A\nB', '"A\nB"'],
    ['a CR', 'A\rB', '"A\rB"'],
    ['a formula', '=cmd', "'=cmd"],
    ['a plus', '+1', "'+1"],
    ['a minus', '-1', "'-1"],
    ['an at sign', '@SUM(A1)', "'@SUM(A1)"],
    ['a leading tab', '\t=1', "'\t=1"],
    ['a formula with a comma', '=A1,B1', `"'=A1,B1"`],
    ['Chinese', '長和', '長和'],
    ['null', null, ''],
  ])('%s', (_name, input, want) => {
    expect(csvText(input)).toBe(want);
  });
});

describe('csvNumber', () => {
  it.each([
    [-1.25, '-1.25'],
    [0, '0'],
    [2.2375, '2.2375'],
    [null, ''],
    [Number.NaN, ''],
    [Number.POSITIVE_INFINITY, ''],
  ])('%s → %s', (input, want) => {
    expect(csvNumber(input)).toBe(want);
  });
});

describe('sessionCsv', () => {
  const csv = sessionCsv(hostileSession, [
    { id: 'gold-miners', name: 'Gold miners', codes: ['00001', '00003'] },
    { id: 'hk-utilities', name: 'HK utilities; power', codes: ['00002'] },
  ]);
  const rows = parse(csv, { relaxQuotes: false }) as string[][];

  it('is RFC 4180: CRLF line ends, a header row, one row per stock', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
  });

  it('round-trips hostile names as text, formulas neutralised', () => {
    expect(rows[1]![1]).toBe(HOSTILE_NAMES.img);
    expect(rows[2]![1]).toBe(HOSTILE_NAMES.quotes);
    expect(rows[3]![1]).toBe(`'${HOSTILE_NAMES.formula}`);
    expect(rows[3]![2]).toBe(HOSTILE_NAMES.comma);
  });

  it('keeps negative numbers as numbers and joins theme names with ";"', () => {
    expect(rows[2]![5]).toBe('-1.25');
    expect(rows[1]![4]).toBe('Gold miners');
    expect(rows[3]![4]).toBe('Gold miners');
    expect(rows[2]![4]).toBe('HK utilities; power');
    expect(rows[2]![7]).toBe(String(5 / (1 - 1.25 / 100))); // prevClose derived by the loader
    expect(rows[2]![8]).toBe(''); // unknown volume stays empty
    expect(rows[3]![9]).toBe('6000'); // turnover = close × volume
  });

  it('writes the 2025-05-21 session, 491 stocks, CATL +10.19%', () => {
    const load = loadSession('2025-05-21');
    if (load.status !== 'ok') throw new Error('2025-05-21 not loadable');
    const all = parse(sessionCsv(load.session), { columns: true }) as Record<string, string>[];
    expect(all).toHaveLength(491);
    const catl = all.find((r) => r.code === '03750')!;
    expect(catl.name).toBe('CATL');
    expect(Number(catl.changePct).toFixed(2)).toBe('10.19');
  });
});

