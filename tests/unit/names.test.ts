/**
 * Stock names: the rules that derive a readable name from an HKEX short name, the parse of names.csv
 * (errors that name the file, row and field), and the bundled data/names.csv itself.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { deriveDisplayName, parseNamesCsv } from '@/lib/names';

const ROOT = path.resolve(__dirname, '../..');
const HEADER = 'code,short_name,name_en,name_zh,source';

describe('deriveDisplayName', () => {
  it.each([
    ['ZIJIN MINING', 'Zijin Mining'],
    ['SENSETIME - W', 'Sensetime'],
    ['BEKE - W', 'Beke'],
    ['TRANSTHERA - B', 'Transthera'],
    ['HKELECTRIC - SS', 'Hkelectric'],
    ["MELCO INT'L DEV", 'Melco International Development'],
    ['NEW WORLD DEV', 'New World Development'],
    ['HAO TIAN INTL', 'Hao Tian International'],
    ['GLOBAL NEW MAT', 'Global New Materials'],
    ['DALIPAL HLDG', 'Dalipal Holdings'],
    ['ZONQING LTD', 'Zonqing'],
    ['HEALTHYWAY INC', 'Healthyway'],
    ['CCB', 'CCB'],
    ['SHK PPT', 'SHK Properties'],
    ['U-PRESID CHINA', 'U-Presid China'],
    ['TRIP.COM', 'Trip.com'],
    ['H&H INTL HLDG', 'H&H International Holdings'],
    ['Already Readable', 'Already Readable'],
  ])('%s → %s', (shortName, expected) => {
    expect(deriveDisplayName(shortName)).toBe(expected);
  });
});

describe('parseNamesCsv', () => {
  it.each([
    ['a code of 4 digits', `${HEADER}\n0700,TENCENT,Tencent,,curated`, 'names.csv: row 2.code: must be a 5-digit code such as 00700 (got "0700")'],
    ['an empty display name', `${HEADER}\n00700,TENCENT,,,curated`, 'names.csv: row 2.name_en: is empty: every stock needs an English display name (got "")'],
    ['a duplicate code', `${HEADER}\n00700,TENCENT,Tencent,,curated\n00700,TENCENT,Tencent Holdings,,curated`, 'names.csv: row 3.code: duplicate code 00700'],
    ['an unknown source', `${HEADER}\n00700,TENCENT,Tencent,,guess`, 'names.csv: row 2.source:'],
  ])('rejects %s', (_, text, message) => {
    const result = parseNamesCsv(text, 'names.csv');
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => `${p.file}: ${p.path}: ${p.message}`).join('\n')).toContain(message);
  });

  it('warns when a derived name is run-together tape shorthand', () => {
    const result = parseNamesCsv(`${HEADER}\n02233,WESTCHINACEMENT,Westchinacement,,hkex-short-name`, 'names.csv');
    expect(result.ok).toBe(true);
    expect(result.problems).toEqual([
      { file: 'names.csv', path: 'row 2.name_en', message: '"Westchinacement" looks like run-together tape shorthand; curate a readable name', severity: 'warning' },
    ]);
  });

  it('gives the listed name, else one derived from the short name', () => {
    const result = parseNamesCsv(`${HEADER}\n00001,CKH HOLDINGS,CK Hutchison,長和,curated`, 'names.csv');
    if (!result.ok) throw new Error('did not parse');
    expect(result.book.display('00001', 'CKH HOLDINGS')).toBe('CK Hutchison');
    expect(result.book.get('00001')?.zh).toBe('長和');
    expect(result.book.display('02899', 'ZIJIN MINING')).toBe('Zijin Mining');
  });
});

describe('data/names.csv', () => {
  const result = parseNamesCsv(fs.readFileSync(path.join(ROOT, 'data/names.csv'), 'utf8'), 'data/names.csv');
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  const book = result.book;

  it('parses with no problems', () => {
    expect(result.problems).toEqual([]);
  });

  it.each([
    ['00001', 'CK Hutchison', '長和'],
    ['00700', 'Tencent', '騰訊控股'],
    ['02233', 'West China Cement', null],
    ['00551', 'Yue Yuen Industrial', null],
    ['01109', 'China Resources Land', '華潤置地'],
    ['03750', 'CATL', null],
    ['09988', 'Alibaba', '阿里巴巴'],
    ['06693', 'Chifeng Gold', null],
  ])('%s reads "%s"', (code, en, zh) => {
    expect(book.get(code)?.en).toBe(en);
    if (zh !== null) expect(book.get(code)?.zh).toBe(zh);
  });

  it('lists every code in data/sessions and data/listings-extra.csv', () => {
    const codes = new Set<string>();
    for (const f of fs.readdirSync(path.join(ROOT, 'data/sessions'))) {
      for (const s of (JSON.parse(fs.readFileSync(path.join(ROOT, 'data/sessions', f), 'utf8')) as { stocks: { code: string }[] }).stocks) codes.add(s.code);
    }
    for (const line of fs.readFileSync(path.join(ROOT, 'data/listings-extra.csv'), 'utf8').trim().split('\n').slice(1)) codes.add(line.slice(0, 5));
    const missing = [...codes].filter((c) => !book.get(c));
    expect(missing).toEqual([]);
    console.log(`data/names.csv covers all ${codes.size} codes (${book.size} rows)`);
  });
});
