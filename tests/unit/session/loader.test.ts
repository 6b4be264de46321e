import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loaderFor, releaseLoader, type Loader } from '../../support/loader';


const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hkmr-loader-'));
let loader: Loader;

function session(date: string, hsiPct: number) {
  return {
    schemaVersion: 1,
    date,
    market: 'XHKG',
    session: 'full',
    indices: [{ id: 'HSI', name: 'Hang Seng Index', close: 23000, changePct: hsiPct }],
    stocks: [{ code: '00700', name: 'TENCENT', sector: 'Information Technology', changePct: hsiPct }],
  };
}

function write(date: string, content: unknown) {
  fs.writeFileSync(path.join(dir, 'sessions', `${date}.json`), typeof content === 'string' ? content : JSON.stringify(content));
}

beforeAll(async () => {
  fs.mkdirSync(path.join(dir, 'sessions'));
  fs.copyFileSync(path.resolve('data/hkex-calendar.csv'), path.join(dir, 'hkex-calendar.csv'));
  write('2025-05-20', session('2025-05-20', 1.5));
  write('2025-05-21', '{"schemaVersion": 1, "date": "2025-05-21", "stocks": "oops"');
  write('2025-05-22', session('2025-05-22', -0.25));
  fs.writeFileSync(path.join(dir, 'sessions', 'notes.txt'), 'not a session');
  loader = await loaderFor(dir);
});

afterAll(() => releaseLoader(dir));

describe('session loader', () => {
  it('lists session files by date and ignores other files', () => {
    expect(loader.listSessionDates()).toEqual(['2025-05-20', '2025-05-21', '2025-05-22']);
  });

  it('loads valid sessions around a broken one', () => {
    const before = loader.loadSession('2025-05-20');
    const after = loader.loadSession('2025-05-22');
    expect(before.status === 'ok' && before.session.indices[0]?.changePct).toBe(1.5);
    expect(after.status === 'ok' && after.session.indices[0]?.changePct).toBe(-0.25);
  });

  it('reports the broken file with its path and problem', () => {
    const bad = loader.loadSession('2025-05-21');
    expect(bad.status).toBe('invalid');
    if (bad.status !== 'invalid') return;
    expect(bad.file).toMatch(/sessions\/2025-05-21\.json$/);
    expect(bad.errors[0]?.message).toMatch(/^not valid JSON/);
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('"event":"session-data"'));
  });

  it('answers missing for unknown and malformed dates without touching the file system outside data/', () => {
    expect(loader.loadSession('2025-05-23').status).toBe('missing');
    expect(loader.loadSession('../etc/passwd').status).toBe('missing');
    expect(loader.loadSession('2025-05-2').status).toBe('missing');
  });

  it('walks neighbours across the broken file and picks the latest valid session', () => {
    expect(loader.sessionNeighbours('2025-05-21')).toEqual({ prev: '2025-05-20', next: '2025-05-22' });
    expect(loader.latestValidSession()?.date).toBe('2025-05-22');
  });

  it('picks up a corrected file without a restart (cache keyed on the file version)', () => {
    const first = loader.loadSession('2025-05-22');
    expect(loader.loadSession('2025-05-22')).toBe(first);
    write('2025-05-22', session('2025-05-22', 2.75));
    const future = new Date(Date.now() + 5000);
    fs.utimesSync(path.join(dir, 'sessions', '2025-05-22.json'), future, future);
    const second = loader.loadSession('2025-05-22');
    expect(second.status === 'ok' && second.session.indices[0]?.changePct).toBe(2.75);
  });

  it('keeps the last valid version when a corrected file turns out invalid, and says why', () => {
    const good = loader.loadSession('2025-05-20');
    expect(good.status).toBe('ok');
    write('2025-05-20', { ...session('2025-05-20', 9), stocks: 'broken' });
    const future = new Date(Date.now() + 10_000);
    fs.utimesSync(path.join(dir, 'sessions', '2025-05-20.json'), future, future);
    const after = loader.loadSession('2025-05-20');
    expect(after.status).toBe('ok');
    if (after.status !== 'ok') return;
    expect(after.session.indices[0]?.changePct).toBe(1.5);
    expect(after.rejectedUpdate?.map((p) => `${p.path}: ${p.message}`)).toEqual(['stocks: expected array, got "broken"']);
    write('2025-05-20', session('2025-05-20', 1.5));
    const later = new Date(Date.now() + 20_000);
    fs.utimesSync(path.join(dir, 'sessions', '2025-05-20.json'), later, later);
  });

  it('loads only the look-back window it is asked for, skipping invalid files', () => {
    expect(loader.loadSessionWindow('2025-05-22', 2).map((s) => s.date)).toEqual(['2025-05-20', '2025-05-22']);
    expect(loader.loadSessionWindow('2025-05-20', 5).map((s) => s.date)).toEqual(['2025-05-20']);
  });
});
