/**
 * Benchmark of the rotation metrics on synthetic sessions: every session's metrics (industries, themes,
 * breadth, dispersion, rotation) plus the look-back metrics (trends, RRG) over the whole run.
 * Run: npx tsx scripts/bench-metrics.ts. `benchMetrics()` returns the figures for a top-level `npm run bench`.
 * Budgets on the dev machine: 500 × 120 under 50 ms, 2,600 × 250 under 500 ms.
 */
import { pathToFileURL } from 'node:url';
import { INDUSTRIES } from '@/lib/industries';
import { historyMetrics, sessionMetrics } from '@/lib/metrics';
import type { Session, StockQuote } from '@/lib/session/model';
import type { Theme } from '@/lib/themes';

export interface BenchCase {
  stocks: number;
  sessions: number;
  budgetMs: number;
  medianMs: number;
  runsMs: number[];
  /** Median ms divided by stock-sessions, to show the cost grows linearly. */
  msPerStockSession: number;
  withinBudget: boolean;
}

/** Deterministic pseudo-random numbers (LCG), so every run measures the same data. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function syntheticSessions(stockCount: number, sessionCount: number): Session[] {
  const rnd = lcg(42);
  const sectors = Array.from({ length: stockCount }, (_, i) => INDUSTRIES[i % INDUSTRIES.length]!);
  const out: Session[] = [];
  for (let t = 0; t < sessionCount; t++) {
    const day = new Date(Date.UTC(2024, 0, 2) + t * 86_400_000).toISOString().slice(0, 10);
    const stocks: StockQuote[] = sectors.map((sector, i) => {
      const changePct = (rnd() - 0.5) * 8;
      return { code: String(i).padStart(5, '0'), name: `S${i}`, nameZh: null, sector, changePct, close: 10, prevClose: 10 / (1 + changePct / 100), volume: 1000, turnover: 10_000 * (1 + rnd()), marketCap: null, closeBasis: 'actual', listingDate: null, extreme: false };
    });
    const hsi = (rnd() - 0.5) * 3;
    out.push({ date: day, session: 'full', indices: [{ id: 'HSI', name: 'Hang Seng Index', nameZh: null, close: 20000, prevClose: 20000 / (1 + hsi / 100), change: 0, changePct: hsi }], stocks, reportedSectors: null, warnings: [] });
  }
  return out;
}

export function syntheticThemes(stockCount: number): Theme[] {
  return Array.from({ length: 13 }, (_, k) => ({
    id: k === 0 ? 'internet-platforms' : `theme-${k}`,
    name: `Theme ${k}`,
    codes: Array.from({ length: 10 }, (_, j) => String((k * 37 + j * 11) % stockCount).padStart(5, '0')),
  }));
}

function computeAll(sessions: readonly Session[], themes: readonly Theme[]): number {
  let sink = 0;
  for (const s of sessions) sink += sessionMetrics(s, themes).dispersionPp ?? 0;
  const h = historyMetrics(sessions);
  return sink + h.rrg.length;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function benchMetrics(repetitions = 7): BenchCase[] {
  const cases = [
    { stocks: 500, sessions: 120, budgetMs: 50 },
    { stocks: 2600, sessions: 250, budgetMs: 500 },
  ];
  return cases.map(({ stocks, sessions, budgetMs }) => {
    const data = syntheticSessions(stocks, sessions);
    const themes = syntheticThemes(stocks);
    computeAll(data, themes); // warm-up: JIT
    const runsMs: number[] = [];
    for (let r = 0; r < repetitions; r++) {
      const t0 = performance.now();
      computeAll(data, themes);
      runsMs.push(performance.now() - t0);
    }
    const medianMs = median(runsMs);
    return { stocks, sessions, budgetMs, medianMs, runsMs, msPerStockSession: medianMs / (stocks * sessions), withinBudget: medianMs < budgetMs };
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const c of benchMetrics()) {
    console.log(
      `${String(c.stocks).padStart(5)} stocks × ${String(c.sessions).padStart(3)} sessions: median ${c.medianMs.toFixed(1)} ms ` +
        `(budget ${c.budgetMs} ms, ${c.withinBudget ? 'ok' : 'OVER'}); runs ${c.runsMs.map((x) => x.toFixed(1)).join(', ')}; ` +
        `${(c.msPerStockSession * 1e6).toFixed(1)} ns per stock-session`,
    );
  }
}
