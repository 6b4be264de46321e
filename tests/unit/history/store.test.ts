/**
 * The history store against temporary data folders: what enters it, what leaves, what a restart reuses,
 * and period returns on cases worked out by hand (and one real stock against its closes in the vendored
 * CSV fixture, tests/fixtures/history/).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { industryPeriodMoves } from '@/lib/history/industry-period';
import { DuckDbHistoryStore, slotPath } from '@/lib/history/store';

interface StockSpec {
  code: string;
  changePct: number;
  sector?: string;
  close?: number;
  turnover?: number;
}

let dir: string;
let storePath: string;
const open: DuckDbHistoryStore[] = [];

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'history-store-'));
  fs.mkdirSync(path.join(dir, 'sessions'));
  storePath = path.join(dir, 'store', 'history.duckdb');
});

afterEach(() => {
  for (const s of open.splice(0)) s.close();
  fs.rmSync(dir, { recursive: true, force: true });
  vi.restoreAllMocks();
});

let tick = 1_700_000_000;
/** Writes a session file with a fresh mtime (so a rewrite within the same millisecond still reads as changed). */
function writeSession(date: string, stocks: StockSpec[], hsi?: { close: number; prevClose: number }) {
  const body = {
    schemaVersion: 1,
    date,
    market: 'XHKG',
    session: 'full',
    indices: hsi ? [{ id: 'HSI', name: 'Hang Seng Index', ...hsi }] : [],
    stocks: stocks.map((s) => ({
      code: s.code,
      name: `STOCK ${s.code}`,
      sector: s.sector ?? 'Materials',
      changePct: s.changePct,
      ...(s.close !== undefined ? { close: s.close } : {}),
      ...(s.turnover !== undefined ? { turnover: s.turnover } : {}),
    })),
  };
  writeRaw(date, JSON.stringify(body));
}

function writeRaw(date: string, text: string) {
  const file = path.join(dir, 'sessions', `${date}.json`);
  fs.writeFileSync(file, text);
  tick += 10;
  fs.utimesSync(file, tick, tick);
}

async function openStore(lockWaitMs = 0): Promise<DuckDbHistoryStore> {
  // checkMs/scanMs 0: every query looks at the folder, so a test sees a change at once.
  const store = await DuckDbHistoryStore.open({ dataDir: dir, storePath, checkMs: 0, scanMs: 0, watch: false, lockWaitMs });
  open.push(store);
  return store;
}

function closeStore(store: DuckDbHistoryStore) {
  open.splice(open.indexOf(store), 1);
  store.close();
}

