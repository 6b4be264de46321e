import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { isIndustry } from '@/lib/industries';
import { loadThemesFromText, parseThemes, ThemesError } from '@/lib/themes';
import { hkexFixture } from '../support/hk-fixtures';

const ROOT = path.resolve(__dirname, '../..');
const securities = new Set(
  hkexFixture('securities').trim().split('\n').slice(1).map((l) => l.split(',')[0]!),
);
/** HK listings outside the Hang Seng Composite list that the seed recaps name (data/listings-extra.csv). */
const extraListings = parse(fs.readFileSync(path.join(ROOT, 'data/listings-extra.csv'), 'utf8'), { columns: true }) as {
  code: string;
  name_en: string;
  industry: string;
  note: string;
}[];
const knownCodes = new Set([...securities, ...extraListings.map((r) => r.code)]);

describe('data/listings-extra.csv', () => {
  it('only adds: 5-digit codes outside securities.csv, each with a Hang Seng industry and a note', () => {
    expect(extraListings.length).toBeGreaterThan(0);
    for (const row of extraListings) {
      expect(row.code).toMatch(/^\d{5}$/);
      expect(securities.has(row.code)).toBe(false);
      expect(isIndustry(row.industry)).toBe(true);
      expect(row.note.length).toBeGreaterThan(10);
    }
  });
});

describe('data/themes.json', () => {
  const text = fs.readFileSync(path.join(ROOT, 'data/themes.json'), 'utf8');
  it('is valid, and every code is in securities.csv or the curated extra listings', () => {
    const result = parseThemes(text, 'data/themes.json', knownCodes);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });
  it('has the curated themes', () => {
    const ids = loadThemesFromText(text, 'data/themes.json').map((t) => t.id);
    expect(ids).toEqual(expect.arrayContaining(['gold-miners', 'non-ferrous-metals', 'lithium-batteries', 'ev-makers', 'internet-platforms', 'optical-communications', 'rare-earths-magnets', 'semiconductors', 'macau-gaming', 'hk-property-developers', 'banks', 'insurers', 'innovative-drugs']));
  });
});

describe('parseThemes problems name file, path and problem', () => {
  const t = (codes: string[], id = 'x') => ({ id, name: 'X', codes });
  it.each([
    ['unknown code', { themes: [t(['00700']), t(['00005']), t(['00001']), t(['00700', '00005', '09999'], 'y')] }, 'themes[3].codes[2]', /unknown code "09999"/],
    ['empty theme', { themes: [t([])] }, 'themes[0].codes', /at least one code/],
    ['duplicate id', { themes: [t(['00700']), t(['00005'])] }, 'themes[1].id', /duplicate id "x" \(first at themes\[0\]\)/],
    ['code twice', { themes: [t(['00700', '00700'])] }, 'themes[0].codes[1]', /listed twice/],
    ['bad code', { themes: [t(['700'])] }, 'themes[0].codes[0]', /5-digit/],
    ['missing name', { themes: [{ id: 'x', codes: ['00700'] }] }, 'themes[0].name', /./],
  ])('%s', (_l, json, where, message) => {
    const known = new Set(['00700', '00005', '00001']);
    const result = parseThemes(JSON.stringify(json), 'data/themes.json', known);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const p = result.problems.find((x) => x.path === where);
    expect(p?.file).toBe('data/themes.json');
    expect(p?.message).toMatch(message);
  });
  it('reports bad JSON and throws from loadThemesFromText', () => {
    expect(parseThemes('{', 'f.json')).toMatchObject({ ok: false, problems: [{ file: 'f.json', path: '(file)' }] });
    expect(() => loadThemesFromText('{"themes":[{"id":"a","name":"A","codes":[]}]}', 'f.json')).toThrow(ThemesError);
    expect(() => loadThemesFromText('{"themes":[{"id":"a","name":"A","codes":[]}]}', 'f.json')).toThrow('f.json: themes[0].codes: a theme needs at least one code');
  });
});
