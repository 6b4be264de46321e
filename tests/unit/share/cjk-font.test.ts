/**
 * The committed Chinese font subsets (public/fonts/NotoSansCJKhk-*-subset.otf, scripts/build-cjk-font.mjs)
 * draw every Chinese name an image can show: read straight from the fonts' cmap tables.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { INDEX_NAMES } from '@/lib/config';
import { INDUSTRY_NAMES_ZH } from '@/lib/industries';
import { shareText } from '@/lib/i18n/messages/share';
import { siteText } from '@/lib/i18n/messages/site';
import { fontCodePoints, missingCharacters } from '@/lib/share/font-cmap';

const FONTS = path.join(process.cwd(), 'public', 'fonts');
const regular = fontCodePoints(fs.readFileSync(path.join(FONTS, 'NotoSansCJKhk-Regular-subset.otf')));
const bold = fontCodePoints(fs.readFileSync(path.join(FONTS, 'NotoSansCJKhk-Bold-subset.otf')));
const latin = fontCodePoints(fs.readFileSync(path.join(FONTS, 'LiberationSans-Regular.ttf')));

/** The name_zh column of data/names.csv, read by hand (no quoted fields in that column). */
function namesZh(): string[] {
  const [header, ...rows] = fs.readFileSync(path.join(process.cwd(), 'data', 'names.csv'), 'utf8').trim().split('\n');
  const col = header!.split(',').indexOf('name_zh');
  return rows.map((r) => r.split(',')[col] ?? '').filter(Boolean);
}

function themesZh(): string[] {
  const json = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'data', 'themes.json'), 'utf8')) as { themes: { nameZh?: string }[] };
  return json.themes.map((t) => t.nameZh ?? '').filter(Boolean);
}

/** Every string the Chinese share dictionary holds, functions called with sample figures. */
function dictionaryStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return [String((value as (...a: unknown[]) => unknown)('1D', '2025年5月21日（星期三）', 3, 4, 5))];
  if (value && typeof value === 'object') return Object.values(value).flatMap(dictionaryStrings);
  return [];
}

describe('the bundled Chinese font subsets', () => {
  it('the cmap reader finds Latin only in Liberation Sans, so a missing glyph is caught', () => {
    expect(missingCharacters('Hang Seng 23,827.78 +0.62%', latin)).toEqual([]);
    expect(missingCharacters('恒生指數', latin)).toEqual(['恒', '生', '指', '數']);
    // Characters the subset leaves out are reported (rare, never in our names).
    expect(missingCharacters('龘靐', regular)).toEqual(['龘', '靐']);
  });

  it('have a glyph for every Chinese stock name in data/names.csv, in both weights', () => {
    const names = namesZh();
    console.log(`names.csv: ${names.length} Chinese names, ${new Set(names.join('')).size} distinct characters`);
    expect(names.length).toBeGreaterThanOrEqual(80);
    expect(missingCharacters(names.join(''), regular)).toEqual([]);
    expect(missingCharacters(names.join(''), bold)).toEqual([]);
  });

  it('have the 12 HSICS industry names, the theme names and the index names', () => {
    const industries = Object.values(INDUSTRY_NAMES_ZH);
    expect(industries).toContain('原材料業');
    const indexes = Object.values(INDEX_NAMES).flatMap((n) => [n.zh, n.zhShort]);
    expect(indexes).toContain('恒生指數');
    const text = [...industries, ...themesZh(), ...indexes].join('');
    expect(missingCharacters(text, regular)).toEqual([]);
    expect(missingCharacters(text, bold)).toEqual([]);
  });

  it('have every string of the Chinese share dictionary and the site name, with full-width punctuation and digits', () => {
    const text = [...dictionaryStrings(shareText['zh-hk']), siteText['zh-hk'].name, '（）：，。、「」0123456789+-%.·'].join('');
    expect(missingCharacters(text, regular)).toEqual([]);
    expect(missingCharacters(text, bold)).toEqual([]);
  });

  it('cover the common Traditional characters in the regular weight (Big5 level 1, 5,401)', () => {
    const decoder = new TextDecoder('big5');
    // A few common characters no name or string of ours uses today.
    const sample = decoder.decode(new Uint8Array([0xa4, 0x40, 0xa4, 0x41, 0xc6, 0x7e, 0xb0, 0xaa]));
    expect(sample).toHaveLength(4);
    expect(missingCharacters(sample, regular)).toEqual([]);
    expect(regular.size).toBeGreaterThan(5401);
  });

  it('stay within the size budget (about 1.5 MB for the two files)', () => {
    const bytes = ['Regular', 'Bold'].map((w) => fs.statSync(path.join(FONTS, `NotoSansCJKhk-${w}-subset.otf`)).size);
    console.log(`CJK subsets: regular ${bytes[0]} B, bold ${bytes[1]} B`);
    expect(bytes[0]! + bytes[1]!).toBeLessThanOrEqual(1.5 * 1024 * 1024);
  });

  it('ship the SIL Open Font License beside the fonts', () => {
    const licence = fs.readFileSync(path.join(FONTS, 'LICENSE-NotoSansCJK.txt'), 'utf8');
    expect(licence).toContain('SIL OPEN FONT LICENSE Version 1.1');
    expect(licence).toContain('Noto Sans CJK HK');
  });
});
