/**
 * The vendored slices of the real HKEX data (tests/fixtures/hkex, see its README): what the unit tests
 * compute their expectations from, independently of the app's own parsing.
 */
import fs from 'node:fs';
import path from 'node:path';

export const HKEX_FIXTURES = path.resolve(import.meta.dirname, '../fixtures/hkex');

const FILES = {
  securities: 'hsci-securities.csv',
  indexCloses: 'index-closes-2024-01-02-to-2025-06-30.csv',
  calendar: 'hkex-calendar-2024-2026.csv',
  firstBarDates: 'first-bar-dates-listed-after-2024-01-02.csv',
} as const;

/** The daily bar slices, oldest first. Each covers a run of consecutive sessions. */
const BAR_SLICES = [
  'daily-bars-2024-12-20-to-24-christmas-eve-half-day.csv',
  'daily-bars-2025-04-17-to-22-easter-client-walk.csv',
  'daily-bars-2025-05-01-to-22-catl-listing.csv',
  'daily-bars-2025-06-02-to-10-byd-bonus-issue.csv',
] as const;

export function hkexFixture(name: keyof typeof FILES): string {
  return fs.readFileSync(path.join(HKEX_FIXTURES, FILES[name]), 'utf8');
}

/** Every vendored bar as one `daily_bars.csv` text (one header, the slices in date order). */
export function dailyBarsText(): string {
  // The files end every line with CRLF, as the vendor's do; the text keeps them.
  const [first, ...rest] = BAR_SLICES.map((f) => fs.readFileSync(path.join(HKEX_FIXTURES, f), 'utf8'));
  return first! + rest.map((t) => t.slice(t.indexOf('\n') + 1)).join('');
}
