/**
 * Codes and names as readers type them: normalisation and matching, table-driven. The corpus is a few
 * real stocks written out by hand (names from data/names.csv and securities.csv), not built by the code
 * under test.
 */
import { describe, expect, it } from 'vitest';
import { normaliseStockCode } from '@/lib/stocks/codes';
import { foldName, fromWire, searchStocks, type SearchGroup, type SearchStock } from '@/lib/stocks/search';
import { searchIndexWire } from '@/lib/stocks/search-wire';
import { linkTakeawayStocks } from '@/lib/stocks/takeaway-links';
import { stockHref } from '@/lib/stocks/urls';

describe('normaliseStockCode', () => {
  it.each([
    ['700', '00700'],
    ['0700', '00700'],
    ['00700', '00700'],
    ['0700.HK', '00700'],
    ['700.hk', '00700'],
    ['  700.HK  ', '00700'],
    ['HK:700', '00700'],
    ['HKEX 0700', '00700'],
    ['0700 HK', '00700'],
    ['5', '00005'],
    ['03750', '03750'],
    ['9988.HK', '09988'],
  ])('%j → %s', (input, code) => {
    expect(normaliseStockCode(input)).toBe(code);
  });

  it.each(['', 'tencent', '000700', '123456', '00000', '0', '..%2Fetc', '../etc', '7 00', '0700.SS', '-700', '7e2', '0x1F'])('%j is not a code', (input) => {
    expect(normaliseStockCode(input)).toBeNull();
  });
});

describe('foldName', () => {
  it.each([
    ['Hong Kong & China Gas', 'hongkongandchinagas'],
    ['HK&CHINA GAS', 'hkandchinagas'],
    ['Trip.com', 'tripcom'],
    ['  TENCENT  ', 'tencent'],
    ['ＴＥＮＣＥＮＴ', 'tencent'], // full-width letters, as a Chinese input method types them
    ['騰訊控股', '騰訊控股'],
    ['Yangtze Optical Fibre & Cable', 'yangtzeopticalfibreandcable'],
  ])('%j → %j', (input, folded) => {
    expect(foldName(input)).toBe(folded);
  });
});

const stock = (code: string, name: string, nameZh: string | null, industry: string, themes: string[] = [], shortName: string | null = null): SearchStock => ({
  code,
  name,
  nameZh,
  industry,
  themes,
  shortName,
});

const STOCKS: SearchStock[] = [
  stock('00700', 'Tencent', '騰訊控股', 'Information Technology', ['Internet platforms'], 'TENCENT'),
  stock('01698', 'Tencent Music', '騰訊音樂', 'Information Technology', [], 'TME'),
  stock('00001', 'CK Hutchison', '長和', 'Conglomerates', [], 'CKH HOLDINGS'),
  stock('00003', 'Hong Kong and China Gas', '香港中華煤氣', 'Utilities', [], 'HK & CHINA GAS'),
  stock('02899', 'Zijin Mining', '紫金礦業', 'Materials', ['Gold miners'], 'ZIJIN MINING'),
  stock('01787', 'Shandong Gold', null, 'Materials', ['Gold miners'], 'SD GOLD'),
  stock('06181', 'Laopu Gold', null, 'Consumer Discretionary', [], 'LAOPU GOLD'),
  stock('01530', '3SBio', '三生製藥', 'Healthcare', [], '3SBIO'),
  stock('09961', 'Trip.com', '攜程集團', 'Consumer Discretionary', [], 'TRIP.COM-S'),
];
const GROUPS: SearchGroup[] = [
  { kind: 'industry', name: 'Materials', nameZh: null, codes: ['02899', '01787'] },
  { kind: 'industry', name: 'Information Technology', nameZh: null, codes: ['00700', '01698'] },
  { kind: 'theme', name: 'Gold miners', nameZh: '黃金股', codes: ['02899', '01787'] },
  { kind: 'theme', name: 'Internet platforms', nameZh: '互聯網平台', codes: ['00700'] },
];

