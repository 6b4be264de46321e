import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCalendarCsv } from '@/lib/calendar';
import { formatProblem, validateSession, type ValidationResult } from '@/lib/session/validate';

const calendar = parseCalendarCsv(fs.readFileSync(path.resolve('data/hkex-calendar.csv'), 'utf8'));
const FILE = 'data/sessions/2025-05-21.json';

/** A small valid snapshot in the contract's own words (the example). */
function snapshot(): Record<string, unknown> & { stocks: Record<string, unknown>[]; indices: Record<string, unknown>[] } {
  return {
    schemaVersion: 1,
    date: '2025-05-21',
    market: 'XHKG',
    session: 'full',
    indices: [{ id: 'HSI', name: 'Hang Seng Index', close: 23827.78, prevClose: 23681.48 }],
    stocks: [
      {
        code: '00700',
        name: 'TENCENT',
        nameZh: '騰訊控股',
        sector: 'Information Technology',
        changePct: 0.68,
        close: 520.5,
        prevClose: 517.0,
        volume: 18924042,
        turnover: 9849965861,
        marketCap: null,
        closeBasis: 'actual',
      },
      { code: '02899', name: 'ZIJIN MINING', sector: 'Materials', changePct: 7.93 },
    ],
    sectors: [{ sector: 'Materials', changePct: 2.24 }],
  };
}

function run(value: unknown, options = {}): ValidationResult {
  return validateSession(JSON.stringify(value), FILE, { calendar, expectedDate: '2025-05-21', ...options });
}

function errorLines(result: ValidationResult): string[] {
  return result.ok ? [] : result.errors.map(formatProblem);
}

function warningLines(result: ValidationResult): string[] {
  return result.warnings.map(formatProblem);
}

