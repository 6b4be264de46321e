/**
 * The stock pages' "In the recap" index against a temporary data folder of real bundled sessions: what a
 * stock page lists, what a new, corrected or deleted file changes, that a restart reads the index back
 * instead of running the takeaways again, and that a page never waits for a pass.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

type RecapModule = typeof import('@/lib/stocks/recap-index');

const DATES = ['2025-05-16', '2025-05-19', '2025-05-20', '2025-05-21'];
let dir: string;
let indexFile: string;
let logs: string[];

const sessionFile = (date: string) => path.join(dir, 'sessions', `${date}.json`);

/** A new server process: fresh modules, and nothing left on globalThis by the previous one. */
async function start(): Promise<RecapModule> {
  const holder = globalThis as Record<symbol, unknown>;
  const store = holder[Symbol.for('hk-market-recap.history-store')] as { store?: { close(): void } } | undefined;
  store?.store?.close();
  delete holder[Symbol.for('hk-market-recap.history-store')];
  delete holder[Symbol.for('hk-market-recap.recap-index')];
  vi.resetModules();
  return import('@/lib/stocks/recap-index');
}

/** "indexed N of M sessions" lines logged by the passes since the last call. */
function passes(): string[] {
  const out = logs.filter((l) => l.includes('"recap-index"')).map((l) => /indexed (\d+ of \d+) sessions/.exec(l)?.[1] ?? l);
  logs = [];
  return out;
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hkmr-recap-index-'));
  fs.mkdirSync(path.join(dir, 'sessions'));
  for (const name of ['hkex-calendar.csv', 'themes.json', 'names.csv']) fs.copyFileSync(path.resolve('data', name), path.join(dir, name));
  for (const date of DATES) fs.copyFileSync(path.resolve('data/sessions', `${date}.json`), sessionFile(date));
  indexFile = path.join(dir, 'cache', 'recap-index.json');
  vi.stubEnv('DATA_DIR', dir);
  vi.stubEnv('HISTORY_STORE', ':memory:');
  vi.stubEnv('RECAP_INDEX', indexFile);
  logs = [];
  vi.spyOn(console, 'log').mockImplementation((line: string) => void logs.push(String(line)));
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

afterAll(async () => {
  await start();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the recap index', () => {
  it('answers at once while its first pass runs, then lists the sessions that named the stock', async () => {
    const recap = await start();
    const early = await recap.recapMentions('01060');
    // The pass has not had a turn of the event loop yet: the page is answered with what there is.
    expect(early.status.state).toBe('updating');
    expect(early.status).toMatchObject({ state: 'updating', total: 4 });
    expect(early.status.indexed).toBeLessThan(4);

    expect(await recap.recapIndexSettled()).toEqual({ state: 'ready', indexed: 4, total: 4 });
    expect(passes()).toEqual(['4 of 4']);
    const damai = await recap.recapMentions('01060');
    expect(damai.status.state).toBe('ready');
    // Damai Entertainment (01060) closed +22.95 % on 2025-05-21 (22.9508 in the file), the day's top gainer.
    expect(damai.mentions.map((m) => m.date)).toEqual(['2025-05-21', '2025-05-20', '2025-05-19']);
    expect(damai.mentions[0]!.text).toMatch(/^Damai Entertainment \(01060\) surged 22\.95%/);
    expect(damai.mentions[0]!.textZh).toMatch(/01060.*22\.95%/);
    // CATL, listed 2025-05-20, is named once: +10.19 % on its second day.
    expect((await recap.recapMentions('03750')).mentions.map((m) => m.text)).toEqual(['CATL (03750) surged 10.19% on its second trading day (listed 2025-05-20).']);
    expect(fs.existsSync(indexFile)).toBe(true);

    // The pass keeps its own look-back window; it must be the one the session page reads.
    const { loadSession } = await import('@/lib/data/sessions');
    const { analyseSession } = await import('@/lib/views/session-analysis');
    const load = loadSession('2025-05-21');
    if (load.status !== 'ok') throw new Error('2025-05-21 did not load');
    const onPage = analyseSession(load.session).takeaways.filter((t) => t.refs.stocks.includes('01060')).map((t) => t.text);
    expect(damai.mentions.filter((m) => m.date === '2025-05-21').map((m) => m.text)).toEqual(onPage);
  });

  it('runs the takeaways of a new session only, and lists it first', async () => {
    const recap = await start();
    await recap.recapIndexSettled();
    expect(passes()).toEqual([]);
    fs.copyFileSync(path.resolve('data/sessions/2025-05-22.json'), sessionFile('2025-05-22'));
    // The store checks the folder at most once a second.
    await new Promise((r) => setTimeout(r, 1_100));
    expect(await recap.recapIndexSettled()).toEqual({ state: 'ready', indexed: 5, total: 5 });
    expect(passes()).toEqual(['1 of 5']);
    // Starplus Legend (06683) topped the gainers on 2025-05-22, +26.25 % (26.2525 in the file).
    const starplus = await recap.recapMentions('06683');
    expect(starplus.mentions.map((m) => m.date)).toEqual(['2025-05-22', '2025-05-21']);
    expect(starplus.mentions[0]!.text).toMatch(/^Starplus Legend \(06683\) surged 26\.25%/);
  });

  it('after a restart reads the index back and runs no takeaways', async () => {
    const recap = await start();
    expect(await recap.recapIndexSettled()).toEqual({ state: 'ready', indexed: 5, total: 5 });
    expect(passes()).toEqual([]);
    expect((await recap.recapMentions('06683')).mentions.map((m) => m.date)).toEqual(['2025-05-22', '2025-05-21']);
  });

  it('redoes a corrected session and the ones after it, and drops a deleted one', async () => {
    const recap = await start();
    await recap.recapIndexSettled();
    passes();
    // 2025-05-20 rewritten (same content, new version): it and the two sessions after it are redone.
    const later = new Date(Date.now() + 5_000);
    fs.utimesSync(sessionFile('2025-05-20'), later, later);
    await new Promise((r) => setTimeout(r, 1_100));
    await recap.recapIndexSettled();
    expect(passes()).toEqual(['3 of 5']);

    fs.rmSync(sessionFile('2025-05-22'));
    await new Promise((r) => setTimeout(r, 1_100));
    expect(await recap.recapIndexSettled()).toEqual({ state: 'ready', indexed: 4, total: 4 });
    expect((await recap.recapMentions('06683')).mentions.map((m) => m.date)).toEqual(['2025-05-21']);
  });

  it('keeps the last valid mentions of a file that turns invalid', async () => {
    const recap = await start();
    await recap.recapIndexSettled();
    passes();
    fs.writeFileSync(sessionFile('2025-05-21'), '{"schemaVersion": 1, "date": "2025-05-21"');
    await new Promise((r) => setTimeout(r, 1_100));
    await recap.recapIndexSettled();
    // The invalid file never enters the history store, so nothing moved: its entry stays as it was.
    expect(passes()).toEqual([]);
    expect((await recap.recapMentions('01060')).mentions.map((m) => m.date)).toEqual(['2025-05-21', '2025-05-20', '2025-05-19']);
    // The next session lands: the pass redoes the invalid file's date too, and keeps what it had.
    fs.copyFileSync(path.resolve('data/sessions/2025-05-22.json'), sessionFile('2025-05-22'));
    await new Promise((r) => setTimeout(r, 1_100));
    await recap.recapIndexSettled();
    expect(passes()).toEqual(['2 of 5']);
    expect((await recap.recapMentions('01060')).mentions.map((m) => m.date)).toEqual(['2025-05-21', '2025-05-20', '2025-05-19']);
    expect((await recap.recapMentions('06683')).mentions.map((m) => m.date)).toEqual(['2025-05-22', '2025-05-21']);
  });
});

describe('firstStaleDate', () => {
  it('finds the earliest new, changed, deleted or differently computed entry', async () => {
    const { firstStaleDate } = await import('@/lib/stocks/recap-index');
    const entries = new Map([
      ['2025-01-02', { v: 'a', i: 'x' }],
      ['2025-01-03', { v: 'b', i: 'x' }],
      ['2025-01-06', { v: 'c', i: 'x' }],
    ]);
    const same: Array<[string, string]> = [['2025-01-02', 'a'], ['2025-01-03', 'b'], ['2025-01-06', 'c']];
    expect(firstStaleDate(entries, same, 'x')).toBeNull();
    expect(firstStaleDate(entries, [...same, ['2025-01-07', 'd']], 'x')).toBe('2025-01-07');
    expect(firstStaleDate(entries, [['2025-01-02', 'a'], ['2025-01-03', 'B'], ['2025-01-06', 'c']], 'x')).toBe('2025-01-03');
    expect(firstStaleDate(entries, [['2025-01-02', 'a'], ['2025-01-06', 'c']], 'x')).toBe('2025-01-03');
    expect(firstStaleDate(entries, same, 'y')).toBe('2025-01-02');
  });
});
