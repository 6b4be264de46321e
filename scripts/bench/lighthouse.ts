/**
 * Lighthouse 12.8 through its node API (Lighthouse 13 needs Node 22; the project runs Node 20), against
 * Debian's Chromium started by chrome-launcher. Default config = mobile emulation with simulated
 * throttling. Scores vary from run to run, so the median of a few runs is reported.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM } from './browser-timings';

export interface LighthouseScores {
  performance: number | null;
  accessibility: number | null;
  runs: { performance: number | null; accessibility: number | null }[];
  /** Failed accessibility audits of the median run, for the report. */
  failedA11y: string[];
}

const median = (xs: number[]) => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

export async function lighthouseScores(url: string, runs = 3): Promise<LighthouseScores> {
  const out: LighthouseScores['runs'] = [];
  let failedA11y: string[] = [];
  for (let i = 0; i < runs; i++) {
    const chrome = await chromeLauncher.launch({
      chromePath: CHROMIUM,
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
      logLevel: 'silent',
    });
    try {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { categories, audits, runtimeError } = result.lhr;
      if (runtimeError) throw new Error(`Lighthouse: ${runtimeError.code} ${runtimeError.message}`);
      out.push({ performance: categories.performance?.score ?? null, accessibility: categories.accessibility?.score ?? null });
      const failed = (categories.accessibility?.auditRefs ?? []).filter((ref) => ref.weight > 0 && audits[ref.id]?.score === 0).map((ref) => ref.id);
      if (failed.length > 0) failedA11y = failed;
    } finally {
      chrome.kill();
    }
  }
  return {
    performance: median(out.flatMap((r) => (r.performance === null ? [] : [r.performance]))),
    accessibility: median(out.flatMap((r) => (r.accessibility === null ? [] : [r.accessibility]))),
    runs: out,
    failedA11y,
  };
}
