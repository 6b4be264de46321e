/**
 * Writing snapshots: atomic, never over an existing file without --force, one stock per line, and
 * nothing written that the app's own validation would refuse. Inputs are small CSVs cut from the real
 * ../shared/data/hk lines (Tencent and the HSI around 2025-05-21).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runIngest, type IngestOptions } from '@/lib/ingest/run';
import { serialiseSession, writeFileAtomic } from '@/lib/ingest/write';
import type { SessionFile } from '@/lib/schema/session';
import { validateSession } from '@/lib/session/validate';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const CSV = {
  'securities.csv': 'code,name_en,name_zh,industry,isin,hsi_constituent\n00700,TENCENT,騰訊控股,Information Technology,KYG875721634,1\n',
  'bars.csv': 'date,code,close,volume,close_basis\n2025-05-20,00700,517.000,15792185,actual\n2025-05-21,00700,520.500,18924042,actual\n',
  'indices.csv': 'date,index,close\n2025-05-20,HSI,23681.48\n2025-05-21,HSI,23827.78\n',
  'calendar.csv': 'date,weekday,status,note\n2025-05-20,Tue,full_day,\n2025-05-21,Wed,full_day,\n',
};

function inputs(overrides: Partial<Record<keyof typeof CSV, string>> = {}): IngestOptions {
  const files = { ...CSV, ...overrides };
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return {
    securities: path.join(dir, 'securities.csv'),
    bars: path.join(dir, 'bars.csv'),
    indices: path.join(dir, 'indices.csv'),
    calendar: path.join(dir, 'calendar.csv'),
    out: path.join(dir, 'sessions'),
  };
}

const session = (close: number): SessionFile => ({
  schemaVersion: 1,
  date: '2025-05-21',
  market: 'XHKG',
  session: 'full',
  indices: [],
  stocks: [{ code: '00700', name: 'TENCENT', sector: 'Information Technology', close, prevClose: 517 }],
});

describe('writeFileAtomic', () => {
  it('does not replace an existing file without force, does with force, and leaves no temp files', () => {
    const out = path.join(dir, 'sessions');
    const file = path.join(out, '2025-05-21.json');
    const first = serialiseSession(session(520.5));
    const second = serialiseSession(session(521));

    expect(writeFileAtomic(out, '2025-05-21.json', first)).toBe('written');
    expect(writeFileAtomic(out, '2025-05-21.json', second)).toBe('exists');
    expect(fs.readFileSync(file, 'utf8')).toBe(first);

    expect(writeFileAtomic(out, '2025-05-21.json', second, { force: true })).toBe('written');
    expect(fs.readFileSync(file, 'utf8')).toBe(second);
    expect(fs.readdirSync(out)).toEqual(['2025-05-21.json']);
  });

  it('creates the out directory', () => {
    const out = path.join(dir, 'a', 'b');
    expect(writeFileAtomic(out, 'x.json', '{}\n')).toBe('written');
    expect(fs.readFileSync(path.join(out, 'x.json'), 'utf8')).toBe('{}\n');
  });
});

describe('serialiseSession', () => {
  it('writes one row per line, keys in contract order, and valid JSON that round-trips', () => {
    const value: SessionFile = {
      ...session(520.5),
      indices: [{ id: 'HSI', name: 'Hang Seng Index', close: 23827.78, prevClose: 23681.48, changePct: 0.6178 }],
      sectors: [{ sector: 'Information Technology', changePct: 0.677 }],
    };
    const text = serialiseSession(value);
    expect(JSON.parse(text)).toEqual(value);
    expect(Object.keys(JSON.parse(text))).toEqual(['schemaVersion', 'date', 'market', 'session', 'indices', 'stocks', 'sectors']);
    expect(text.split('\n')).toContain(
      '    {"code":"00700","name":"TENCENT","sector":"Information Technology","close":520.5,"prevClose":517}',
    );
    expect(validateSession(text, 'x.json').ok).toBe(true);
  });
});

describe('runIngest', () => {
  it('writes, then skips an existing session without --force, then replaces it with --force', () => {
    const options = inputs();
    const first = runIngest(options);
    // 2025-05-20 is the first date in these bars, so nothing has a previous close: no file for it.
    expect(first.lines).toContain('skipped 2025-05-20: first date in the bars, no previous closes');
    expect(first.counts).toEqual({ written: 1, skipped: 1, refused: 0, invalid: 0 });
    expect(first.lines.at(-1)).toBe('wrote 1, skipped 1, refused 0, invalid 0');
    const file = path.join(options.out, '2025-05-21.json');
    const written = JSON.parse(fs.readFileSync(file, 'utf8')) as SessionFile;
    // 520.5 / 517 − 1 = 0.6770 %; 520.5 × 18,924,042 = 9,849,963,861 HKD
    expect(written.stocks[0]).toEqual({
      code: '00700', name: 'TENCENT', nameZh: '騰訊控股', sector: 'Information Technology', changePct: 0.677,
      close: 520.5, prevClose: 517, volume: 18924042, turnover: 9849963861, closeBasis: 'actual',
    });

    fs.writeFileSync(file, '{"edited": true}\n');
    const again = runIngest(options);
    expect(again.lines).toContain('skipped 2025-05-21: exists (use --force)');
    expect(again.lines.at(-1)).toBe('wrote 0, skipped 2, refused 0, invalid 0');
    expect(fs.readFileSync(file, 'utf8')).toBe('{"edited": true}\n');

    const forced = runIngest({ ...options, force: true });
    expect(forced.counts.written).toBe(1);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual(written);
    expect(fs.readdirSync(options.out)).toEqual(['2025-05-21.json']);
  });

  it('reports a refused non-trading day with the calendar', () => {
    const options = inputs({
      'bars.csv': `${CSV['bars.csv']}2025-05-24,00700,519.000,100,actual\n`,
      'calendar.csv': `${CSV['calendar.csv']}2025-05-24,Sat,closed_weekend,\n`,
    });
    const report = runIngest(options);
    expect(report.lines).toContain('refused 2025-05-24: not an HKEX trading day (closed_weekend)');
    expect(report.lines.at(-1)).toBe('wrote 1, skipped 1, refused 1, invalid 0');
    expect(report.exitCode).toBe(0);
    expect(fs.readdirSync(options.out)).toEqual(['2025-05-21.json']);
  });

  it('does not write an invalid snapshot and exits 1', () => {
    const longName = 'T'.repeat(201); // the contract allows 200 characters
    const options = inputs({ 'securities.csv': `code,name_en,name_zh,industry\n00700,${longName},,Information Technology\n` });
    const report = runIngest(options);
    expect(report.exitCode).toBe(1);
    expect(report.lines).toContain('invalid 2025-05-21: not written');
    expect(report.lines.some((l) => l.includes('2025-05-21.json: stocks[0].name:'))).toBe(true);
    expect(report.lines.at(-1)).toBe('wrote 0, skipped 1, refused 0, invalid 1');
    expect(fs.existsSync(path.join(options.out, '2025-05-21.json'))).toBe(false);
  });

  it('names the file and line of a malformed row', () => {
    const options = inputs({ 'bars.csv': `${CSV['bars.csv']}2025-05-22,00700,,100,actual\n` });
    expect(() => runIngest(options)).toThrow(`${options.bars}: line 4, column close:`);
  });
});