describe('what enters and leaves the store', () => {
  it('a corrected file replaces its rows, and later growth follows', async () => {
    writeSession('2025-01-02', [{ code: '00001', changePct: 10 }]);
    writeSession('2025-01-03', [{ code: '00001', changePct: 1 }]);
    writeSession('2025-01-06', [{ code: '00001', changePct: 1 }]);
    const store = await openStore();
    expect((await store.stockHistory('00001')).map((d) => d.changePct)).toEqual([10, 1, 1]);

    writeSession('2025-01-03', [{ code: '00001', changePct: -5 }]);
    const rows = await store.stockHistory('00001');
    expect(rows.map((d) => d.changePct)).toEqual([10, -5, 1]);
    // 1.10 × 0.95 × 1.01 = 1.05545
    expect(rows[2]!.growth).toBeCloseTo(1.05545, 10);
    expect(store.lastRefresh.parsed).toBe(1);
  });

  it("an industry's daily move is its members' mean, extreme days left out, and follows corrections and deletions", async () => {
    writeSession('2025-01-02', [
      { code: '00001', changePct: 2, sector: 'Materials' },
      { code: '00002', changePct: -1, sector: 'Materials' },
      { code: '00003', changePct: 60, sector: 'Materials' },
      { code: '00004', changePct: 5, sector: 'Energy' },
    ]);
    writeSession('2025-01-03', [
      { code: '00001', changePct: 1, sector: 'Materials' },
      { code: '00002', changePct: 3, sector: 'Materials' },
    ]);
    const store = await openStore();
    // (2 − 1) / 2 = 0.5 (00003's +60 % is beyond ±50 %: left out); (1 + 3) / 2 = 2.
    expect(await store.industryHistory('Materials')).toEqual([
      { date: '2025-01-02', changePct: 0.5, members: 2 },
      { date: '2025-01-03', changePct: 2, members: 2 },
    ]);
    expect(await store.industryHistory('Energy')).toEqual([{ date: '2025-01-02', changePct: 5, members: 1 }]);
    expect(await store.industryHistory('Materials', '2025-01-02')).toHaveLength(1);

    writeSession('2025-01-02', [{ code: '00001', changePct: -4, sector: 'Materials' }]);
    writeSession('2025-01-06', [{ code: '00002', changePct: 7, sector: 'Materials' }]);
    expect(await store.industryHistory('Materials')).toEqual([
      { date: '2025-01-02', changePct: -4, members: 1 },
      { date: '2025-01-03', changePct: 2, members: 2 },
      { date: '2025-01-06', changePct: 7, members: 1 },
    ]);
    expect(await store.industryHistory('Energy')).toEqual([]);

    fs.rmSync(path.join(dir, 'sessions', '2025-01-03.json'));
    expect((await store.industryHistory('Materials')).map((d) => d.date)).toEqual(['2025-01-02', '2025-01-06']);
  });

  it('a store written before the industry table existed derives it on open, without reading a file again', async () => {
    writeSession('2025-01-02', [{ code: '00001', changePct: 2, sector: 'Materials' }, { code: '00002', changePct: 4, sector: 'Materials' }]);
    const first = await openStore();
    expect(await first.industryHistory('Materials')).toEqual([{ date: '2025-01-02', changePct: 3, members: 2 }]);
    closeStore(first);
    // What an older build left behind: no industry rows and no record of the derived tables.
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const db = await DuckDBInstance.create(storePath);
    const conn = await db.connect();
    await conn.run('DELETE FROM industry_days');
    await conn.run("DELETE FROM meta WHERE key = 'derived_format'");
    conn.closeSync();
    db.closeSync();

    const second = await openStore();
    expect(second.parsedSinceOpen).toBe(0);
    expect(await second.industryHistory('Materials')).toEqual([{ date: '2025-01-02', changePct: 3, members: 2 }]);
  });

  it('an invalid file never enters; a valid file replaced by an invalid one keeps its last valid rows', async () => {
    writeSession('2025-01-02', [{ code: '00001', changePct: 2 }]);
    writeRaw('2025-01-03', JSON.stringify({ schemaVersion: 1, date: '2025-01-03', market: 'XHKG', session: 'full', indices: [], stocks: [{ code: '00001', name: 'X', sector: 'Materials', changePct: 'n/a' }] }));
    const store = await openStore();
    expect(await store.sessionDates()).toEqual(['2025-01-02']);
    expect(store.lastRefresh).toMatchObject({ parsed: 2, rejected: 1 });
    const versionBefore = store.version();

    writeRaw('2025-01-02', '{ not json');
    expect(await store.sessionDates()).toEqual(['2025-01-02']);
    expect(store.lastRefresh).toMatchObject({ parsed: 1, rejected: 1 });
    expect((await store.stockHistory('00001')).map((d) => d.changePct)).toEqual([2]);
    expect(store.version()).toBe(versionBefore);

    // Fixed: the new valid version replaces the old one.
    writeSession('2025-01-03', [{ code: '00001', changePct: 3 }]);
    expect(await store.sessionDates()).toEqual(['2025-01-02', '2025-01-03']);
    expect(store.version()).not.toBe(versionBefore);
  });

  it('a deleted file leaves, and the later rows are chained without it', async () => {
    writeSession('2025-01-02', [{ code: '00001', changePct: 10 }]);
    writeSession('2025-01-03', [{ code: '00001', changePct: 10 }]);
    writeSession('2025-01-06', [{ code: '00001', changePct: 10 }]);
    const store = await openStore();
    fs.rmSync(path.join(dir, 'sessions', '2025-01-03.json'));
    expect(await store.sessionDates()).toEqual(['2025-01-02', '2025-01-06']);
    const rows = await store.stockHistory('00001');
    expect(rows.map((d) => d.date)).toEqual(['2025-01-02', '2025-01-06']);
    expect(rows[1]!.growth).toBeCloseTo(1.21, 12);
    expect(store.lastRefresh.removed).toBe(1);
  });

  it('a restart reuses the store: nothing is parsed again, only a file changed meanwhile', async () => {
    for (const [i, d] of ['2025-01-02', '2025-01-03', '2025-01-06', '2025-01-07'].entries()) writeSession(d, [{ code: '00001', changePct: i + 1 }]);
    const first = await openStore();
    expect(first.parsedSinceOpen).toBe(4);
    const before = await first.periodReturns('2025-01-07', '1w');
    closeStore(first);

    const second = await openStore();
    expect(second.parsedSinceOpen).toBe(0);
    expect(await second.periodReturns('2025-01-07', '1w')).toEqual(before);
    closeStore(second);

    writeSession('2025-01-08', [{ code: '00001', changePct: 1 }]);
    const third = await openStore();
    expect(third.parsedSinceOpen).toBe(1);
    expect(await third.sessionDates()).toHaveLength(5);
  });

  it('deleting the store file only costs a rebuild', async () => {
    writeSession('2025-01-02', [{ code: '00001', changePct: 4 }]);
    closeStore(await openStore());
    fs.rmSync(path.dirname(storePath), { recursive: true });
    const store = await openStore();
    expect(store.parsedSinceOpen).toBe(1);
    expect((await store.stockHistory('00001'))[0]!.changePct).toBe(4);
  });

  it('a second process on the same file gets the next slot (DuckDB locks a file per process)', async () => {
    writeSession('2025-01-02', [{ code: '00001', changePct: 4 }]);
    closeStore(await openStore());
    const { spawn } = await import('node:child_process');
    // Another process holds slot 1 while this one opens.
    const holder = spawn(process.execPath, ['-e', `const {DuckDBInstance}=require('@duckdb/node-api');DuckDBInstance.create(${JSON.stringify(storePath)}).then(()=>{console.log('held');setTimeout(()=>{},20000)})`], { cwd: process.cwd() });
    try {
      await new Promise<void>((resolve, reject) => {
        holder.stdout.on('data', (b: Buffer) => (b.toString().includes('held') ? resolve() : undefined));
        holder.on('exit', (code) => reject(new Error(`holder exited ${code}`)));
      });
      const store = await openStore();
      expect(store.file).toBe(slotPath(storePath, 2));
      expect((await store.stockHistory('00001'))[0]!.changePct).toBe(4);
    } finally {
      holder.kill();
    }
  });

  it('a restart waits for the old process to let go of its store instead of building another', async () => {
    writeSession('2025-01-02', [{ code: '00001', changePct: 4 }]);
    closeStore(await openStore());
    const { spawn } = await import('node:child_process');
    // The old server holds slot 1 for another 800 ms while it shuts down.
    const holder = spawn(process.execPath, ['-e', `const {DuckDBInstance}=require('@duckdb/node-api');DuckDBInstance.create(${JSON.stringify(storePath)}).then((db)=>{console.log('held');setTimeout(()=>{db.closeSync();process.exit(0)},800)})`], { cwd: process.cwd() });
    try {
      await new Promise<void>((resolve, reject) => {
        holder.stdout.on('data', (b: Buffer) => (b.toString().includes('held') ? resolve() : undefined));
        holder.on('exit', (code) => reject(new Error(`holder exited ${code}`)));
      });
      const store = await openStore(5_000);
      expect(store.file).toBe(storePath);
      expect(store.parsedSinceOpen).toBe(0);
      expect(fs.existsSync(slotPath(storePath, 2))).toBe(false);
    } finally {
      holder.kill();
    }
  });
});

