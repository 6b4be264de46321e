/**
 * `npm run bench`: builds, serves and measures the site, prints one table of figures (each with how it
 * was measured and its budget) and writes it to docs/benchmarks.md.
 *
 *   npm run bench                                   everything (~10 min on 2 cores)
 *   npm run bench -- --only=weight,tiles,lighthouse a subset (build reused if it exists)
 *   npm run bench -- --skip-build                   reuse the existing .next-bench build
 *
 * Sections: build, weight, tiles, big (2,600 stocks), timing, lighthouse, metrics, stocks (stock page and search), load, robustness,
 * history (the history store and pages on a synthetic archive of 5,000 sessions × 2,600 stocks, cached in .cache/bench),
 * og (the Chinese link-preview card's warm render time).
 * Every server and nginx it starts is stopped in `finally`, even on error; it only talks to 127.0.0.1.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser } from '@playwright/test';
import { benchBuildExists, timeBuild } from './bench/build';
import { heatmapCompleteTime, launchChromium, longestTask } from './bench/browser-timings';
import { lighthouseScores, median, type LighthouseScores } from './bench/lighthouse';
import { wrk, wrkAvailable, type LoadResult } from './bench/load';
import { metricsRows } from './bench/metrics';
import { ogRows } from './bench/og';
import { takeawaysRows } from './bench/takeaways';
import { startNginx, STATIC_COPY, STATIC_COPY_GZ, type Nginx } from './bench/nginx';
import { countTiles, measurePage, type PageWeight } from './bench/page-weight';
import { BENCH_DIST_DIR, freePort, get, ROOT, rssBytes, startNext, stopAll, waitReady, type NextServer } from './bench/processes';
import { kb, mb, ms, table, writeReport, type Row } from './bench/report';
import { historyRows } from './bench/history';
import { searchIndexRows, servedIndexRows, stockPageTiming, timingRow } from './bench/stocks';
import { makeBigSessionDir, makeManySessionsDir, realSessionDates, removeDir } from './bench/synthetic-data';

const SECTIONS = ['build', 'weight', 'tiles', 'big', 'timing', 'lighthouse', 'metrics', 'stocks', 'load', 'robustness', 'history', 'og'] as const;
type Section = (typeof SECTIONS)[number];

const SESSION = '2025-05-21';
const SESSION_PATH = `/sessions/${SESSION}`;
const EMBED_PATH = `/embed/${SESSION}`;
const SYNTHETIC_SESSIONS = 500;
const BIG_STOCKS = 2_600;
/** The whole run is bounded: past this everything started is stopped and the process exits. */
const WATCHDOG_MS = 25 * 60_000;
// BENCH_REPORT: another file for a partial run (e.g. the scale sections alone) that should not replace the full report.
const REPORT = path.resolve(ROOT, process.env.BENCH_REPORT ?? path.join('docs', 'benchmarks.md'));
/** First port the bench listens on (next start from here, the memory run at +50, nginx at +60): engineers sharing a machine each set their own range. */
const PORT_BASE = Number(process.env.BENCH_PORT ?? 3400);

function parseArgs(argv: string[]) {
  let only: Set<Section> = new Set(SECTIONS);
  let skipBuild = false;
  let lighthouseRuns = 5;
  for (const arg of argv) {
    if (arg === '--skip-build') skipBuild = true;
    else if (arg.startsWith('--only=')) {
      const names = arg.slice('--only='.length).split(',').filter(Boolean);
      const unknown = names.filter((n) => !(SECTIONS as readonly string[]).includes(n));
      if (unknown.length > 0) throw new Error(`unknown section(s) ${unknown.join(', ')}; known: ${SECTIONS.join(', ')}`);
      only = new Set(names as Section[]);
    } else if (arg.startsWith('--lighthouse-runs=')) lighthouseRuns = Math.max(5, Math.min(15, Number(arg.split('=')[1]) || 5)); // at least 5: a median and a worst need them
    else if (arg === '--help' || arg === '-h') {
      console.log(`usage: npm run bench [-- --only=${SECTIONS.join(',')}] [--skip-build] [--lighthouse-runs=5]`);
      process.exit(0);
    } else throw new Error(`unknown argument ${arg} (try --help)`);
  }
  return { only, skipBuild, lighthouseRuns };
}

const rows: Row[] = [];
const notes: string[] = [];
const tempDirs: string[] = [];
let sectionErrors = 0;

function notMeasured(figure: string, why: string, how = '') {
  rows.push({ figure, value: why, how });
}

