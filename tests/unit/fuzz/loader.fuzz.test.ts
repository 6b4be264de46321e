/**
 * The loader next to hostile files and hostile dates: a malformed session is reported as invalid, naming
 * its file, and never costs another session its page; a date string from a URL never reads outside data/.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { encode, mutations, validSnapshot, type Snapshot } from './arbitraries';
import { loaderFor, releaseLoader, type Loader } from '../../support/loader';


const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hkmr-fuzz-loader-'));
const sessions = path.join(dir, 'sessions');
const GOOD = '2025-05-20';
let loader: Loader;
let good: Snapshot;

const fileOf = (date: string) => path.join(sessions, `${date}.json`);
const write = (date: string, content: string | Uint8Array) => fs.writeFileSync(fileOf(date), content);

/** Distinct real dates after GOOD, one per run, so no two runs share a file (or a cache entry). */
let nextDay = Date.UTC(2025, 4, 21);
function freshDate(): string {
  const date = new Date(nextDay).toISOString().slice(0, 10);
  nextDay += 86_400_000;
  return date;
}

beforeAll(async () => {
  fs.mkdirSync(sessions);
  fs.copyFileSync(path.resolve('data/hkex-calendar.csv'), path.join(dir, 'hkex-calendar.csv'));
  const [sample] = fc.sample(validSnapshot({ minStocks: 20 }), { numRuns: 1, seed: 20250520 });
  good = { ...sample!, date: GOOD, session: 'full' };
  write(GOOD, JSON.stringify(good));
  loader = await loaderFor(dir);
});

afterAll(() => releaseLoader(dir));

describe('a malformed session file next to a valid one', () => {
  it('is invalid, names its file, and costs the valid session nothing', () => {
    const first = loader.loadSession(GOOD);
    expect(first.status).toBe('ok');
    if (first.status !== 'ok') return;
    expect(first.session.stocks.map((s) => s.code)).toEqual(good.stocks.map((s) => s.code));
    const goodNumbers = structuredClone(first.session);

    let previous: string | undefined;
    let runs = 0;
    fc.assert(
      fc.property(fc.oneof(...Object.values(mutations)), ({ input }) => {
        runs++;
        if (previous) fs.rmSync(fileOf(previous));
        const bad = freshDate();
        previous = bad;
        write(bad, input);

        const load = loader.loadSession(bad);
        expect(load.status).toBe('invalid');
        if (load.status !== 'invalid') return;
        expect(load.file.endsWith(path.join('sessions', `${bad}.json`))).toBe(true);
        expect(load.errors.length).toBeGreaterThan(0);
        for (const e of load.errors) {
          expect(e.file).toBe(load.file);
          expect(e.path).not.toBe('');
          expect(e.message).not.toBe('');
        }

        const again = loader.loadSession(GOOD);
        expect(again.status === 'ok' && again.session).toEqual(goodNumbers);
        expect(loader.listSessionDates()).toEqual([GOOD, bad]);
        expect(loader.latestValidSession()?.date).toBe(GOOD);
        expect(loader.sessionNeighbours(bad)).toEqual({ prev: GOOD, next: null });
        expect(loader.loadSessionWindow(bad, 5).map((s) => s.date)).toEqual([GOOD]);
      }),
      { numRuns: 150 },
    );
    expect(runs).toBeGreaterThanOrEqual(100);
    if (previous) fs.rmSync(fileOf(previous));
  });

  it('a 50 MB session is invalid with a size error on (file); the session beside it still loads', () => {
    const big = '2025-05-21';
    const row = JSON.stringify({ code: '00700', name: 'X'.repeat(190), sector: 'Energy', changePct: 0.5 });
    const count = Math.ceil((50 * 1024 * 1024) / (row.length + 1));
    const text = `{"schemaVersion":1,"date":"${big}","market":"XHKG","session":"full","indices":[],"stocks":[${Array(count).fill(row).join(',')}]}`;
    write(big, text);
    try {
      expect(fs.statSync(fileOf(big)).size).toBeGreaterThan(50 * 1024 * 1024);
      const load = loader.loadSession(big);
      expect(load.status).toBe('invalid');
      if (load.status !== 'invalid') return;
      expect(load.errors).toEqual([{ file: load.file, path: '(file)', message: expect.stringMatching(/larger than the 20\.0 MB limit/), severity: 'error' }]);
      expect(load.file.endsWith(path.join('sessions', `${big}.json`))).toBe(true);
      const neighbour = loader.loadSession(GOOD);
      expect(neighbour.status === 'ok' && neighbour.session.stocks.length).toBe(good.stocks.length);
      expect(loader.latestValidSession()?.date).toBe(GOOD);
    } finally {
      fs.rmSync(fileOf(big));
    }
  });
});

describe('hostile date strings', () => {
  const HOSTILE = [
    '../etc/passwd',
    '..%2F..',
    '..%2F..%2Fetc%2Fpasswd',
    '2025-05-21/../../x',
    `${GOOD}/../../hkex-calendar`,
    '２０２５-０５-２０',
    '2025-05-2\u0660',
    `${GOOD}\u0000`,
    `${GOOD}\n`,
    ` ${GOOD}`,
    `${GOOD}.json`,
    `${GOOD}/`,
    '/etc/passwd',
    'C:\\Windows\\win.ini',
    '__proto__',
    'constructor',
    '',
    'x'.repeat(1_000_000),
    `${GOOD}${'0'.repeat(100_000)}`,
  ];

  /** Every path the loader hands to the file system during `fn`. */
  function pathsTouched(fn: () => void): string[] {
    const spies = [vi.spyOn(fs, 'readFileSync'), vi.spyOn(fs, 'statSync'), vi.spyOn(fs, 'readdirSync'), vi.spyOn(fs, 'openSync')];
    try {
      fn();
      return spies.flatMap((spy) => spy.mock.calls.map((call) => String(call[0])));
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  }

  it('the file-system spy sees what the loader reads (so the checks below mean something)', () => {
    const date = '2025-05-19';
    write(date, JSON.stringify({ ...good, date }));
    try {
      const touched = pathsTouched(() => expect(loader.loadSession(date).status).toBe('ok'));
      expect(touched).toContain(fileOf(date));
    } finally {
      fs.rmSync(fileOf(date));
    }
  });

  it.each(HOSTILE.map((d) => [JSON.stringify(d.length > 60 ? `${d.slice(0, 60)}…` : d), d]))('%s is missing and reads nothing', (_shown, date) => {
    const touched = pathsTouched(() => expect(loader.loadSession(date)).toEqual({ status: 'missing', date }));
    expect(touched).toEqual([]);
  });

  it('random strings are missing and touch nothing outside data/sessions/', () => {
    const existing = new Set(loader.listSessionDates());
    const dateLike = fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), dateLike, dateLike.map((d) => `${d}/../../x`)), (date) => {
        fc.pre(!existing.has(date));
        const touched = pathsTouched(() => expect(loader.loadSession(date)).toEqual({ status: 'missing', date }));
        for (const p of touched) expect(path.dirname(path.resolve(p))).toBe(sessions);
      }),
      { numRuns: 300 },
    );
  });
});

describe('bytes on disk', () => {
  it('a valid session written with a byte-order mark and CRLF line ends loads ok', () => {
    const date = '2025-05-19';
    const bytes = encode(JSON.stringify({ ...good, date }, null, 2).replace(/\n/g, '\r\n'));
    write(date, Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]));
    try {
      const load = loader.loadSession(date);
      expect(load.status === 'ok' && load.session.stocks.length).toBe(good.stocks.length);
    } finally {
      fs.rmSync(fileOf(date));
    }
  });
});
