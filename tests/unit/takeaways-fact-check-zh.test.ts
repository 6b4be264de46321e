/**
 * The fact check on the Chinese takeaways (tests/support/fact-check-zh.ts, independent of lib/takeaways)
 * over every bundled session and over the hand-made edge sessions, as the English check runs
 * (takeaways-fact-check.test.ts): every figure in textZh equals a value of something the takeaway cites, to
 * its printed rounding (index points and levels in whole points, decimals dropped), and every Chinese
 * direction word agrees with the sign and size band of the figure it governs. Then the check itself, fed
 * wrong Chinese sentences.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCalendarCsv } from '@/lib/calendar';
import { ZH_DIRECTION_WORDS, ZH_SIGN_WORDS } from '@/lib/format/takeaways-zh';
import { computeMetrics, METRICS_LOOKBACK } from '@/lib/metrics';
import { parseNamesCsv } from '@/lib/names';
import { toSession, type Session } from '@/lib/session/model';
import { refKeys } from '@/lib/session/refs';
import { validateSession } from '@/lib/session/validate';
import { generateTakeaways } from '@/lib/takeaways';
import { takeawayPastFromSessions } from '@/lib/takeaways/past';
import { loadThemesFromText } from '@/lib/themes';
import type { RawSession, RawTheme } from '../support/fact-check';
import { checkTakeawayZh, sameFigures, styleProblems, ZH_BANDS, type FactCheckZhResult } from '../support/fact-check-zh';
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

const empty = (): FactCheckZhResult => ({ figures: 0, uncited: [], directionErrors: [], words: 0 });


function checkWindow(window: Session[], raw: RawSession, total: FactCheckZhResult, archive?: Session[], rawPast?: RawSession[]): number {
  const session = window[window.length - 1]!;
  const metrics = computeMetrics(window, themes);
  const past = archive ? takeawayPastFromSessions(archive) : undefined;
  const takeaways = generateTakeaways({ session, metrics: metrics.session, history: metrics.history, themes, calendar, names, past });
  for (const t of takeaways) {
    // Same facts, same figures: the English and Chinese sentences state the same numbers.
    if (!sameFigures(t.text, t.textZh)) total.uncited.push(`${raw.date}: figures differ between "${t.text}" and "${t.textZh}"`);
    total.directionErrors.push(...styleProblems(t.textZh).map((p) => `${raw.date}: ${p}`));
    const r = checkTakeawayZh(t.textZh, refKeys(t.refs), raw, rawThemes, rawPast);
    total.figures += r.figures;
    total.words += r.words;
    total.uncited.push(...r.uncited.map((u) => `${raw.date}: ${u}`));
    total.directionErrors.push(...r.directionErrors.map((u) => `${raw.date}: ${u}`));
  }
  return takeaways.length;
}

describe('Chinese fact check over every session in data/sessions', () => {
  it('finds every figure in textZh cited and every direction word right', () => {
    const dir = path.join(ROOT, 'data/sessions');
    const files = fs.readdirSync(dir).filter((f) => /^\d{4}-\d{2}-\d{2}\.json$/.test(f)).sort();
    const total = empty();
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
      `Chinese fact check: ${files.length} sessions, ${takeaways} takeaways, ${total.figures} figures checked, ${total.words} direction words checked, ${total.uncited.length} uncited, ${total.directionErrors.length} direction errors`,
    );
    expect(files.length).toBeGreaterThanOrEqual(365);
    expect(total.figures).toBeGreaterThan(files.length * 10);
    expect(total.words).toBeGreaterThan(files.length * 5);
    expect(total.uncited.slice(0, 20)).toEqual([]);
    expect(total.directionErrors.slice(0, 20)).toEqual([]);
  }, 120_000);
});

describe('Chinese fact check over hand-made edge sessions', () => {
  it.each(Object.entries(EDGE_SESSIONS))('%s', (_, raw) => {
    const total = empty();
    const n = checkWindow([toDomain(raw, `${raw.date}.json`)], raw as RawSession, total);
    console.log(`Chinese fact check ${raw.date}: ${n} takeaways, ${total.figures} figures, ${total.words} direction words checked`);
    expect(total.figures).toBeGreaterThan(0);
    expect(total.uncited).toEqual([]);
    expect(total.directionErrors).toEqual([]);
  });
});

describe('the Chinese fact check itself', () => {
  const raw: RawSession = {
    date: '2025-05-21',
    indices: [{ id: 'HSI', close: 23827.78, prevClose: 23681.48 }],
    stocks: [
      { code: '00700', sector: 'Information Technology', changePct: 0.68 },
      { code: '01109', sector: 'Properties & Construction', changePct: 0 },
      { code: '00688', sector: 'Properties & Construction', changePct: -1.3 },
      { code: '02899', sector: 'Materials', changePct: 6.06 },
    ],
  };
  it.each([
    // [case, sentence, cites, figures, uncited, direction errors]
    ['a right sentence', '恒生指數收市升146點或0.62%，報23,827點。', ['index:HSI'], 3, 0, 0],
    ['a wrong level', '恒生指數收市升146點或0.62%，報23,872點。', ['index:HSI'], 3, 1, 0],
    ['a level rounded up, not cut (23,827.78 is 23,827點)', '恒生指數收市升146點或0.62%，報23,828點。', ['index:HSI'], 3, 1, 0],
    ['wrong points', '恒生指數收市升164點或0.62%，報23,827點。', ['index:HSI'], 3, 1, 0],
    ['a wrong %', '恒生指數收市升146點或0.26%，報23,827點。', ['index:HSI'], 3, 1, 0],
    ['跌 on a rise', '恒生指數收市跌146點或0.62%，報23,827點。', ['index:HSI'], 3, 0, 2],
    ['a figure with no cite', '騰訊控股升0.68%。', [], 1, 1, 0],
    ['升 on zero', '華潤置地升0.00%。', ['stock:01109'], 1, 0, 1],
    ['升 on a fall', '中國海外發展升1.30%。', ['stock:00688'], 1, 0, 1],
    ['飆升 on 0.68 %', '騰訊控股飆升0.68%。', ['stock:00700'], 1, 0, 1],
    ['微升 on 0.68 %', '騰訊控股微升0.68%。', ['stock:00700'], 1, 0, 1],
    ['升 on 6.06 % (should be 飆升)', '紫金礦業升6.06%。', ['stock:02899'], 1, 0, 1],
    ['飆升 on 6.06 %', '紫金礦業飆升6.06%。', ['stock:02899'], 1, 0, 0],
    ['a % with no direction', '騰訊控股0.68%。', ['stock:00700'], 1, 0, 1],
    ['a wrong sign', '中國海外發展+1.30%。', ['stock:00688'], 1, 0, 1],
    ['a right group count', '地產建築業等權平均跌0.65%（2隻股份中1隻下跌）。', ['industry:Properties%20%26%20Construction'], 2, 0, 0],
    ['a wrong group count', '地產建築業等權平均跌0.65%（2隻全線下跌）。', ['industry:Properties%20%26%20Construction'], 2, 1, 0],
    ['a stock named but not cited', '騰訊控股（00700）升0.68%。', [], 1, 2, 0],
    ['an industry named but not cited', '資訊科技業股份齊升。', ['stock:00700'], 0, 1, 0],
    ['a stray figure', '騰訊控股飆升0.68%，成交12.3億港元。', ['stock:00700'], 2, 1, 1],
  ])('%s', (_, text, cites, figures, uncited, direction) => {
    const r = checkTakeawayZh(text, cites, raw, []);
    expect([r.figures, r.uncited.length, r.directionErrors.length]).toEqual([figures, uncited, direction]);
  });

  it("knows every direction word the renderer prints, in the renderer's band", () => {
    // The check restates the bands; a word the renderer adds must be added here too, in the same band.
    expect(ZH_DIRECTION_WORDS.map((b) => [b.up, b.down, b.below])).toEqual(ZH_BANDS.map(([up, down, , below]) => [up, down, below]));
    expect(ZH_SIGN_WORDS).toEqual({ up: ['升幅', '高'], down: ['跌幅', '低'] });
  });
});

describe('the Chinese fact check catches a wrong history claim (2025-05-21)', () => {
  const dir = path.join(ROOT, 'data/sessions');
  const files = fs.readdirSync(dir).filter((f) => /^\d{4}-\d{2}-\d{2}\.json$/.test(f)).sort();
  const read = (f: string) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as RawSession;
  const past = files.filter((f) => f < '2025-05-21').map(read);
  const today = read('2025-05-21.json');
  it.each([
    ['right', '恒指收市創2025年3月24日以來新高，並連升兩日。', ['index:HSI'], 0, 0],
    ['a wrong date', '恒指收市創2025年3月25日以來新高。', ['index:HSI'], 1, 0],
    ['the archive claimed', '恒指收市創本站自2024年1月3日有紀錄以來新高。', ['index:HSI'], 1, 0],
    ['a wrong streak', '恒指收市創2025年3月24日以來新高，並連升三日。', ['index:HSI'], 1, 0],
    ['no cite (neither the claim nor the name)', '恒指收市創2025年3月24日以來新高。', [], 2, 0],
    ['a wrong previous move', 'Damai Entertainment（01060）上一交易日飆升19.79%後，再飆升22.95%。', ['stock:01060'], 1, 0],
    ['a right previous move', 'Damai Entertainment（01060）上一交易日飆升29.79%後，再飆升22.95%。', ['stock:01060'], 0, 0],
    ['a previous move with the wrong size word', 'Damai Entertainment（01060）上一交易日急升29.79%後，再飆升22.95%。', ['stock:01060'], 0, 1],
  ])('%s', (_, text, cites, uncited, direction) => {
    const r = checkTakeawayZh(text, cites, today, [], past);
    expect([r.uncited.length, r.directionErrors.length]).toEqual([uncited, direction]);
    expect(r.figures).toBeGreaterThan(0);
  });
});