describe('searchStocks', () => {
  it.each([
    // query, the one stock it names exactly (redirect), or null for a list
    ['700', '00700'],
    ['0700', '00700'],
    ['00700', '00700'],
    ['0700.HK', '00700'],
    ['700.hk', '00700'],
    ['tencent', '00700'],
    ['TENCENT', '00700'],
    [' Tencent ', '00700'],
    ['騰訊控股', '00700'],
    ['ck hutchison', '00001'],
    ['CKH Holdings', '00001'],
    ['hk & china gas', '00003'],
    ['Hong Kong and China Gas', '00003'],
    ['trip.com', '09961'],
    ['tripcom', '09961'],
    ['3sbio', '01530'],
    ['紫金', '02899'],
    ['zijin', '02899'],
    ['shandong', '01787'],
    ['gold', null],
    ['tenc', null],
    ['騰訊', null],
    ['materials', null],
    ['99999', null],
    ['', null],
  ])('%j → %s', (query, exact) => {
    expect(searchStocks(query, STOCKS, GROUPS).exact?.code ?? null).toBe(exact);
  });

  it.each([
    // query, every stock listed (best first), every group listed
    ['gold', ['01787', '06181'], ['Gold miners']],
    ['tenc', ['00700', '01698'], []],
    ['騰訊', ['00700', '01698'], []],
    ['黃金', [], ['Gold miners']],
    ['materials', [], ['Materials']],
    ['internet', [], ['Internet platforms']],
    ['gold shandong', ['01787'], []],
    ['nothing like it', [], []],
  ])('%j lists %j and groups %j', (query, codes, groups) => {
    const r = searchStocks(query, STOCKS, GROUPS);
    expect(r.stocks.map((m) => m.stock.code)).toEqual(codes);
    expect(r.groups.map((g) => g.name)).toEqual(groups);
  });

  it('ranks an exact name before names that start with it, then words, then contained text', () => {
    const r = searchStocks('tencent', STOCKS, GROUPS);
    expect(r.stocks.map((m) => [m.stock.code, m.kind])).toEqual([
      ['00700', 'name'],
      ['01698', 'name-prefix'],
    ]);
  });

  it('finds the same stocks through the compact index the browser loads', () => {
    const wire = searchIndexWire(
      [
        { code: '00700', name: 'Tencent', nameZh: '騰訊控股', shortName: 'TENCENT', sector: 'Information Technology', themes: [{ id: 'internet-platforms', name: 'Internet platforms', nameZh: '互聯網平台' }] },
        { code: '00001', name: 'CK Hutchison', nameZh: '長和', shortName: 'CKH HOLDINGS', sector: 'Conglomerates', themes: [] },
        { code: '01787', name: 'Shandong Gold', nameZh: null, shortName: 'SD GOLD', sector: 'Materials', themes: [{ id: 'gold-miners', name: 'Gold miners', nameZh: '黃金股' }] },
      ],
      'v1',
    );
    // The short name travels only where it reads differently from the display name.
    expect(wire.h.split('|')).toEqual(['CKH HOLDINGS', '', 'SD GOLD']);
    // 1, 700 and 1787 as gaps in base 36: 1, 699 (= 19 × 36 + 15), 1087 (= 30 × 36 + 7).
    expect(wire.c).toBe('1,jf,u7');
    const { stocks, groups } = fromWire(wire);
    expect(searchStocks('ckh holdings', stocks, groups).exact?.code).toBe('00001');
    expect(searchStocks('0700.HK', stocks, groups).exact?.code).toBe('00700');
    expect(searchStocks('gold', stocks, groups).groups.map((g) => [g.name, g.codes])).toEqual([['Gold miners', ['01787']]]);
  });
});

describe('stock links', () => {
  it.each([
    ['00700', undefined, '/stocks/00700'],
    ['00700', '1w', '/stocks/00700?period=1w'],
    ['00700', 'ytd', '/stocks/00700?period=ytd'],
    ['00700', '2w', '/stocks/00700'],
    ['00700', '"><script>', '/stocks/00700'],
  ])('%s with period %j → %s', (code, period, href) => {
    expect(stockHref(code, period)).toBe(href);
  });

  it.each([
    [
      'CATL (03750) jumped 10.19% on its second day.',
      [{ code: '03750', names: ['CATL', 'Contemporary Amperex'] }],
      [['CATL', '03750'], [' (03750) jumped 10.19% on its second day.', null]],
    ],
    [
      'Zijin Mining rose 7.93% and Shandong Gold 5.10%.',
      [
        { code: '01787', names: ['Shandong Gold'] },
        { code: '02899', names: ['Zijin Mining'] },
      ],
      [['Zijin Mining', '02899'], [' rose 7.93% and ', null], ['Shandong Gold', '01787'], [' 5.10%.', null]],
    ],
    // A name inside another word is not a link.
    ['BYDX fell.', [{ code: '01211', names: ['BYD'] }], [['BYDX fell.', null]]],
    // Chinese has no spaces: a name beside a Han character is whole (an English name in a Chinese sentence too).
    [
      '其中Zhaojin Mining飆升7.80%；行業內成交額最大的紫金礦業飆升6.06%。',
      [
        { code: '01818', names: ['', 'Zhaojin Mining', 'ZHAOJIN MINING'] },
        { code: '02899', names: ['紫金礦業', 'Zijin Mining'] },
      ],
      [['其中', null], ['Zhaojin Mining', '01818'], ['飆升7.80%；行業內成交額最大的', null], ['紫金礦業', '02899'], ['飆升6.06%。', null]],
    ],
    ['其中BYDX下跌。', [{ code: '01211', names: ['BYD'] }], [['其中BYDX下跌。', null]]],
  ])('%j', (text, stocks, segments) => {
    const linked = linkTakeawayStocks(text, stocks);
    expect(linked.segments.map((s) => [s.text, s.code ?? null])).toEqual(segments);
    expect(linked.segments.map((s) => s.text).join('')).toBe(text);
  });
});
