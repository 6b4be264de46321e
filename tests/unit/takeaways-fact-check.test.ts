/**
 * The fact check (tests/support/fact-check.ts, independent of lib/takeaways) over every bundled session
 * and over hand-made edge sessions: every figure equals a value of something its takeaway cites, to its
 * printed rounding, and every direction word agrees with the sign and size of that value.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCalendarCsv } from '@/lib/calendar';
import { computeMetrics, METRICS_LOOKBACK } from '@/lib/metrics';
import { parseNamesCsv } from '@/lib/names';
import { toSession, type Session } from '@/lib/session/model';
import { refKeys } from '@/lib/session/refs';
import { validateSession } from '@/lib/session/validate';
import { generateTakeaways } from '@/lib/takeaways';
import { takeawayPastFromSessions } from '@/lib/takeaways/past';
import { loadThemesFromText } from '@/lib/themes';
import { checkTakeaway, type FactCheckResult, type RawSession, type RawTheme } from '../support/fact-check';
import { EDGE_SESSIONS } from '../support/edge-sessions';

const ROOT = path.resolve(__dirname, '../..');
const themesText = fs.readFileSync(path.join(ROOT, 'data/themes.json'), 'utf8');
const themes = loadThemesFromText(themesText, 'data/themes.json');
const rawThemes = (JSON.parse(themesText) as { themes: RawTheme[] }).themes;
const calendar = parseCalendarCsv(fs.readFileSync(path.join(ROOT, 'data/hkex-calendar.csv'), 'utf8'));
const namesParse = parseNamesCsv(fs.readFileSync(path.join(ROOT, 'data/names.csv'), 'utf8'), 'data/names.csv');
if (!namesParse.ok) throw new Error('data/names.csv does not parse');
const names = namesParse.book;

function toDomain(raw: unknown, file: string): Session {
  const r = validateSession(JSON.stringify(raw), file, { calendar });
  if (!r.ok) throw new Error(`${file}: ${r.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  return toSession(r.data, r.warnings);
}

/** `archive`: every session up to this one (the day in its history); `rawPast`: the files before it. */
function checkWindow(window: Session[], raw: RawSession, total: FactCheckResult & { history?: number }, archive?: Session[], rawPast?: RawSession[]): number {
  const session = window[window.length - 1]!;
  const metrics = computeMetrics(window, themes);
  const past = archive ? takeawayPastFromSessions(archive) : undefined;
  const takeaways = generateTakeaways({ session, metrics: metrics.session, history: metrics.history, themes, calendar, names, past });
  // The same stock is never named in two takeaways.
  const codes = takeaways.flatMap((t) => t.refs.stocks);
  for (const c of codes.filter((c, i) => codes.indexOf(c) !== i)) total.directionErrors.push(`${raw.date}: stock ${c} named in two takeaways`);
  for (const t of takeaways) {
    const r = checkTakeaway(t.text, refKeys(t.refs), raw, rawThemes, rawPast);
    if (HISTORY_KINDS.has(t.kind)) total.history = (total.history ?? 0) + r.figures;
    total.figures += r.figures;
    total.uncited.push(...r.uncited.map((u) => `${raw.date}: ${u}`));
    total.directionErrors.push(...r.directionErrors.map((u) => `${raw.date}: ${u}`));
  }
  return takeaways.length;
}

const HISTORY_KINDS = new Set(['index-history', 'turnover', 'fifty-two-week', 'industry-history', 'follow-up', 'listing-offer']);

describe('fact check over every session in data/sessions', () => {
  it('finds every figure cited and every direction word right', () => {
    const dir = path.join(ROOT, 'data/sessions');
    const files = fs.readdirSync(dir).filter((f) => /^\d{4}-\d{2}-\d{2}\.json$/.test(f)).sort();
    const total: FactCheckResult & { history?: number } = { figures: 0, uncited: [], directionErrors: [] };
    const archive: Session[] = [];
    const rawArchive: RawSession[] = [];
    let takeaways = 0;
    for (const f of files) {
      const raw = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as RawSession;
      archive.push(toDomain(raw, f));
      takeaways += checkWindow(archive.slice(-METRICS_LOOKBACK), raw, total, archive, [...rawArchive]);
      rawArchive.push(raw);
    }
    console.log(
      `fact check: ${files.length} sessions, ${takeaways} takeaways, ${total.figures} figures checked (${total.history ?? 0} of them in the day-in-its-history takeaways), ${total.uncited.length} uncited, ${total.directionErrors.length} direction errors`,
    );
    expect(files.length).toBeGreaterThanOrEqual(365);
    expect(total.figures).toBeGreaterThan(files.length * 10);
    expect(total.uncited.slice(0, 20)).toEqual([]);
    expect(total.directionErrors.slice(0, 20)).toEqual([]);
  }, 120_000);
});

describe('fact check over hand-made edge sessions', () => {
  it.each(Object.entries(EDGE_SESSIONS))('%s', (_, raw) => {
    const total: FactCheckResult = { figures: 0, uncited: [], directionErrors: [] };
    const n = checkWindow([toDomain(raw, `${raw.date}.json`)], raw as RawSession, total);
    console.log(`fact check ${raw.date}: ${n} takeaways, ${total.figures} figures checked`);
    expect(total.figures).toBeGreaterThan(0);
    expect(total.uncited).toEqual([]);
    expect(total.directionErrors).toEqual([]);
  });
});

describe('the fact check itself', () => {
  const raw: RawSession = {
    date: '2025-05-21',
    indices: [{ id: 'HSI', close: 23827.78, prevClose: 23681.48 }],
    stocks: [
      { code: '00700', sector: 'Information Technology', changePct: 0.68 },
      { code: '01109', sector: 'Properties & Construction', changePct: 0 },
      { code: '00688', sector: 'Properties & Construction', changePct: -1.3 },
    ],
  };
  it.each([
    ['a right sentence', 'The Hang Seng Index closed up 0.62% at 23,827.78 (+146.30 points).', ['index:HSI'], 3, 0, 0],
    ['a wrong close', 'The Hang Seng Index closed up 0.62% at 23,872.78 (+146.30 points).', ['index:HSI'], 3, 1, 0],
    ['a figure with no cite', 'Tencent rose 0.68%.', [], 1, 1, 0],
    ['"rose" on zero', 'China Resources Land rose 0.00%.', ['stock:01109'], 1, 0, 1],
    ['"rose" on a fall', 'China Overseas Land rose 1.30%.', ['stock:00688'], 1, 0, 1],
    ['a size word out of its band', 'Tencent surged 0.68%.', ['stock:00700'], 1, 0, 1],
    ['an industry name with & and spaces', 'Properties & Construction fell 0.65% equal-weighted.', ['industry:Properties%20%26%20Construction'], 1, 0, 0],
    ['a % with no direction', 'Tencent 0.68%.', ['stock:00700'], 1, 0, 1],
  ])('%s', (_, text, cites, figures, uncited, direction) => {
    const r = checkTakeaway(text, cites, raw, []);
    expect([r.figures, r.uncited.length, r.directionErrors.length]).toEqual([figures, uncited, direction]);
  });
});