describe('period returns on hand cases', () => {
  // Six sessions; a 1W window (5 sessions) ends 2025-01-09: 01-03 … 01-09, measured from the 01-02 close.
  const D = ['2025-01-02', '2025-01-03', '2025-01-06', '2025-01-07', '2025-01-08', '2025-01-09'];
  beforeEach(() => {
    const rows: Record<string, StockSpec[]> = Object.fromEntries(D.map((d) => [d, []]));
    const add = (code: string, sector: string, moves: (number | null)[]) =>
      moves.forEach((m, i) => m !== null && rows[D[i]!]!.push({ code, sector, changePct: m }));
    // Steady: +10, −10, +5, 0, +2 inside the window (the −3 on 01-02 is before it).
    add('00001', 'Materials', [-3, 10, -10, 5, 0, 2]);
    // Listed inside the period: first row 01-07 (+4 from its first close), then +1, +1.
    add('00002', 'Materials', [null, null, null, 4, 1, 1]);
    // Suspended on 01-06: the 01-07 move (+21) is measured from the 01-03 close, so nothing is lost.
    add('00003', 'Energy', [0, 10, null, 21, 0, 0]);
    // A +60 % day inside the period: its return is reported but it is left out of the industry average.
    add('00004', 'Materials', [0, 60, 0, 0, 0, 0]);
    for (const d of D) writeSession(d, rows[d]!, undefined);
  });

  it('chain-links the daily moves over the window', async () => {
    const store = await openStore();
    const r = (await store.periodReturns('2025-01-09', '1w'))!;
    expect(r.window).toEqual({ period: '1w', endDate: '2025-01-09', startDate: '2025-01-03', baseDate: '2025-01-02', sessions: 5, complete: true });
    const by = new Map(r.stocks.map((s) => [s.code, s]));
    // 1.10 × 0.90 × 1.05 × 1.00 × 1.02 = 1.060290 → +6.029 %
    expect(by.get('00001')).toMatchObject({ sessions: 5, partial: false, extreme: false, fromDate: '2025-01-03' });
    expect(by.get('00001')!.returnPct).toBeCloseTo(6.029, 9);
    // 1.04 × 1.01 × 1.01 = 1.060904 → +6.0904 %, marked as listed inside the period
    expect(by.get('00002')).toMatchObject({ sessions: 3, partial: true, fromDate: '2025-01-07' });
    expect(by.get('00002')!.returnPct).toBeCloseTo(6.0904, 9);
    // 1.10 × 1.21 = 1.331 → +33.1 % over 4 rows; not "listed inside" (it has a row before the window)
    expect(by.get('00003')).toMatchObject({ sessions: 4, partial: false });
    expect(by.get('00003')!.returnPct).toBeCloseTo(33.1, 9);
    expect(by.get('00004')).toMatchObject({ extreme: true });
    expect(by.get('00004')!.returnPct).toBeCloseTo(60, 9);
  });

  it('an industry period move is the mean of its members without the ±50 % mover', async () => {
    const store = await openStore();
    const r = (await store.periodReturns('2025-01-09', '1w'))!;
    const sector = new Map([['00001', 'Materials'], ['00002', 'Materials'], ['00003', 'Energy'], ['00004', 'Materials']] as const);
    const moves = industryPeriodMoves(r.stocks, (c) => sector.get(c as '00001'));
    const materials = moves.find((m) => m.industry === 'Materials')!;
    // (6.029 + 6.0904) / 2 = 6.0597; 00004 (+60 % in a day) left out
    expect(materials).toMatchObject({ members: 2, extremes: 1 });
    expect(materials.changePct).toBeCloseTo(6.0597, 9);
    expect(moves.find((m) => m.industry === 'Energy')!.changePct).toBeCloseTo(33.1, 9);
    expect(moves.find((m) => m.industry === 'Utilities')!.changePct).toBeNull();
  });

  it('a period longer than the archive is flagged incomplete, not shortened silently', async () => {
    const store = await openStore();
    expect(await store.periodWindow('2025-01-09', '1m')).toMatchObject({ startDate: '2025-01-02', baseDate: null, sessions: 6, complete: false });
    expect(await store.periodWindow('2025-01-09', 'ytd')).toMatchObject({ startDate: '2025-01-02', baseDate: null, complete: false });
    expect(await store.periodWindow('2025-01-10', '1d')).toBeNull();
  });
});

