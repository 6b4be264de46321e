/**
 * The history budgets (issue 10) on the synthetic archive of 5,000 sessions × 2,600 stocks
 * (scripts/bench/history-archive.ts, generated once under .cache/bench/):
 * - first build of the store, and one new session file after that (≤ 2 s);
 * - restart to first page with the store present (≤ 5 s);
 * - warm server time of /sessions/<latest>?period=1y and ?period=1d (≤ 150 ms each) and their ratio to the
 *   same pages on the bundled sessions (≤ 1.5×), as server response time (to the response's headers, as
 *   Lighthouse defines it), with the time to the last byte beside it: the page at this scale is ~3× the
 *   bytes, and on the loopback their transfer is most of that time;
 * - peak RSS of the server over all that (≤ 1.5 GB).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ARCHIVE_DIR, ARCHIVE_LAST_DATE, ARCHIVE_SESSIONS, ARCHIVE_STOCKS, ensureArchive } from './history-archive';
import { get, ROOT, rssBytes, startNext, timedRawGet, waitReady, type NextServer } from './processes';
import { median } from './lighthouse';
import { kb, mb, ms, type Row } from './report';

const STORE_DIR = path.join(ROOT, '.cache', 'bench', 'history-store');
const BUNDLED_STORE_DIR = path.join(ROOT, '.cache', 'bench', 'history-store-bundled');
const WARMUP = 10;
const TIMED = 101;

interface Timing {
  /** Request to the response's status line and headers: the server's response time. */
  ttfb: number;
  /** Request to the last byte of the page, compressed as a browser asks for it, not decoded. */
  last: number;
  bytes: number;
}

async function timeGet(url: string): Promise<Timing> {
  const res = await timedRawGet(url);
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
  return { ttfb: res.ttfb, last: res.ms, bytes: res.bytes };
}

const medians = (xs: Timing[]): Timing => ({ ttfb: median(xs.map((x) => x.ttfb)), last: median(xs.map((x) => x.last)), bytes: median(xs.map((x) => x.bytes)) });

/** Median of 5 renders (cache misses: a new unknown query parameter each) after 2 warm-up ones. */
async function render(url: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 7; i++) times.push((await timeGet(`${url}${url.includes('?') ? '&' : '?'}bench-miss=${Date.now()}-${i}`)).last);
  return median(times.slice(2));
}

/**
 * The same page on two servers running side by side, timed in one run: WARMUP requests to each, then TIMED
 * rounds of one request to each (which goes first alternates), so load from other work on the machine
 * falls on both alike (the two are compared as a ratio). Medians.
 */
async function warmPair(a: string, b: string): Promise<[Timing, Timing]> {
  for (let i = 0; i < WARMUP; i++) {
    await timeGet(a);
    await timeGet(b);
  }
  const as: Timing[] = [];
  const bs: Timing[] = [];
  for (let i = 0; i < TIMED; i++) {
    if (i % 2 === 0) {
      as.push(await timeGet(a));
      bs.push(await timeGet(b));
    } else {
      bs.push(await timeGet(b));
      as.push(await timeGet(a));
    }
  }
  return [medians(as), medians(bs)];
}

function runBuildChild(dataDir: string, storePath: string): Promise<Record<string, number>> {
  return new Promise((resolve, reject) => {
    const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');
    const child = spawn(tsx, [path.join(ROOT, 'scripts', 'bench', 'history-store-build.ts'), dataDir, storePath], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    child.stderr.on('data', (b: Buffer) => (err = (err + b.toString()).slice(-4000)));
    child.on('exit', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      if (code === 0 && line.startsWith('{')) resolve(JSON.parse(line) as Record<string, number>);
      else reject(new Error(`store build exited ${code}: ${err || out}`));
    });
  });
}

