/**
 * Synthetic data directories for the benchmark, made in the OS temp dir and removed afterwards:
 * - many sessions: the real samples plus copies of them moved to other HKEX trading days (from the bundled
 *   calendar) and perturbed (prices scaled, volumes and turnover jittered), so a build sees N files;
 * - one big session: 2,600 stocks across the 12 industries with synthetic codes, to size the heatmap.
 * Every generated file is checked with the project's own validator, so the pages render it, not an error.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { INDUSTRIES } from '@/lib/industries';
import type { SessionFile, StockRow } from '@/lib/schema/session';
import { validateSession } from '@/lib/session/validate';
import { parseCalendarCsv } from '@/lib/calendar';
import { ROOT } from './processes';

const DATA = path.join(ROOT, 'data');
const SESSIONS = path.join(DATA, 'sessions');

/** A small deterministic PRNG (mulberry32), so every run generates the same files. */
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

/** Roughly normal (sum of uniforms), mean 0, sd ≈ 1. */
function gauss(rand: () => number): number {
  let s = 0;
  for (let i = 0; i < 6; i++) s += rand();
  return (s - 3) * Math.SQRT2;
}

const round = (x: number, digits: number) => Number(x.toFixed(digits));

export function realSessionDates(): string[] {
  return fs
    .readdirSync(SESSIONS)
    .map((f) => /^(\d{4}-\d{2}-\d{2})\.json$/.exec(f)?.[1])
    .filter((d): d is string => d !== undefined)
    .sort();
}

function readSession(date: string): SessionFile {
  return JSON.parse(fs.readFileSync(path.join(SESSIONS, `${date}.json`), 'utf8')) as SessionFile;
}

const calendar = () => parseCalendarCsv(fs.readFileSync(path.join(DATA, 'hkex-calendar.csv'), 'utf8'), 'data/hkex-calendar.csv');

/** A temp DATA_DIR with everything in data/ except the sessions (calendar, themes, schema...). */
function newDataDir(label: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `hk-bench-${label}-`));
  for (const entry of fs.readdirSync(DATA)) {
    if (entry === 'sessions') continue;
    fs.cpSync(path.join(DATA, entry), path.join(dir, entry), { recursive: true });
  }
  fs.mkdirSync(path.join(dir, 'sessions'));
  return dir;
}