describe('indexes, turnover and 52-week extremes', () => {
  it('an index period change comes from its closes', async () => {
    writeSession('2024-12-31', [{ code: '00001', changePct: 0 }], { close: 20000, prevClose: 19900 });
    writeSession('2025-01-02', [{ code: '00001', changePct: 0 }], { close: 19500, prevClose: 20000 });
    writeSession('2025-01-03', [{ code: '00001', changePct: 0 }], { close: 21000, prevClose: 19500 });
    const store = await openStore();
    const r = (await store.periodReturns('2025-01-03', 'ytd'))!;
    expect(r.window).toMatchObject({ baseDate: '2024-12-31', complete: true, sessions: 2 });
    expect(r.indices).toEqual([{ id: 'HSI', baseClose: 20000, close: 21000, change: 1000, changePct: expect.closeTo(5, 12) }]);
  });

  it('sums turnover per session', async () => {
    writeSession('2025-01-02', [{ code: '00001', changePct: 0, turnover: 1e9 }, { code: '00002', changePct: 0, turnover: 2.5e9 }]);
    writeSession('2025-01-03', [{ code: '00001', changePct: 0, turnover: 3e9 }]);
    const store = await openStore();
    expect(await store.marketTurnover('2025-01-03', 20)).toEqual([
      { date: '2025-01-02', turnover: 3.5e9, stocks: 2 },
      { date: '2025-01-03', turnover: 3e9, stocks: 1 },
    ]);
  });

  it('finds new 250-session closing highs and lows and counts stocks with less history', async () => {
    // 251 weekdays from 2024-01-01; the last is the session examined, its window the last 250.
    const dates: string[] = [];
    for (let t = Date.UTC(2024, 0, 1); dates.length < 251; t += 86_400_000) {
      const d = new Date(t);
      if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) dates.push(d.toISOString().slice(0, 10));
    }
    dates.forEach((d, i) => {
      const last = i === dates.length - 1;
      writeSession(d, [
        // Rises 0.1 % a day, then 1 % on the last: a new high.
        { code: '00001', changePct: last ? 1 : 0.1 },
        // Its high was on day 2 (+30 %), then −0.1 % a day: not a new high, and −2 % on the last day is a new low.
        { code: '00002', changePct: i === 1 ? 30 : last ? -2 : -0.1 },
        // Peaked on day 0 (+20 %, then −20 %), just outside the 250-session window: +5 % on the last day is a new high.
        { code: '00003', changePct: i === 0 ? 20 : i === 1 ? -20 : last ? 5 : 0 },
        // Listed on day 100 (first row): too short.
        ...(i >= 100 ? [{ code: '00004', changePct: last ? 9 : 0.5 }] : []),
      ]);
    });
    const store = await openStore();
    const x = await store.fiftyTwoWeek(dates.at(-1)!);
    expect(x.highs.map((s) => s.code)).toEqual(['00003', '00001']);
    expect(x.lows.map((s) => s.code)).toEqual(['00002']);
    expect(x.insufficientHistory).toBe(1);
    expect(x.highs[1]).toEqual({ code: '00001', name: 'STOCK 00001', close: null, changePct: 1 });
  });
});

