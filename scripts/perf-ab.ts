/**
 * A/B of page speed between servers, alternating runs so that load from other work on the machine falls
 * on every side alike. Each run is Lighthouse 12.8 (mobile) in a fresh Chromium (no cache).
 *
 *   npx tsx scripts/perf-ab.ts --runs=5 [--method=simulate|devtools] [--save=/tmp/traces] URL_A URL_B …
 *
 * --method=devtools applies a real 4× CPU slowdown (and network throttling) through the DevTools
 * protocol instead of Lighthouse's simulation, so the task durations are measured, not estimated.
 * Prints, per URL, every run and the medians: score, TBT, LCP, FCP, the main-thread breakdown, the work per
 * script and the long tasks.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM } from './bench/browser-timings';
import { formatBreakdown, mainThreadBreakdown, type MainThreadBreakdown } from './bench/main-thread';

interface Run {
  score: number;
  tbt: number;
  lcp: number;
  fcp: number;
  si: number;
  benchmarkIndex: number;
  breakdown: MainThreadBreakdown;
}

const args = process.argv.slice(2);
const runs = Number(args.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? 5);
const method = (args.find((a) => a.startsWith('--method='))?.split('=')[1] ?? 'simulate') as 'simulate' | 'devtools';
const save = args.find((a) => a.startsWith('--save='))?.split('=')[1];
const urls = args.filter((a) => !a.startsWith('--'));
if (urls.length === 0) throw new Error('usage: perf-ab.ts [--runs=5] [--method=simulate|devtools] [--save=DIR] URL …');

async function once(url: string, i: number, label: string): Promise<Run> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'], throttlingMethod: method });
    if (!result) throw new Error('no result');
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(lhr.runtimeError.message);
    if (save) {
      fs.mkdirSync(save, { recursive: true });
      const trace = (result.artifacts as unknown as { Trace?: unknown }).Trace;
      if (trace) fs.writeFileSync(path.join(save, `${label}-${i}.trace.json`), JSON.stringify(trace));
      fs.writeFileSync(path.join(save, `${label}-${i}.lhr.json`), JSON.stringify(lhr));
    }
    const a = lhr.audits;
    return {
      score: lhr.categories.performance?.score ?? 0,
      tbt: a['total-blocking-time']?.numericValue ?? NaN,
      lcp: a['largest-contentful-paint']?.numericValue ?? NaN,
      fcp: a['first-contentful-paint']?.numericValue ?? NaN,
      si: a['speed-index']?.numericValue ?? NaN,
      benchmarkIndex: lhr.environment.benchmarkIndex,
      breakdown: mainThreadBreakdown(a),
    };
  } finally {
    chrome.kill();
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

const results = new Map<string, Run[]>(urls.map((u) => [u, []]));
for (let i = 0; i < runs; i++) {
  for (const [k, url] of urls.entries()) {
    // Alternate the order too, so neither side always runs first after a pause.
    const u = i % 2 === 0 ? url : urls[urls.length - 1 - k]!;
    const label = String.fromCharCode(65 + urls.indexOf(u));
    const r = await once(u, i, label);
    results.get(u)!.push(r);
    console.log(
      `${label} run ${i + 1}: score ${r.score.toFixed(2)} TBT ${Math.round(r.tbt)} LCP ${Math.round(r.lcp)} FCP ${Math.round(r.fcp)} SI ${Math.round(r.si)} bi ${Math.round(r.benchmarkIndex)} | ${formatBreakdown(r.breakdown)}`,
    );
  }
}
console.log('\n== medians');
for (const [k, url] of urls.entries()) {
  const rs = results.get(url)!;
  const groups = new Set(rs.flatMap((r) => Object.keys(r.breakdown.groups)));
  const g = [...groups].map((name) => `${name} ${Math.round(median(rs.map((r) => r.breakdown.groups[name] ?? 0)))}`).join(', ');
  const scripts = new Set(rs.flatMap((r) => r.breakdown.scripts.map((s) => s.url)));
  const sc = [...scripts]
    .map((name) => [name, median(rs.map((r) => r.breakdown.scripts.find((s) => s.url === name)?.total ?? 0))] as const)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([n, v]) => `${n} ${Math.round(v)}`)
    .join(', ');
  console.log(
    `${String.fromCharCode(65 + k)} ${url}\n  score ${median(rs.map((r) => r.score)).toFixed(2)} (worst ${Math.min(...rs.map((r) => r.score)).toFixed(2)}) TBT ${Math.round(median(rs.map((r) => r.tbt)))} LCP ${Math.round(median(rs.map((r) => r.lcp)))} FCP ${Math.round(median(rs.map((r) => r.fcp)))} bi ${Math.round(median(rs.map((r) => r.benchmarkIndex)))}\n  main thread ${Math.round(median(rs.map((r) => r.breakdown.total)))} ms: ${g}\n  scripts: ${sc}\n  long tasks (count, sum): ${median(rs.map((r) => r.breakdown.longTasks.length))}, ${Math.round(median(rs.map((r) => r.breakdown.longTasks.reduce((s, t) => s + t.duration, 0))))} ms; DOM ${rs[0]!.breakdown.domElements}; LCP el ${rs[0]!.breakdown.lcpElement}`,
  );
}