/** Runs one section; an error becomes a row and a note instead of ending the run. */
async function section(name: string, fn: () => Promise<void>) {
  const started = performance.now();
  console.error(`▶ ${name}`);
  try {
    await fn();
  } catch (error) {
    sectionErrors++;
    const message = (error as Error).message.split('\n')[0] ?? String(error);
    rows.push({ figure: name, value: `not measured: ${message}`, how: 'the section failed; see Notes' });
    notes.push(`${name} failed: ${(error as Error).stack?.split('\n').slice(0, 4).join(' ') ?? message}`);
    console.error(error);
  }
  console.error(`  ${name}: ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

function weightRows(label: string, w: PageWeight, budgets: { html: number; js?: number; scripts0?: boolean }) {
  const target = w.url !== w.requested ? ` (redirected to ${new URL(w.url).pathname})` : '';
  rows.push({
    figure: `HTML gz, ${label}`,
    value: `${kb(w.htmlGz)}${target} (${kb(w.htmlBytes)} raw)`,
    budget: `≤ ${budgets.html} KB`,
    met: w.htmlGz <= budgets.html * 1024,
    how: 'served HTML, gzip -9 (node:zlib level 9); KB = 1,024 B',
  });
  if (budgets.scripts0) {
    rows.push({
      figure: `Scripts, ${label}`,
      value: `${w.scriptCount} (${kb(w.jsGz)} gz)`,
      budget: '0 scripts',
      met: w.scriptCount === 0,
      how: '<script> elements in the served HTML, external and inline',
    });
    return;
  }
  rows.push({
    figure: `JS gz, ${label}`,
    value: `${kb(w.jsGz)} in ${w.chunks.filter((c) => !c.noModule).length} files${w.deferredCount > 0 ? `, ${w.deferredCount} of them loaded on the reader's first interaction with the RSC payload (${kb(w.payloadGz ?? 0)} gz, not in the HTML)` : ''} (not counted: noModule polyfill ${kb(w.noModuleGz)}, never fetched by modern browsers; ${w.inlineCount} inline scripts ${kb(w.inlineGz)}, part of the HTML figure)`,
    budget: budgets.js === undefined ? undefined : `≤ ${budgets.js} KB`,
    met: budgets.js === undefined ? undefined : w.jsGz <= budgets.js * 1024,
    how: 'every <script src> in the served HTML but the noModule one, and the scripts its boot block lists for the first interaction, fetched and gzipped -9 one by one: the script files Chromium downloads for the page',
  });
}

/** Where the main thread went in the median-scoring run, and the long tasks: what to look at when a budget slips. */
function breakdownText(lh: LighthouseScores): string {
  const sorted = [...lh.runs].sort((a, b) => (a.performance ?? 0) - (b.performance ?? 0));
  const mid = sorted[Math.floor(sorted.length / 2)];
  if (!mid) return '';
  const groups = Object.entries(mid.breakdown.groups)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${Math.round(v)}`)
    .join(', ');
  const longest = [...mid.breakdown.longTasks].sort((a, b) => b.duration - a.duration).slice(0, 3);
  return `main thread ${Math.round(mid.breakdown.total)} ms (${groups}); longest tasks ${longest.map((t) => `${Math.round(t.duration)} ms (${t.url || 'unattributed'})`).join(', ') || 'none'}; DOM ${mid.breakdown.domElements ?? '?'} elements`;
}

/**
 * Lighthouse rows for one page: performance (median and worst), TBT, LCP, accessibility, with every run's
 * figures and the host's benchmarkIndex, so a reader can tell a slow machine from a slow page.
 */
function lighthouseRows(label: string, lh: LighthouseScores, runs: number): void {
  const perf = lh.runs.map((r) => r.performance ?? 0);
  const worst = Math.min(...perf);
  const tbt = median(lh.runs.map((r) => r.tbt));
  const lcp = median(lh.runs.map((r) => r.lcp));
  const bi = lh.runs.map((r) => Math.round(r.benchmarkIndex));
  const how = `Lighthouse 12.8 node API, default config (mobile, simulated throttling), ${lh.userAgent} --headless=new, a new Chromium and profile per run (no cache) against an npm start (the origin readers get: scripts load on intent) started for this section; ${runs} runs: ${lh.runs
    .map((r) => `${r.performance}/${Math.round(r.tbt)} ms/${(r.lcp / 1000).toFixed(2)} s`)
    .join(', ')} (score/TBT/LCP); host benchmarkIndex ${Math.min(...bi)}–${Math.max(...bi)} (median ${median(bi)})`;
  rows.push({
    figure: `Lighthouse performance, ${label}`,
    value: `median ${lh.performance}, worst ${worst}`,
    budget: '≥ 0.95 median, ≥ 0.90 worst',
    met: lh.performance !== null && lh.performance >= 0.95 && worst >= 0.9,
    how,
  });
  rows.push({ figure: `Lighthouse TBT, ${label}`, value: `median ${ms(tbt)} (worst ${ms(Math.max(...lh.runs.map((r) => r.tbt)))})`, budget: '≤ 150 ms median', met: tbt <= 150, how: 'total blocking time of the same runs' });
  rows.push({ figure: `Lighthouse LCP, ${label}`, value: `median ${(lcp / 1000).toFixed(2)} s (worst ${(Math.max(...lh.runs.map((r) => r.lcp)) / 1000).toFixed(2)} s)`, budget: '≤ 2.0 s median', met: lcp <= 2000, how: 'largest contentful paint of the same runs' });
  rows.push({
    figure: `Lighthouse accessibility, ${label}`,
    value: `${lh.accessibility}${lh.failedA11y.length > 0 ? ` (failing: ${lh.failedA11y.join(', ')})` : ''}`,
    budget: '1.00 in every run',
    met: lh.runs.every((r) => r.accessibility === 1),
    how: 'the same runs',
  });
  rows.push({ figure: `Main thread, ${label}`, value: breakdownText(lh), how: "Lighthouse's mainthread-work-breakdown, long-tasks and dom-size audits of the median-scoring run (simulated 4× CPU: observed task times × 4)" });
}

