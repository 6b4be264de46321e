/**
 * The day in its history, on real sessions from data/sessions (the history built from the files up to
 * each date, as the store holds it). Expected figures from ../shared/data/hk/index_closes.csv by hand:
 * - 2025-05-21: HSI 23,827.78; the last higher close 23,905.56 on 2025-03-24; +1.49 % on 05-20, +0.62 % on 05-21.
 * - 2025-04-07: HSI -13.22 %, no larger fall since 2024-01-03 (the archive's first session; 2024-10-08 was -9.41 %).
 * - 2024-01-03: the archive's first session: nothing to compare with.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCalendarCsv } from '@/lib/calendar';
import { computeMetrics, METRICS_LOOKBACK } from '@/lib/metrics';
import { parseNamesCsv } from '@/lib/names';
import { toSession, type Session } from '@/lib/session/model';
import { validateSession } from '@/lib/session/validate';
import { generateTakeaways, type Takeaway } from '@/lib/takeaways';
import { takeawayPastFromSessions } from '@/lib/takeaways/past';
import { loadThemesFromText } from '@/lib/themes';
import { checkTakeaway, type RawSession } from '../support/fact-check';

const ROOT = path.resolve(__dirname, '../..');
const themes = loadThemesFromText(fs.readFileSync(path.join(ROOT, 'data/themes.json'), 'utf8'), 'data/themes.json');
const calendar = parseCalendarCsv(fs.readFileSync(path.join(ROOT, 'data/hkex-calendar.csv'), 'utf8'));
const namesParse = parseNamesCsv(fs.readFileSync(path.join(ROOT, 'data/names.csv'), 'utf8'), 'data/names.csv');
if (!namesParse.ok) throw new Error('data/names.csv does not parse');
const dir = path.join(ROOT, 'data/sessions');
const files = fs.readdirSync(dir).filter((f) => /^\d{4}-\d{2}-\d{2}\.json$/.test(f)).sort();

function archiveTo(date: string): Session[] {
  return files
    .filter((f) => f.slice(0, 10) <= date)
    .map((f) => {
      const r = validateSession(fs.readFileSync(path.join(dir, f)), f, { calendar });
      if (!r.ok) throw new Error(f);
      return toSession(r.data, r.warnings);
    });
}

function takeawaysOn(date: string): Takeaway[] {
  const archive = archiveTo(date);
  const session = archive[archive.length - 1]!;
  const metrics = computeMetrics(archive.slice(-METRICS_LOOKBACK), themes);
  return generateTakeaways({ session, metrics: metrics.session, history: metrics.history, themes, calendar, names: namesParse.ok ? namesParse.book : undefined, past: takeawayPastFromSessions(archive) });
}

describe('the day in its history', () => {
  it.each([
    ['2025-05-21', 'For the HSI it was the highest close since 24 March 2025 and a second straight gain.', ['CATL (03750) surged 10.19% on its second trading day', 'Materials led the industries']],
    ['2025-04-07', 'For the HSI it was the largest one-day fall since the archive began on 2024-01-03, the lowest close since 23 January 2025 and a third straight loss.', ['Information Technology lagged the industries']],
    ['2024-10-08', 'For the HSI it was the largest one-day fall since the archive began on 2024-01-03.', []],
  ])('%s: %s', (date, history, others) => {
    const t = takeawaysOn(date);
    expect(t[0]!.kind).toBe('index');
    expect(t[1]!.text).toBe(history);
    expect(t[1]!.refs.indices).toEqual(['HSI']);
    for (const o of others) expect(t.map((x) => x.text).join('\n')).toContain(o);
    expect(t.length).toBeLessThanOrEqual(6);
  });

  it('2025-04-07 says which group bore the brunt, never "rotation"', () => {
    const text = takeawaysOn('2025-04-07').map((x) => x.text).join('\n');
    expect(text).not.toMatch(/rotation/i);
  });

  it('2025-04-07 gives the turnover against its 20-session average, cited as market:turnover', () => {
    const t = takeawaysOn('2025-04-07').find((x) => x.kind === 'turnover')!;
    // Sum of the snapshot's turnover: 474.7 bn; the 20 sessions before average 206.4 bn (+130.03 %).
    expect(t.text).toBe('Turnover of the 486 stocks shown was HK$474.7 bn, up 130.03% on its 20-session average of HK$206.4 bn.');
    expect(t.refs.market).toEqual(['turnover']);
  });

  it('2024-12-24 (volumes missing for 475 of 476 stocks in the vendor data) says nothing of turnover, not "HK$0.0 bn, down 100%"', () => {
    const texts = takeawaysOn('2024-12-24').map((t) => t.text);
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.filter((t) => /turnover/i.test(t))).toEqual([]);
  });

  it('the first session of the archive cites no history', () => {
    const t = takeawaysOn('2024-01-03');
    expect(t.filter((x) => ['index-history', 'turnover', 'fifty-two-week', 'industry-history', 'follow-up'].includes(x.kind))).toEqual([]);
  });

  it('a big move after a big move is told as a follow-up (2025-05-21: Damai +22.95 % after +29.79 %)', () => {
    expect(takeawaysOn('2025-05-21').map((x) => x.text)).toContain('Damai Entertainment (01060) surged 22.95%, after rising 29.79% the previous session.');
  });
});

describe('the fact check catches a wrong history claim', () => {
  const raw = (date: string) => JSON.parse(fs.readFileSync(path.join(dir, `${date}.json`), 'utf8')) as RawSession;
  const past = files.filter((f) => f < '2025-05-21').map((f) => raw(f.slice(0, 10)));
  const today = raw('2025-05-21');
  it.each([
    ['right', 'For the HSI it was the highest close since 24 March 2025 and a second straight gain.', ['index:HSI'], 0],
    ['a wrong date', 'For the HSI it was the highest close since 25 March 2025.', ['index:HSI'], 1],
    ['the archive claimed', 'For the HSI it was the highest close since the archive began on 2024-01-03.', ['index:HSI'], 1],
    ['a wrong streak', 'For the HSI it was a third straight gain.', ['index:HSI'], 1],
    ['a wrong turnover', 'Turnover of the 491 stocks shown was HK$171.2 bn.', ['market:turnover'], 1],
    ['no cite', 'For the HSI it was the highest close since 24 March 2025.', [], 1],
    ['a wrong previous move', 'Damai Entertainment (01060) surged 22.95%, after rising 19.79% the previous session.', ['stock:01060'], 1],
  ])('%s', (_, text, cites, uncited) => {
    const r = checkTakeaway(text, cites, today, [], past);
    expect(r.uncited.length).toBe(uncited);
    expect(r.figures).toBeGreaterThan(0);
  });
});