describe('one real stock against its closes', () => {
  it("Tencent's 1M return to 2025-06-30 equals its close ratio in daily_bars.csv", async () => {
    // The bundled session files 2025-05-30 … 2025-06-30 (22 sessions: the base and the 21 of 1M).
    const repoSessions = path.join(process.cwd(), 'data', 'sessions');
    for (const name of fs.readdirSync(repoSessions).filter((n) => n >= '2025-05-30.json' && n <= '2025-06-30.json')) {
      fs.copyFileSync(path.join(repoSessions, name), path.join(dir, 'sessions', name));
    }
    const csv = fs.readFileSync(path.join(process.cwd(), 'tests', 'fixtures', 'history', 'tencent-00700-daily-bars.csv'), 'utf8');
    const close = new Map(csv.trim().split('\n').slice(1).map((l) => l.split(',')).map(([d, , c]) => [d!, Number(c)]));
    // Independent: the two closes from the vendor's CSV (both `actual`, no corporate action in between).
    const expected = (close.get('2025-06-30')! / close.get('2025-05-30')! - 1) * 100;
    expect(expected).toBeCloseTo(0.9635, 4); // 503.00 / 498.20

    const store = await openStore();
    const r = (await store.periodReturns('2025-06-30', '1m'))!;
    expect(r.window).toMatchObject({ startDate: '2025-06-02', baseDate: '2025-05-30', sessions: 21, complete: true });
    const tencent = r.stocks.find((s) => s.code === '00700')!;
    // The session files round changePct to 4 dp, so the chain differs from the close ratio by far less than 0.001 pp.
    expect(Math.abs(tencent.returnPct - expected)).toBeLessThan(1e-3);
    expect(r.indices.find((i) => i.id === 'HSI')).toMatchObject({ baseClose: 23289.77, close: 24072.28 });
  });
});