function writeChecked(dir: string, session: SessionFile): void {
  const json = JSON.stringify(session);
  const file = path.join(dir, 'sessions', `${session.date}.json`);
  const result = validateSession(json, file, { expectedDate: session.date });
  if (!result.ok) throw new Error(`synthetic session ${session.date} is invalid: ${result.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  fs.writeFileSync(file, json);
}

/** Trading days in the bundled calendar, oldest first. */
function tradingDays(): { date: string; kind: 'full' | 'half' }[] {
  const cal = calendar();
  const out: { date: string; kind: 'full' | 'half' }[] = [];
  const d = new Date(`${cal.first}T00:00:00Z`);
  const last = new Date(`${cal.last}T00:00:00Z`);
  while (d <= last) {
    const date = d.toISOString().slice(0, 10);
    if (cal.isTradingDay(date)) out.push({ date, kind: cal.sessionKind(date) === 'half' ? 'half' : 'full' });
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return out;
}

/** A real session moved to `date` and perturbed: every price scaled by one factor (so % changes stay consistent). */
function perturb(base: SessionFile, date: string, kind: 'full' | 'half', rand: () => number): SessionFile {
  const scale = 0.8 + rand() * 0.4;
  const stocks = base.stocks.map((s): StockRow => {
    const jitter = 0.5 + rand();
    return {
      ...s,
      ...(s.close !== undefined ? { close: round(s.close * scale, 4) } : {}),
      ...(s.prevClose !== undefined ? { prevClose: round(s.prevClose * scale, 4) } : {}),
      ...(typeof s.volume === 'number' ? { volume: Math.round(s.volume * jitter) } : {}),
      ...(typeof s.turnover === 'number' ? { turnover: Math.round(s.turnover * jitter * scale) } : {}),
      ...(typeof s.marketCap === 'number' ? { marketCap: Math.round(s.marketCap * scale) } : {}),
    };
  });
  return { ...base, date, session: kind, stocks };
}

/**
 * A DATA_DIR holding the real sessions plus synthetic ones up to `total` sessions.
 * The synthetic ones take the calendar's trading days that no real session uses, oldest first.
 */
export function makeManySessionsDir(total: number): string {
  const real = realSessionDates();
  const dir = newDataDir(`${total}-sessions`);
  for (const date of real) fs.copyFileSync(path.join(SESSIONS, `${date}.json`), path.join(dir, 'sessions', `${date}.json`));
  const taken = new Set(real);
  const free = tradingDays().filter((d) => !taken.has(d.date));
  const needed = total - real.length;
  if (free.length < needed) throw new Error(`the calendar has only ${free.length} free trading days for ${needed} synthetic sessions`);
  const rand = random(20250521);
  const bases = real.map(readSession);
  for (let i = 0; i < needed; i++) {
    const day = free[i]!;
    writeChecked(dir, perturb(bases[i % bases.length]!, day.date, day.kind, rand));
  }
  return dir;
}

/** Share of listed companies per industry, roughly as on the exchange (Consumer Discretionary largest). */
const INDUSTRY_WEIGHT: Record<(typeof INDUSTRIES)[number], number> = {
  Conglomerates: 1,
  'Consumer Discretionary': 20,
  'Consumer Staples': 7,
  Energy: 3,
  Financials: 10,
  Healthcare: 10,
  Industrials: 14,
  'Information Technology': 9,
  Materials: 6,
  'Properties & Construction': 13,
  Telecommunications: 2,
  Utilities: 5,
};

export interface BigSession {
  dataDir: string;
  date: string;
  stocks: number;
}

/**
 * A DATA_DIR with the real sessions plus one synthetic session of `count` stocks on the next trading day
 * after the last real one (so it is also what `/` redirects to there).
 */
export function makeBigSessionDir(count: number): BigSession {
  const real = realSessionDates();
  const last = real[real.length - 1]!;
  const next = tradingDays().find((d) => d.date > last);
  if (!next) throw new Error(`no trading day after ${last} in the calendar`);
  const dir = newDataDir(`${count}-stocks`);
  for (const date of real) fs.copyFileSync(path.join(SESSIONS, `${date}.json`), path.join(dir, 'sessions', `${date}.json`));
  const template = readSession(last);
  const rand = random(2600);
  const totalWeight = Object.values(INDUSTRY_WEIGHT).reduce((a, b) => a + b, 0);
  const stocks: StockRow[] = [];
  let code = 1;
  for (const sector of INDUSTRIES) {
    const n = sector === INDUSTRIES[INDUSTRIES.length - 1] ? count - stocks.length : Math.round((count * INDUSTRY_WEIGHT[sector]) / totalWeight);
    for (let i = 0; i < n; i++, code++) {
      const prevClose = round(Math.exp(gauss(rand) * 1.5 + 1), 3);
      const changePct = round(Math.max(-60, Math.min(80, gauss(rand) * 2.5 + (rand() < 0.01 ? 30 : 0))), 4);
      const close = round(prevClose * (1 + changePct / 100), 3);
      const volume = Math.round(Math.exp(gauss(rand) * 2 + 14));
      stocks.push({
        code: String(code).padStart(5, '0'),
        name: `SYNTH ${sector.toUpperCase().slice(0, 12)} ${i + 1}`,
        sector,
        changePct: round(((close - prevClose) / prevClose) * 100, 4),
        close,
        prevClose,
        volume,
        turnover: Math.round(volume * close),
        marketCap: Math.round(Math.exp(gauss(rand) * 2 + 22)),
        closeBasis: 'actual',
      });
    }
  }
  const { sectors: _reported, ...rest } = template;
  void _reported;
  const session: SessionFile = { ...rest, date: next.date, session: next.kind, stocks };
  writeChecked(dir, session);
  return { dataDir: dir, date: next.date, stocks: stocks.length };
}

export function removeDir(dir: string | undefined): void {
  if (dir && dir.startsWith(os.tmpdir())) fs.rmSync(dir, { recursive: true, force: true });
}
