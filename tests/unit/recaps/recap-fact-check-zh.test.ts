/**
 * The Chinese fact check (tests/support/fact-check-zh.ts, independent of lib/) over the Chinese takeaways
 * (textZh) of every week and month recap of the archive, as the recap pages show them
 * (lib/views/recap-page.ts, over an in-memory history store built from data/sessions). The check
 * recomputes each period's figures itself from the session files (periodSnapshot): index changes from the
 * previous period's last close, stocks' returns chain-linked, industry averages and counts, breadth. Each
 * Chinese takeaway also states the same figures as its English one (sameFigures), in Traditional
 * characters with full-width punctuation (styleProblems).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { monthIdOf, weekIdOf } from '@/lib/recaps/period';
import { refKeys } from '@/lib/session/refs';
import { getRecap } from '@/lib/views/recap-page';
import { periodSnapshot, type RawSession, type RawTheme } from '../../support/fact-check';
import { checkTakeawayZh, sameFigures, styleProblems, type FactCheckZhResult } from '../../support/fact-check-zh';

process.env.HISTORY_STORE = ':memory:';
const ROOT = path.resolve(__dirname, '../../..');
const rawThemes = (JSON.parse(fs.readFileSync(path.join(ROOT, 'data/themes.json'), 'utf8')) as { themes: RawTheme[] }).themes;
const dir = path.join(ROOT, 'data/sessions');
const files = fs.readdirSync(dir).filter((f) => /^\d{4}-\d{2}-\d{2}\.json$/.test(f)).sort();
const raws = files.map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as RawSession);

describe('Chinese fact check over every week and month recap', () => {
  for (const [kind, idOf] of [
    ['week', weekIdOf],
    ['month', monthIdOf],
  ] as const) {
    it(`every ${kind}: every figure in textZh cited, every direction word right`, async () => {
      const ids = [...new Set(raws.map((r) => idOf(r.date)))];
      const total: FactCheckZhResult = { figures: 0, uncited: [], directionErrors: [], words: 0 };
      const untranslated: string[] = [];
      let takeaways = 0;
      for (const id of ids) {
        const view = await getRecap(kind, id);
        expect(view, `${kind} ${id}`).not.toBeNull();
        const inPeriod = raws.filter((r) => idOf(r.date) === id);
        const before = raws.filter((r) => r.date < inPeriod[0]!.date);
        const snapshot = periodSnapshot(before, inPeriod);
        takeaways += view!.takeaways.length;
        // Same facts as the English: only the words differ.
        for (const t of view!.takeaways) {
          if (t.textZh === t.text) untranslated.push(`${id}: no Chinese words for "${t.text}"`);
          if (!sameFigures(t.text, t.textZh)) total.uncited.push(`${id}: figures differ between "${t.text}" and "${t.textZh}"`);
          total.directionErrors.push(...styleProblems(t.textZh).map((p) => `${id}: ${p}`));
        }
        for (const t of view!.takeaways) {
          const r = checkTakeawayZh(t.textZh, refKeys(t.refs), snapshot, rawThemes);
          total.words += r.words;
          total.figures += r.figures;
          total.uncited.push(...r.uncited.map((u) => `${id}: ${u}`));
          total.directionErrors.push(...r.directionErrors.map((u) => `${id}: ${u}`));
        }
      }
      console.log(
        `Chinese recap fact check (${kind}s): ${ids.length} ${kind}s, ${takeaways} takeaways, ${total.figures} figures, ${total.words} direction words checked, ${total.uncited.length} uncited, ${total.directionErrors.length} direction errors`,
      );
      expect(ids.length).toBeGreaterThan(kind === 'week' ? 70 : 17);
      expect(total.figures).toBeGreaterThan(ids.length * 10);
      expect(total.words).toBeGreaterThan(ids.length * 3);
      expect(untranslated).toEqual([]);
      expect(total.uncited.slice(0, 20)).toEqual([]);
      expect(total.directionErrors.slice(0, 20)).toEqual([]);
    }, 300_000);
  }
});
