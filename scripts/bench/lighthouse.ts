/**
 * Lighthouse 12.8 through its node API (Lighthouse 13 needs Node 22; the project runs Node 20), against
 * Debian's Chromium started by chrome-launcher, the way a newcomer measures: default config (mobile
 * emulation, simulated throttling), every run in a new Chromium with a new profile (no HTTP cache, no
 * V8 code cache). Scores vary from run to run and with the load on the host, so each page gets several
 * runs and the report gives the median and the worst, with TBT and LCP beside the score, the host's
 * benchmarkIndex (Lighthouse's own CPU benchmark, measured in each run) and where the main thread went.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM } from './browser-timings';
import { mainThreadBreakdown, type MainThreadBreakdown } from './main-thread';

export interface LighthouseRun {
  performance: number | null;
  accessibility: number | null;
  /** Total blocking time, largest contentful paint, first contentful paint (ms, Lighthouse's estimates). */
  tbt: number;
  lcp: number;
  fcp: number;
  benchmarkIndex: number;
  breakdown: MainThreadBreakdown;
}

export interface LighthouseScores {
  performance: number | null;
  accessibility: number | null;
  runs: LighthouseRun[];
  /** Failed accessibility audits of any run, for the report. */
  failedA11y: string[];
  /** The Chromium Lighthouse drove, as it reports itself (e.g. "HeadlessChrome/156.0.8078.114"). */
  userAgent: string;
}

export const median = (xs: number[]) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export async function lighthouseScores(url: string, runs = 5): Promise<LighthouseScores> {
  const out: LighthouseRun[] = [];
  const failedA11y = new Set<string>();
  let userAgent = 'unknown';
  for (let i = 0; i < runs; i++) {
    const chrome = await chromeLauncher.launch({
      chromePath: CHROMIUM,
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
      logLevel: 'silent',
    });
    try {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { categories, audits, runtimeError, environment } = result.lhr;
      if (runtimeError) throw new Error(`Lighthouse: ${runtimeError.code} ${runtimeError.message}`);
      userAgent = /(?:Headless)?Chrome\/[\d.]+/.exec(environment.hostUserAgent)?.[0] ?? environment.hostUserAgent;
      out.push({
        performance: categories.performance?.score ?? null,
        accessibility: categories.accessibility?.score ?? null,
        tbt: audits['total-blocking-time']?.numericValue ?? NaN,
        lcp: audits['largest-contentful-paint']?.numericValue ?? NaN,
        fcp: audits['first-contentful-paint']?.numericValue ?? NaN,
        benchmarkIndex: environment.benchmarkIndex,
        breakdown: mainThreadBreakdown(audits),
      });
      for (const ref of categories.accessibility?.auditRefs ?? []) if (ref.weight > 0 && audits[ref.id]?.score === 0) failedA11y.add(ref.id);
    } finally {
      chrome.kill();
    }
  }
  const scores = (k: 'performance' | 'accessibility') => out.flatMap((r) => (r[k] === null ? [] : [r[k]!]));
  const perf = scores('performance');
  const a11y = scores('accessibility');
  return {
    performance: perf.length ? median(perf) : null,
    accessibility: a11y.length ? median(a11y) : null,
    runs: out,
    failedA11y: [...failedA11y],
    userAgent,
  };
}