function loadRow(figure: string, r: LoadResult, how: string, extra = ''): void {
  rows.push({
    figure,
    value: `${r.rps.toFixed(0)} req/s, p99 ${ms(r.p99Ms)} (p50 ${ms(r.p50Ms)}; ${r.requests} requests${r.socketErrors + r.badStatus > 0 ? `, ${r.socketErrors} socket errors, ${r.badStatus} ≥400` : ''})${extra}`,
    how,
  });
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const has = (s: Section) => args.only.has(s);
  const command = ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' ');
  const runStarted = performance.now();
  const loadAtStart = os.loadavg()[0]!;
  let browser: Browser | undefined;
  const servers: NextServer[] = [];
  const nginxes: Nginx[] = [];
  const usedPorts: number[] = [];
  const port = async (from: number) => {
    const p = await freePort(from, usedPorts);
    usedPorts.push(p);
    return p;
  };
  const startServer = async (dataDir: string) => {
    const server = await startNext(await port(PORT_BASE), dataDir);
    servers.push(server);
    return server;
  };
  const realData = path.join(ROOT, 'data');
  const sessionStocks = (JSON.parse(fs.readFileSync(path.join(realData, 'sessions', `${SESSION}.json`), 'utf8')) as { stocks: unknown[] }).stocks.length;

  try {
    // 1. Build
    if (has('build') && !args.skipBuild) {
      await section('build', async () => {
        const real = realSessionDates().length;
        const manyDir = makeManySessionsDir(SYNTHETIC_SESSIONS);
        tempDirs.push(manyDir);
        const small = await timeBuild(realData);
        const large = await timeBuild(manyDir);
        const how = `clean \`next build\` (Turbopack, NEXT_DIST_DIR=${BENCH_DIST_DIR}, dist dir removed first), wall clock; ${real} first, then ${SYNTHETIC_SESSIONS}`;
        rows.push({ figure: `Build, ${real} sample sessions`, value: `${small.seconds.toFixed(1)} s`, how });
        rows.push({
          figure: `Build, ${SYNTHETIC_SESSIONS} sessions`,
          value: `${large.seconds.toFixed(1)} s`,
          how: `${how}; DATA_DIR = temp dir with the ${real} real sessions + ${SYNTHETIC_SESSIONS - real} copies moved to other HKEX trading days and perturbed, each validated`,
        });
        rows.push({
          figure: 'Build cost per extra session',
          value: `${(((large.seconds - small.seconds) / (SYNTHETIC_SESSIONS - real)) * 1000).toFixed(1)} ms`,
          how: `(500-session build − ${real}-session build) / ${SYNTHETIC_SESSIONS - real}; session pages render on demand, so ≈ 0 within run-to-run noise (a few s over the whole build)`,
        });
        removeDir(manyDir);
      });
    } else if (has('build')) notes.push(`Build not timed (--skip-build): reused ${BENCH_DIST_DIR}.`);

    const needsServer = (['weight', 'tiles', 'big', 'timing', 'lighthouse', 'stocks', 'load', 'robustness', 'history', 'og'] as const).some(has);
    if (needsServer && !benchBuildExists()) {
      const missing = `no ${BENCH_DIST_DIR} build: run \`npm run bench\` (with the build section) first`;
      notMeasured('Served figures', missing);
      throw new Error(missing);
    }
    let app = needsServer && (['weight', 'tiles', 'timing', 'lighthouse', 'stocks', 'load', 'og'] as const).some(has) ? await startServer(realData) : undefined;
    const sessionUrl = () => (app ? `${app.origin}${SESSION_PATH}` : '');
    /** If the server died during a section, say so (with its last output) and start a new one. */
    const ensureApp = async () => {
      if (!app || (app.child.exitCode === null && app.child.signalCode === null)) return;
      notes.push(`next start on :${app.port} exited (${app.child.exitCode ?? app.child.signalCode}) during the run and was restarted; its last output: ${app.log().slice(-600).replaceAll('\n', ' ')}`);
      app = await startServer(realData);
    };
    let expectedTiles = 0;
    if (app) {
      const page = await get(sessionUrl());
      if (page.status !== 200) throw new Error(`${sessionUrl()} answered ${page.status}`);
      const tiles = countTiles(page.body.toString('utf8'));
      expectedTiles = tiles.markup;
      if (!tiles.heatmap) notes.push('The heatmap is not on the session page yet: tile figures say "not built yet" and page timings use the load event.');
    }

    await ensureApp();
    // 2. Page weight
    if (has('weight') && app) {
      await section('page weight', async () => {
        const home = await measurePage(`${app!.origin}/`);
        if (home) weightRows('/', home, { html: 120, js: 190 });
        const session = await measurePage(sessionUrl());
        if (session) weightRows(SESSION_PATH, session, { html: 120, js: 190 });
        // The Chinese edition (issue 14): the same budgets, and no extra JavaScript for the translation.
        const zh = await measurePage(`${app!.origin}/zh-hk${SESSION_PATH}`);
        if (zh) weightRows(`/zh-hk${SESSION_PATH}`, zh, { html: 120, js: 190 });
        const embed = await measurePage(`${app!.origin}${EMBED_PATH}`);
        if (embed) weightRows(EMBED_PATH, embed, { html: 40, scripts0: true });
        else notMeasured(`HTML gz, ${EMBED_PATH}`, 'not built yet (404)', 'budget ≤ 40 KB gz and 0 scripts once it exists');
      });
    }

    await ensureApp();
    // 3. Heatmap tiles in the server HTML
    if (has('tiles') && app) {
      await section('heatmap tiles', async () => {
        const html = (await get(sessionUrl())).body.toString('utf8');
        const tiles = countTiles(html);
        if (!tiles.heatmap) {
          notMeasured(`Heatmap tiles in server HTML, ${SESSION_PATH}`, 'not built yet', `expect ≈ ${sessionStocks}`);
          return;
        }
        rows.push({
          figure: `Heatmap tiles in server HTML, ${SESSION_PATH}`,
          value: `${tiles.markup} (file has ${sessionStocks} stocks)`,
          budget: `≈ ${sessionStocks} (≥ 95 %, ≤ 100 %)`,
          met: tiles.markup >= sessionStocks * 0.95 && tiles.markup <= sessionStocks,
          how: '<li id="tCODE"> elements (the tiles, lib/heatmap/tile-id.ts) in the raw HTML outside <script>; stocks without area under the size measure are only in the table',
        });
        rows.push({
          figure: 'Tile markers in the RSC payload',
          value: `${tiles.inScripts}`,
          budget: '0 (markup once per stock)',
          met: tiles.inScripts === 0,
          how: 'tile ids (id="tCODE", escaped or not) inside <script> (self.__next_f payload): the client gets compact tuples, not the markup again',
        });
      });
    }

    // 4. The synthetic 2,600-stock session
    if (has('big')) {
      await section('2,600-stock session', async () => {
        const big = makeBigSessionDir(BIG_STOCKS);
        tempDirs.push(big.dataDir);
        const server = await startServer(big.dataDir);
        const url = `${server.origin}/sessions/${big.date}`;
        const w = await measurePage(url);
        if (!w) throw new Error(`${url} answered 404`);
        const tiles = countTiles(w.html);
        rows.push({
          figure: `HTML gz, ${BIG_STOCKS.toLocaleString('en')}-stock session`,
          value: `${kb(w.htmlGz)} (${kb(w.htmlBytes)} raw; ${tiles.heatmap ? `${tiles.markup} tiles` : 'heatmap not built yet'}; JS ${kb(w.jsGz)})`,
          budget: '≤ 400 KB',
          met: w.htmlGz <= 400 * 1024,
          how: `synthetic valid snapshot (${big.stocks} stocks over the 12 industries, synthetic codes, turnover, market cap) on ${big.date} in a temp DATA_DIR, own next start; gzip -9`,
        });
        browser ??= await launchChromium();
        const lt = await longestTask(browser, url, tiles.heatmap ? tiles.markup : 0);
        rows.push({
          figure: `Longest task, ${BIG_STOCKS.toLocaleString('en')}-stock session`,
          value: `median ${ms(lt.medianMs)} (runs ${lt.runs.map((r) => Math.round(r)).join(', ')} ms; median run: ${lt.count} long tasks, ${lt.timing.event} at ${ms(lt.timing.ms)})`,
          budget: '≤ 200 ms median',
          met: lt.medianMs <= 200,
          how: `headless Chromium 1366×900, no throttling; ${lt.runs.length} loads, each in a fresh context (no HTTP cache); PerformanceObserver('longtask', buffered) injected with addInitScript before navigation, read 3 s after the heatmap is complete (the pointer moved over the page at DOMContentLoaded, so its scripts load and hydrate as they do for a reader who reaches for the map at once)`,
        });
        await server.stop();
      });
    }

    await ensureApp();
    // 5. Time until the heatmap is complete
    if (has('timing') && app) {
      await section('heatmap complete time', async () => {
        browser ??= await launchChromium();
        const how = (what: string) =>
          `${what}; navigation start → ${expectedTiles > 0 ? `all ${expectedTiles} tiles in the DOM and hydrated (React's fiber key on the map that holds them; the pointer moved over the page at DOMContentLoaded, which starts the scripts), polled every 5 ms` : 'load event (no heatmap yet)'}; median of 5 fresh contexts after 1 warm-up`;
        const desktop = await heatmapCompleteTime(browser, sessionUrl(), expectedTiles, false);
        rows.push({ figure: 'Heatmap complete, desktop', value: `${ms(desktop.medianMs)} (runs ${desktop.runs.map((r) => Math.round(r)).join(', ')})`, how: how('headless Chromium 1366×900, no throttling') });
        const mobile = await heatmapCompleteTime(browser, sessionUrl(), expectedTiles, true);
        rows.push({
          figure: 'Heatmap complete, 4× CPU throttling',
          value: `${ms(mobile.medianMs)} (runs ${mobile.runs.map((r) => Math.round(r)).join(', ')})`,
          how: how('mobile proxy: 412×823 @1.75x touch viewport, Emulation.setCPUThrottlingRate 4 via CDP, no network throttling'),
        });
      });
    }
    if (browser) {
      await browser.close();
      browser = undefined;
    }

    await ensureApp();
    // 6. Lighthouse, as a newcomer measures it: a next start of its own (nothing compiled or cached by the
    // sections before), a new Chromium per run; the real session, then the 2,600-stock synthetic one.
    if (has('lighthouse')) {
      await section('lighthouse', async () => {
        const fresh = await startServer(realData);
        try {
          lighthouseRows(SESSION_PATH, await lighthouseScores(`${fresh.origin}${SESSION_PATH}`, args.lighthouseRuns), args.lighthouseRuns);
          lighthouseRows(`/zh-hk${SESSION_PATH}`, await lighthouseScores(`${fresh.origin}/zh-hk${SESSION_PATH}`, args.lighthouseRuns), args.lighthouseRuns);
        } finally {
          await fresh.stop();
        }
        const big = makeBigSessionDir(BIG_STOCKS);
        tempDirs.push(big.dataDir);
        const bigServer = await startServer(big.dataDir);
        try {
          lighthouseRows(`${BIG_STOCKS.toLocaleString('en')}-stock session`, await lighthouseScores(`${bigServer.origin}/sessions/${big.date}`, args.lighthouseRuns), args.lighthouseRuns);
        } finally {
          await bigServer.stop();
        }
      });
    }

    await ensureApp();
    // 7. Metrics compute times
    if (has('metrics')) {
      await section('metrics', async () => {
        rows.push(...metricsRows());
        rows.push(...takeawaysRows());
      });
    }

    await ensureApp();
    // 7a. The Chinese link-preview card (issue 14)
    if (has('og') && app) {
      const server = app;
      await section('og', async () => {
        rows.push(...(await ogRows(server, SESSION)));
      });
    }

    await ensureApp();
    // 7b. Stock pages and search (issue 12)
    if (has('stocks') && app) {
      await section('stock pages and search', async () => {
        const stock = await measurePage(`${app!.origin}/stocks/00700`);
        if (!stock) throw new Error('/stocks/00700 answered 404');
        weightRows('/stocks/00700', stock, { html: 60, js: 190 });
        rows.push(...searchIndexRows(2_600));
        rows.push(...(await servedIndexRows(app!.origin)));
        await waitReady(app!.origin, 10 * 60_000);
        const bundled = await stockPageTiming(app!.origin);
        rows.push(timingRow('bundled data', bundled));
        const lh = await lighthouseScores(`${app!.origin}/stocks/00700`, args.lighthouseRuns);
        rows.push({
          figure: 'Lighthouse performance, /stocks/00700',
          value: `${lh.performance} (a11y ${lh.accessibility}${lh.failedA11y.length > 0 ? `; failing: ${lh.failedA11y.join(', ')}` : ''})`,
          budget: '≥ 0.95',
          met: lh.performance !== null && lh.performance >= 0.95,
          how: `Lighthouse 12.8, mobile defaults, median of ${args.lighthouseRuns} runs (${lh.runs.map((r) => r.performance).join(', ')})`,
        });
        // The synthetic 5,000-session × 2,600-stock archive: a DATA_DIR from the history bench's generator.
        const archive = process.env.BENCH_STOCKS_ARCHIVE_DIR;
        if (archive) {
          // Its history store: BENCH_STOCKS_ARCHIVE_STORE, else the one the history section builds (a store
          // for 5,000 sessions takes minutes to build, longer than a server start may take).
          const store = process.env.BENCH_STOCKS_ARCHIVE_STORE ?? path.join(ROOT, '.cache', 'bench', 'history-store', 'history.duckdb');
          if (!fs.existsSync(store)) throw new Error(`no history store for the archive at ${store}: run --only=history first, or set BENCH_STOCKS_ARCHIVE_STORE`);
          const server = await startNext(await port(PORT_BASE), archive, { HISTORY_STORE: store });
          servers.push(server);
          // Stopped whatever happens: a server left running would keep the store's lock from the history section.
          try {
            // Warm: the recap index is brought up to date first (a pass over 5,000 sessions after a new build).
            const readyMs = await waitReady(server.origin, 15 * 60_000);
            const big = await stockPageTiming(server.origin);
            rows.push({
              figure: 'Start to ready, synthetic archive (recap index after a new build)',
              value: `${(readyMs / 1000).toFixed(1)} s after the health check first answered`,
              how: '/api/health?ready polled every 0.5 s: 200 once the history store is open and the "In the recap" index is up to date; with a build the index has not seen, every session\'s takeaways are run again (in the background; pages are answered meanwhile)',
            });
            rows.push({ ...timingRow('synthetic archive', big, { ms: 100 }), how: `${timingRow('', big).how}; DATA_DIR=${archive}` });
            rows.push({
              figure: 'Warm server time, synthetic archive / bundled data',
              value: (big.median / bundled.median).toFixed(2),
              budget: '≤ 1.5',
              met: big.median / bundled.median <= 1.5,
              how: 'medians of the two rows above',
            });
          } finally {
            await server.stop();
          }
        } else {
          notMeasured(
            'Warm server time, /stocks/00700, 5,000 × 2,600 synthetic archive',
            'not measured: no synthetic archive yet',
            'set BENCH_STOCKS_ARCHIVE_DIR to a DATA_DIR holding it (the history bench generator), budget ≤ 100 ms and ≤ 1.5× bundled',
          );
        }
      });
    }

    await ensureApp();
    // 8. Load: the origin alone (npm start), through nginx, and nginx serving a static copy
    if ((has('load') || has('robustness')) && !(await wrkAvailable())) {
      notMeasured('Load figures', 'wrk not installed (apt-get install wrk)');
    } else {
      if (has('load') && app) {
        await section('load', async () => {
          const how = 'wrk -t2 -c50 -d20s --latency, Accept-Encoding: gzip, 30 s timeout; client and server share the 2 cores';
          for (let i = 0; i < 3; i++) await get(sessionUrl());
          const alone = await wrk(sessionUrl(), 20);
          loadRow(`Load, origin alone (npm start), ${SESSION_PATH}`, alone, how);
          const aloneErrors = alone.socketErrors + alone.badStatus;
          rows.push({
            figure: `Origin alone: p99 and errors, ${SESSION_PATH}`,
            value: `p99 ${ms(alone.p99Ms)}, ${aloneErrors} errors (${alone.socketErrors} socket incl. timeouts, ${alone.badStatus} ≥400)`,
            budget: 'p99 ≤ 250 ms, 0 errors',
            met: alone.p99Ms <= 250 && aloneErrors === 0,
            how: 'the row above',
          });
          const identity = await get(sessionUrl(), { headers: { 'Accept-Encoding': 'identity' } });
          const nginx = await startNginx(app!.port, await port(PORT_BASE + 60), identity.body);
          nginxes.push(nginx);
          const viaNginx = `${nginx.origin}${SESSION_PATH}`;
          let cache = 'none';
          for (let i = 0; i < 10 && cache !== 'HIT'; i++) {
            const res = await get(viaNginx, { headers: { 'Accept-Encoding': 'gzip' } });
            cache = res.headers.get('x-cache-status') ?? 'none';
            if (cache !== 'HIT') await sleep(300);
          }
          const proxied = await wrk(viaNginx, 20);
          loadRow(`Load, through nginx (deploy/nginx.conf), ${SESSION_PATH}`, proxied, `${how}; cache warmed first`, `; X-Cache-Status after warming: ${cache}`);
          if (cache !== 'HIT') notes.push(`nginx did not cache ${SESSION_PATH} (X-Cache-Status ${cache}): the page's Cache-Control does not allow a shared cache, so every request went to next start.`);
          const staticCopy = await wrk(`${nginx.origin}${STATIC_COPY}`, 20);
          loadRow(`Load, nginx serving a static copy (${kb(identity.body.length)})`, staticCopy, `${how}; the page's HTML written to a file, gzipped per request as deploy/nginx.conf does, same server block`);
          const originRatio = alone.rps / staticCopy.rps;
          rows.push({
            figure: 'Throughput origin alone / nginx static copy',
            value: `${originRatio.toFixed(2)} (${alone.rps.toFixed(0)} / ${staticCopy.rps.toFixed(0)} req/s)`,
            budget: '≥ 0.3',
            met: originRatio >= 0.3,
            how: 'req/s of the origin-alone row over the static-copy row, same run, same wrk settings (the issue\'s baseline: nginx gzips the file per request, as deploy/nginx.conf does)',
          });
          // nginx at its fastest: the same bytes pre-gzipped, sent by sendfile with no compression at all.
          const staticGz = await wrk(`${nginx.origin}${STATIC_COPY_GZ}`, 20);
          loadRow(`Load, nginx serving a pre-gzipped static copy (gzip_static)`, staticGz, `${how}; the same HTML with its gzip -9 beside it`);
          rows.push({
            figure: 'Throughput origin alone / nginx pre-gzipped static copy',
            value: `${(alone.rps / staticGz.rps).toFixed(2)} (${alone.rps.toFixed(0)} / ${staticGz.rps.toFixed(0)} req/s)`,
            how: 'no budget: the stricter comparison (nginx does no compression and copies no bytes through user space; Node writes each body)',
          });
          // The other routes that do real work, each alone on the origin.
          const others: [string, string][] = [
            ['embed', EMBED_PATH],
            ['summary.png', `${SESSION_PATH}/summary.png`],
            ['heatmap.svg', `${SESSION_PATH}/heatmap.svg`],
            ['oEmbed', `/api/oembed?url=${encodeURIComponent(`${app!.origin}${SESSION_PATH}`)}`],
            ['CSV', `${SESSION_PATH}.csv`],
            ['feed', '/feed.xml'],
          ];
          for (const [label, p] of others) {
            await get(`${app!.origin}${p}`);
            const r = await wrk(`${app!.origin}${p}`, 10);
            const errors = r.socketErrors + r.badStatus;
            rows.push({
              figure: `Load, origin alone, ${label} (${p.length > 40 ? `${p.slice(0, 40)}…` : p})`,
              value: `${r.rps.toFixed(0)} req/s, p99 ${ms(r.p99Ms)} (p50 ${ms(r.p50Ms)}; ${r.requests} requests, ${errors} errors)`,
              budget: 'p99 ≤ 250 ms, 0 errors',
              met: r.p99Ms <= 250 && errors === 0,
              how: 'wrk -t2 -c50 -d10s --latency, Accept-Encoding: gzip, after one warm-up request',
            });
          }
          const ratio = proxied.rps / staticCopy.rps;
          rows.push({
            figure: 'Throughput through nginx / nginx static copy',
            value: ratio.toFixed(2),
            budget: '≥ 0.8',
            met: ratio >= 0.8,
            how: 'req/s of the two rows above',
          });
          await nginx.stop();
        });
      }

      // 8b. Robustness under load: errors and memory of a fresh next start
      if (has('robustness')) {
        await section('robustness', async () => {
          const probeFile = path.join(os.tmpdir(), `hkmr-heap-${process.pid}.json`);
          const port = await freePort(PORT_BASE + 50, usedPorts);
          const server = await startNext(port, realData, {
            NODE_OPTIONS: `--expose-gc -r ${path.join(ROOT, 'scripts/bench/heap-probe.cjs')}`,
            HEAP_PROBE_FILE: probeFile,
          });
          const probe = async (): Promise<{ rss: number; heapUsed: number; rssBeforeGc: number }> => {
            fs.rmSync(probeFile, { force: true });
            process.kill(server.pid, 'SIGUSR2');
            for (let i = 0; i < 50 && !fs.existsSync(probeFile); i++) await sleep(100);
            return JSON.parse(fs.readFileSync(probeFile, 'utf8'));
          };
          try {
            const url = `${server.origin}${SESSION_PATH}`;
            // Warm up first (100 requests: caches filled, hot code compiled), so "start" is the steady state
            // the load is compared with, not a cold process.
            for (let i = 0; i < 100; i++) {
              const warm = await get(url);
              if (warm.status !== 200) throw new Error(`${url} answered ${warm.status}`);
            }
            const before = rssBytes(server.pid);
            const heapBefore = await probe();
            const load = await wrk(url, 30);
            const after = rssBytes(server.pid);
            await sleep(10_000);
            const settled = rssBytes(server.pid);
            const heapAfter = await probe();
            const errors = load.socketErrors + load.badStatus;
            rows.push({
              figure: 'Errors under load, next start, 50 conn × 30 s',
              value: `${errors} (${load.socketErrors} socket errors, ${load.badStatus} ≥400; ${load.requests} requests, ${load.rps.toFixed(0)} req/s, p99 ${ms(load.p99Ms)})`,
              budget: '0',
              met: errors === 0,
              how: `wrk -t2 -c50 -d30s against a fresh next start (${SESSION_PATH})`,
            });
            rows.push({
              figure: 'Live JS heap of next start, before and after that load',
              value: `${mb(heapBefore.heapUsed)} → ${mb(heapAfter.heapUsed)} (${(((heapAfter.heapUsed - heapBefore.heapUsed) / heapBefore.heapUsed) * 100).toFixed(0)} %)`,
              budget: 'back within 10 % of start',
              met: heapAfter.heapUsed <= heapBefore.heapUsed * 1.1,
              how: 'process.memoryUsage().heapUsed after two full GCs (node --expose-gc, a preloaded probe answering SIGUSR2): what the server still holds, without the garbage V8 has not collected yet',
            });
            rows.push({
              figure: 'Memory (RSS) of next start around that load',
              value: `${mb(before)} → ${mb(after)} right after → ${mb(settled)} 10 s later (${(((settled - before) / before) * 100).toFixed(0)} %) → ${mb(heapAfter.rss)} after a full GC (${(((heapAfter.rss - before) / before) * 100).toFixed(0)} %)`,
              budget: 'back within 10 % of start',
              met: heapAfter.rss <= before * 1.1,
              how: 'VmRSS from /proc/PID/status of the server process and its children; start = after 100 warm-up requests. V8 and malloc keep freed pages for reuse, so RSS falls slowly even when the heap is back',
            });
          } finally {
            fs.rmSync(probeFile, { force: true });
            await server.stop();
          }
        });
      }
    }
    // 9. History: the store and the pages on 20 years of the whole exchange
    if (has('history')) {
      await section('history', async () => {
        await historyRows(rows, port, (line) => console.error(`  ${line}`));
      });
    }
  } finally {
    if (browser) await browser.close().catch(() => undefined);
    for (const n of nginxes) await n.stop().catch(() => undefined);
    for (const s of servers) await s.stop().catch(() => undefined);
    await stopAll();
    for (const d of tempDirs) removeDir(d);
  }

  const minutes = (performance.now() - runStarted) / 60_000;
  notes.push(`Run took ${minutes.toFixed(1)} min. Load average (1 min) ${loadAtStart.toFixed(1)} at start, ${os.loadavg()[0]!.toFixed(1)} at end, on ${os.cpus().length} cores: above ~2, other work shared the machine and timings are noisy.`);
  if (has('lighthouse')) {
    notes.push(
      'Lighthouse figures depend on the host: its simulated throttling multiplies the task times it observes by 4, so a host that is slower or busy (see benchmarkIndex in the rows, and the load average above) scores lower for the same page. Before any commit that changes what the session page ships, re-run `npm run bench -- --only=lighthouse --skip-build` (after a build) and keep this file from the tree it measured; `npx tsx scripts/perf-ab.ts URL_A URL_B` compares two builds run by run, alternating.',
    );
  }
  const missing = SECTIONS.filter((s) => !has(s));
  if (missing.length > 0) notes.push(`Sections not run this time: ${missing.join(', ')}.`);
  writeReport(REPORT, command, rows, notes);
  console.log(`\n${table(rows)}\n`);
  for (const n of notes) console.log(`- ${n}`);
  console.log(`\nWritten to ${path.relative(ROOT, REPORT)}`);
}

const watchdog = setTimeout(() => {
  console.error(`bench: still running after ${WATCHDOG_MS / 60_000} min; stopping everything it started`);
  void stopAll().finally(() => process.exit(2));
}, WATCHDOG_MS);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void stopAll().finally(() => {
      for (const d of tempDirs) removeDir(d);
      process.exit(130);
    });
  });
}

main()
  .then(() => {
    clearTimeout(watchdog);
    process.exit(sectionErrors > 0 ? 1 : 0);
  })
  .catch(async (error: unknown) => {
    clearTimeout(watchdog);
    console.error(error);
    await stopAll();
    if (rows.length > 0) writeReport(REPORT, ['npm run bench', ...process.argv.slice(2)].join(' '), rows, [...notes, `Stopped early: ${(error as Error).message}`]);
    process.exit(1);
  });
