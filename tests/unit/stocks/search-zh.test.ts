/**
 * The Chinese edition's search (issue 14): Chinese industry names (the official HSICS ones, written out by
 * hand here, not read from the code) and theme names find their groups, through the server's corpus and
 * through the compact index the browser loads; stock links stay in the edition.
 */
import { describe, expect, it } from 'vitest';
import { fromWire, searchStocks } from '@/lib/stocks/search';
import { searchIndexWire } from '@/lib/stocks/search-wire';
import { sessionHighlightHref, stockHref } from '@/lib/stocks/urls';
import { recapNameZh, recapTitle, parseMonthId, parseWeekId, weekSpanZh } from '@/lib/recaps/period';

const wire = searchIndexWire(
  [
    { code: '00700', name: 'Tencent', nameZh: '騰訊控股', shortName: 'TENCENT', sector: 'Information Technology', themes: [{ id: 'internet-platforms', name: 'Internet platforms', nameZh: '互聯網平台' }] },
    { code: '01787', name: 'Shandong Gold', nameZh: null, shortName: 'SD GOLD', sector: 'Materials', themes: [{ id: 'gold-miners', name: 'Gold miners', nameZh: '黃金股' }] },
    { code: '02899', name: 'Zijin Mining', nameZh: '紫金礦業', shortName: 'ZIJIN MINING', sector: 'Materials', themes: [{ id: 'gold-miners', name: 'Gold miners', nameZh: '黃金股' }] },
  ],
  'v1',
);
const { stocks, groups } = fromWire(wire);

describe('Chinese names in search', () => {
  it.each([
    // query, groups it lists ([kind, English name])
    ['原材料業', [['industry', 'Materials']]],
    ['原材料', [['industry', 'Materials']]],
    ['資訊科技業', [['industry', 'Information Technology']]],
    ['地產建築業', [['industry', 'Properties & Construction']]],
    ['黃金股', [['theme', 'Gold miners']]],
    ['互聯網', [['theme', 'Internet platforms']]],
    // One CJK character is too short to name a group.
    ['業', []],
  ])('%j lists the groups %j', (query, expected) => {
    expect(searchStocks(query, stocks, groups).groups.map((g) => [g.kind, g.name])).toEqual(expected);
  });

  it('gives each industry group its Chinese name, so the Chinese page can head it', () => {
    expect(groups.find((g) => g.name === 'Materials')?.nameZh).toBe('原材料業');
    expect(groups.find((g) => g.name === 'Information Technology')?.nameZh).toBe('資訊科技業');
  });

  it('a Chinese stock name that only one stock has is an exact match (the redirect)', () => {
    expect(searchStocks('騰訊', stocks, groups).exact?.code).toBe('00700');
    expect(searchStocks('紫金礦業', stocks, groups).exact?.code).toBe('02899');
  });
});

describe('links in the Chinese edition', () => {
  it.each([
    ['en', '/stocks/00700?period=1w', '/sessions/2025-05-21?highlight=00700#heatmap'],
    ['zh-hk', '/zh-hk/stocks/00700?period=1w', '/zh-hk/sessions/2025-05-21?highlight=00700#heatmap'],
  ] as const)('%s: %s, %s', (locale, stock, session) => {
    expect(stockHref('00700', '1w', locale)).toBe(stock);
    expect(sessionHighlightHref('2025-05-21', '00700', locale)).toBe(session);
  });
});

describe('recap titles in Chinese', () => {
  it.each([
    ['2025-W21', '2025年第21週', '5月19日至25日'],
    // ISO week 1 of 2025 starts in 2024.
    ['2025-W01', '2025年第1週', '2024年12月30日至2025年1月5日'],
    // 28 Apr – 4 May 2025.
    ['2025-W18', '2025年第18週', '4月28日至5月4日'],
  ])('%s → %s（%s）', (id, name, span) => {
    const p = parseWeekId(id)!;
    expect(recapNameZh(p)).toBe(name);
    expect(weekSpanZh(p)).toBe(span);
    expect(recapTitle(p, 'zh-hk')).toBe(`${name}（${span}）`);
  });

  it('a month is 2025年5月, and the English title does not change', () => {
    expect(recapTitle(parseMonthId('2025-05')!, 'zh-hk')).toBe('2025年5月');
    expect(recapTitle(parseMonthId('2025-05')!)).toBe('May 2025');
    expect(recapTitle(parseWeekId('2025-W21')!)).toBe('Week 21, 2025 (19–25 May 2025)');
  });
});