describe('validateSession', () => {
  it('accepts the contract example with no warnings', () => {
    const result = run(snapshot());
    expect(errorLines(result)).toEqual([]);
    expect(result.ok).toBe(true);
    expect(warningLines(result)).toEqual([]);
  });

  it('names the file, the JSON path and the wrong value, as promised', () => {
    const s = snapshot();
    s.stocks = Array.from({ length: 13 }, (_, i) => ({ code: String(i + 1).padStart(5, '0'), name: `S${i}`, sector: 'Energy', changePct: 1 }));
    s.stocks[12]!.changePct = 'n/a';
    expect(errorLines(run(s))).toEqual(['data/sessions/2025-05-21.json: stocks[12].changePct: expected number, got "n/a"']);
  });

  it.each([
    ['missing name', (s: ReturnType<typeof snapshot>) => delete s.stocks[1]!.name, 'stocks[1].name: required field is missing (expected string)'],
    ['4-digit code', (s: ReturnType<typeof snapshot>) => (s.stocks[1]!.code = '2899'), 'stocks[1].code: expected a 5-digit HKEX code such as "00700" (got "2899")'],
    ['unknown industry', (s: ReturnType<typeof snapshot>) => (s.stocks[1]!.sector = 'Tech'), 'stocks[1].sector: "Tech" is not one of the 12 Hang Seng industries'],
    ['no change and no prices', (s: ReturnType<typeof snapshot>) => delete s.stocks[1]!.changePct, 'stocks[1]: a stock needs changePct or both close and prevClose'],
    ['index without prevClose or change', (s: ReturnType<typeof snapshot>) => delete s.indices[0]!.prevClose, 'indices[0]: an index needs prevClose or changePct'],
    ['negative close', (s: ReturnType<typeof snapshot>) => (s.stocks[0]!.close = -1), 'stocks[0].close:'],
    ['wrong market', (s: ReturnType<typeof snapshot>) => (s.market = 'XSHG'), 'market: expected "XHKG", got "XSHG"'],
    ['schema version 2', (s: ReturnType<typeof snapshot>) => (s.schemaVersion = 2), 'schemaVersion: expected 1, got 2'],
    ['impossible date', (s: ReturnType<typeof snapshot>) => (s.date = '2025-02-30'), 'date: not a real calendar date'],
    ['session kind', (s: ReturnType<typeof snapshot>) => (s.session = 'morning'), 'session: expected "full" or "half", got "morning"'],
    ['stocks not an array', (s: ReturnType<typeof snapshot>) => ((s as Record<string, unknown>).stocks = {}), 'stocks: expected array, got an object'],
  ])('rejects %s with a message naming the path', (_name, mutate, expected) => {
    const s = snapshot();
    mutate(s);
    const lines = errorLines(run(s));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.some((l) => l.startsWith(`${FILE}: ${expected}`))).toBe(true);
  });

  it('rejects duplicate codes, naming both places', () => {
    const s = snapshot();
    s.stocks[1]!.code = '00700';
    expect(errorLines(run(s))).toContain(`${FILE}: stocks[1].code: duplicate code "00700" (first at stocks[0])`);
  });

  it('rejects a date that disagrees with the file name', () => {
    const s = snapshot();
    s.date = '2025-05-22';
    expect(errorLines(run(s))).toContain(`${FILE}: date: "2025-05-22" does not match the file name (2025-05-21)`);
  });

  it('rejects changePct far from close/prevClose, warns when slightly off', () => {
    const far = snapshot();
    far.stocks[0]!.changePct = 6.8;
    expect(errorLines(run(far)).join('\n')).toMatch(/stocks\[0\]\.changePct: changePct 6\.8 disagrees with close\/prevClose \(520\.5 \/ 517 = 0\.68 %\)/);
    const near = snapshot();
    near.stocks[0]!.changePct = 0.75;
    const result = run(near);
    expect(result.ok).toBe(true);
    expect(warningLines(result).join('\n')).toMatch(/stocks\[0\]\.changePct: changePct 0\.75 disagrees/);
  });

  it('warns about a move beyond ±50 % without rejecting it', () => {
    const s = snapshot();
    s.stocks[1]!.changePct = 198.4;
    const result = run(s);
    expect(result.ok).toBe(true);
    expect(warningLines(result)).toContain(`${FILE}: stocks[1].changePct: extreme move of 198.40 % for 02899 ZIJIN MINING: a real event or a data glitch; check it`);
  });

  it.each([
    ['2025-05-31', 'is not an HKEX trading day (closed weekend)'],
    ['2025-04-18', 'is not an HKEX trading day (closed holiday: Good Friday)'],
    ['2024-09-06', 'is not an HKEX trading day (closed adhoc'],
  ])('warns that %s is not a trading day', (date, message) => {
    const s = snapshot();
    s.date = date;
    const result = validateSession(JSON.stringify(s), `data/sessions/${date}.json`, { calendar, expectedDate: date });
    expect(result.ok).toBe(true);
    expect(warningLines(result).join('\n')).toContain(`date: ${date} ${message}`);
  });

  it('warns when a half day is called full', () => {
    const s = snapshot();
    s.date = '2024-12-24';
    const result = validateSession(JSON.stringify(s), 'x.json', { calendar });
    expect(warningLines(result)).toContain('x.json: session: session is "full" but the HKEX calendar has a half day on 2024-12-24');
  });

  it('warns about unknown fields instead of dropping them silently', () => {
    const s = snapshot();
    s.stocks[0]!.changepct = 1;
    expect(warningLines(run(s))).toContain(`${FILE}: stocks[0].changepct: unknown field "changepct" is ignored`);
  });

  it.each([
    ['not JSON', Buffer.from('{"schemaVersion": 1,'), /^data\/sessions\/2025-05-21\.json: \(file\): not valid JSON: /],
    ['invalid UTF-8', Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), /^data\/sessions\/2025-05-21\.json: \(file\): not valid UTF-8 text$/],
    ['an array', Buffer.from('[]'), /^data\/sessions\/2025-05-21\.json: \(root\): expected object, got an array$/],
    ['deeply nested', Buffer.from('['.repeat(200_000) + ']'.repeat(200_000)), /\(file\): not valid JSON|\(root\): expected object/],
  ])('rejects a file that is %s', (_name, bytes, pattern) => {
    const result = validateSession(bytes, FILE);
    expect(result.ok).toBe(false);
    expect(errorLines(result)[0]).toMatch(pattern);
  });

  it('refuses a file over the size limit before parsing it', () => {
    const result = validateSession(Buffer.alloc(2048, 0x20), FILE, { maxBytes: 1024 });
    expect(errorLines(result)).toEqual([`${FILE}: (file): file is 2.0 KB, larger than the 1.0 KB limit`]);
  });

  it('accepts a sparse hand-written snapshot (a few stocks, changePct only)', () => {
    const sparse = {
      schemaVersion: 1,
      date: '2025-05-21',
      market: 'XHKG',
      session: 'full',
      indices: [{ id: 'HSI', name: 'Hang Seng Index', close: 23827.79, changePct: 0.6 }],
      stocks: [{ code: '03750', name: 'CATL', sector: 'Industrials', changePct: 9 }],
    };
    expect(run(sparse).ok).toBe(true);
  });
});