/** Appends its figures to `rows` as they are measured, so a later failure keeps the earlier ones. */
export async function historyRows(rows: Row[], port: (from: number) => Promise<number>, log: (line: string) => void): Promise<void> {
  const dataDir = ensureArchive(log);
  const storePath = path.join(STORE_DIR, 'history.duckdb');
  const latest = ARCHIVE_LAST_DATE;
  const scale = `${ARCHIVE_SESSIONS.toLocaleString('en')} sessions × ${ARCHIVE_STOCKS.toLocaleString('en')} stocks`;

  log('history: building the store from nothing');
  const built = await runBuildChild(dataDir, storePath);
  rows.push({
    figure: `History store, first build (${scale})`,
    value: `${(built.buildMs! / 1000).toFixed(1)} s, ${built.parsed} files validated; store ${mb(built.storeBytes!)}; peak RSS of the builder ${mb(built.maxRssBytes!)}`,
    how: `DuckDbHistoryStore.open over ${path.relative(ROOT, ARCHIVE_DIR)} with no store file: every file read, validated (validateSession) and appended, then growth/seq derived in one pass`,
  });
  rows.push({
    figure: 'History store, one new session after that',
    value: `${ms(built.addMs!)} (${built.addedStocks} stocks); removing it again ${ms(built.removeMs!)}`,
    budget: '≤ 2 s',
    met: built.addMs! <= 2000,
    how: 'a new file for the next weekday written into the folder, then store.refresh(): stat the folder, validate the file, append its rows, chain each stock from its last row',
  });

  const pageUrl = (server: NextServer, period: string) => `${server.origin}/sessions/${latest}${period === '1d' ? '' : `?period=${period}`}`;
  const PERIODS = ['1y', '1d'] as const;
  let big: NextServer | undefined;
  let small: NextServer | undefined;
  let peak = 0;
  const sampler = setInterval(() => {
    if (big) peak = Math.max(peak, rssBytes(big.pid));
  }, 200);
  const warmTimes: Record<string, [Timing, Timing]> = {};
  const renders: Record<string, number> = {};
  try {
    const t0 = performance.now();
    big = await startNext(await port(3440), dataDir, { HISTORY_STORE: storePath });
    const first = await get(pageUrl(big, '1y'));
    const restartMs = performance.now() - t0;
    if (first.status !== 200) throw new Error(`${pageUrl(big, '1y')} answered ${first.status}`);
    rows.push({
      figure: `Restart to first page, store present (${scale})`,
      value: ms(restartMs),
      budget: '≤ 5 s',
      met: restartMs <= 5000,
      how: `from spawning next start (DATA_DIR = the archive, HISTORY_STORE = the store just built) to the 200 of /sessions/${latest}?period=1y; the store is reopened, its 5,000 file versions compared, nothing re-read`,
    });
    // A warm server: the recap index brought up to date (after a new build, a pass over every session).
    await waitReady(big.origin, 15 * 60_000);
    for (const period of PERIODS) renders[`big-${period}`] = await render(pageUrl(big, period));
    // The bundled data beside it, so that the two are timed in the same minutes.
    fs.rmSync(BUNDLED_STORE_DIR, { recursive: true, force: true });
    small = await startNext(await port(3445), path.join(ROOT, 'data'), { HISTORY_STORE: path.join(BUNDLED_STORE_DIR, 'history.duckdb') });
    await waitReady(small.origin, 5 * 60_000);
    for (const period of PERIODS) renders[`small-${period}`] = await render(pageUrl(small, period));
    for (const period of PERIODS) warmTimes[period] = await warmPair(pageUrl(big, period), pageUrl(small, period));
    peak = Math.max(peak, rssBytes(big.pid, 'VmHWM'));
  } finally {
    clearInterval(sampler);
    await big?.stop();
    await small?.stop();
  }
  for (const period of PERIODS) {
    const [b, s] = warmTimes[period]!;
    const page = `/sessions/${latest}${period === '1d' ? '' : `?period=${period}`}`;
    rows.push({
      figure: `Warm server response time, ${page} (${scale})`,
      value: `${ms(b.ttfb)}; bundled data ${ms(s.ttfb)}; ratio ${(b.ttfb / s.ttfb).toFixed(2)}×`,
      budget: '≤ 150 ms; ≤ 1.5×',
      met: b.ttfb <= 150 && b.ttfb / s.ttfb <= 1.5,
      how: `time to the response's status line and headers (what Lighthouse calls server response time), median of ${TIMED} GETs (Accept-Encoding: br, gzip) after ${WARMUP} warm-up ones, 127.0.0.1, once /api/health?ready (served from the origin's response cache after the first render); the same page on the 365 bundled sessions from a second server running beside it, the two asked in turn`,
    });
    rows.push({
      figure: `Warm page to its last byte, ${page} (${scale})`,
      value: `${ms(b.last)} for ${kb(b.bytes)} br; bundled data ${ms(s.last)} for ${kb(s.bytes)}; ratio ${(b.last / s.last).toFixed(2)}×`,
      how: `the same requests to the last byte received (not decoded): the page at this scale carries ${(b.bytes / s.bytes).toFixed(1)}× the bytes (a tile for each of 2,600 stocks against 503), and on the loopback its transfer is most of the time`,
    });
    const br = renders[`big-${period}`]!;
    const sr = renders[`small-${period}`]!;
    rows.push({
      figure: `A render (cache miss), ${page} (${scale})`,
      value: `${ms(br)}; bundled data ${ms(sr)}; ratio ${(br / sr).toFixed(2)}×`,
      how: 'median of 5 GETs with a new unknown query parameter each (the response cache misses, Next renders the page; the session, its analysis and the store\'s answers are warm), after 2 such warm-ups; to the last byte',
    });
  }
  rows.push({
    figure: `Peak RSS of next start (${scale})`,
    value: mb(peak),
    budget: '≤ 1.5 GB',
    met: peak <= 1.5 * 1024 ** 3,
    how: 'max of VmRSS sampled every 200 ms and VmHWM (the kernel\'s peak) of the server process and its children, from start through the warm timings',
  });
}
