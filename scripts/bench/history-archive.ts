/**
 * The synthetic archive for the history budgets: 5,000 sessions × 2,600 stocks (20 years of the whole
 * exchange), written once under `.cache/bench/` (ignored by git) and reused by later runs; a `complete`
 * marker says the set is whole. Prices follow random walks (deterministic PRNG), with stocks listing
 * through the years and a few ±50 % days, so period returns, listings and extremes all occur.
 * Dates are the 5,000 weekdays ending on the last bundled session (holidays are not skipped: the calendar
 * bundled covers 2024–2026 only, and the store does not need it).
 */
import fs from 'node:fs';
import path from 'node:path';
import { INDUSTRIES } from '@/lib/industries';
import type { SessionFile, StockRow } from '@/lib/schema/session';
import { validateSession } from '@/lib/session/validate';
import { ROOT } from './processes';

export const ARCHIVE_SESSIONS = 5_000;
export const ARCHIVE_STOCKS = 2_600;
export const ARCHIVE_LAST_DATE = '2025-06-30';
export const ARCHIVE_DIR = path.join(ROOT, '.cache', 'bench', `archive-${ARCHIVE_SESSIONS}x${ARCHIVE_STOCKS}`);
const MARKER = 'complete';

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function gauss(rand: () => number): number {
  let s = 0;
  for (let i = 0; i < 6; i++) s += rand();
  return (s - 3) * Math.SQRT2;
}

/** `count` weekdays ending at `last`, oldest first. */
export function weekdaysEndingAt(last: string, count: number): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${last}T00:00:00Z`); out.length < count; t -= 86_400_000) {
    const day = new Date(t).getUTCDay();
    if (day !== 0 && day !== 6) out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out.reverse();
}

/** The next weekday after `date`: where the bench drops "one new session". */
export function nextWeekday(date: string): string {
  for (let t = Date.parse(`${date}T00:00:00Z`) + 86_400_000; ; t += 86_400_000) {
    const day = new Date(t).getUTCDay();
    if (day !== 0 && day !== 6) return new Date(t).toISOString().slice(0, 10);
  }
}

interface Walker {
  code: string;
  name: string;
  sector: (typeof INDUSTRIES)[number];
  close: number;
  /** Index of the first session it trades in. */
  listedAt: number;
  vol: number;
  volume: number;
}

function walkers(rand: () => number): Walker[] {
  const out: Walker[] = [];
  for (let i = 0; i < ARCHIVE_STOCKS; i++) {
    const sector = INDUSTRIES[Math.floor(rand() * INDUSTRIES.length)]!;
    // Half are there from the start; the rest list evenly through the 20 years.
    const listedAt = rand() < 0.5 ? 0 : Math.floor(rand() * (ARCHIVE_SESSIONS - 10));
    out.push({
      code: String(i + 1).padStart(5, '0'),
      name: `SYNTH ${sector.slice(0, 10).toUpperCase()} ${i + 1}`,
      sector,
      close: Math.round(Math.exp(gauss(rand) * 1.2 + 1.5) * 1000) / 1000,
      listedAt,
      vol: 1 + rand() * 2.5,
      volume: Math.exp(gauss(rand) * 1.5 + 14),
    });
  }
  return out;
}

/** Session `i` of the archive and the walkers advanced to it. */
function session(date: string, i: number, stocks: Walker[], hsi: { close: number }, rand: () => number): SessionFile {
  const market = gauss(rand) * 1.1;
  const rows: StockRow[] = [];
  for (const w of stocks) {
    if (i < w.listedAt) continue;
    if (i === w.listedAt && i > 0) continue; // a listing has no previous close on its first day (as the ingest does)
    const shock = rand() < 0.0005 ? (rand() < 0.5 ? -55 : 80) : 0;
    const pct = Math.max(-90, market * 0.6 + gauss(rand) * w.vol + shock);
    const prevClose = w.close;
    const close = Math.max(0.001, Math.round(prevClose * (1 + pct / 100) * 1000) / 1000);
    w.close = close;
    const volume = Math.round(w.volume * (0.5 + rand()));
    rows.push({
      code: w.code,
      name: w.name,
      sector: w.sector,
      changePct: Math.round((close / prevClose - 1) * 1e6) / 1e4,
      close,
      prevClose,
      volume,
      turnover: Math.round(volume * close),
      closeBasis: 'actual',
    });
  }
  const hsiPrev = hsi.close;
  hsi.close = Math.round(hsiPrev * (1 + market / 100) * 100) / 100;
  return {
    schemaVersion: 1,
    date,
    market: 'XHKG',
    session: 'full',
    indices: [{ id: 'HSI', name: 'Hang Seng Index', close: hsi.close, prevClose: hsiPrev }],
    stocks: rows,
  };
}

/** The extra session the bench adds after the archive's last, generated in the same way. */
export function extraSession(date: string): SessionFile {
  const rand = random(99);
  const stocks = walkers(random(2600)).map((w) => ({ ...w, listedAt: 0 }));
  return session(date, 1, stocks, { close: 24_000 }, rand);
}

/** Makes the archive unless a complete one is there; returns its DATA_DIR. */
export function ensureArchive(log: (line: string) => void = () => {}): string {
  const sessionsDir = path.join(ARCHIVE_DIR, 'sessions');
  if (fs.existsSync(path.join(ARCHIVE_DIR, MARKER))) return ARCHIVE_DIR;
  fs.rmSync(ARCHIVE_DIR, { recursive: true, force: true });
  fs.mkdirSync(sessionsDir, { recursive: true });
  // What else a DATA_DIR holds (calendar, themes), from the bundled data.
  for (const entry of fs.readdirSync(path.join(ROOT, 'data'))) {
    if (entry !== 'sessions') fs.cpSync(path.join(ROOT, 'data', entry), path.join(ARCHIVE_DIR, entry), { recursive: true });
  }
  const dates = weekdaysEndingAt(ARCHIVE_LAST_DATE, ARCHIVE_SESSIONS);
  const rand = random(20_250_630);
  const stocks = walkers(random(2600));
  const hsi = { close: 15_000 };
  const started = performance.now();
  dates.forEach((date, i) => {
    const file = session(date, i, stocks, hsi, rand);
    const json = JSON.stringify(file);
    if (i === dates.length - 1 || i === 0) {
      const check = validateSession(json, date, { expectedDate: date });
      if (!check.ok) throw new Error(`synthetic ${date} is invalid: ${check.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
    }
    fs.writeFileSync(path.join(sessionsDir, `${date}.json`), json);
    if (i % 500 === 499) log(`archive: ${i + 1}/${dates.length} sessions written (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  });
  fs.writeFileSync(path.join(ARCHIVE_DIR, MARKER), `${dates.length} sessions × up to ${ARCHIVE_STOCKS} stocks, ${dates[0]} to ${dates.at(-1)}\n`);
  return ARCHIVE_DIR;
}
