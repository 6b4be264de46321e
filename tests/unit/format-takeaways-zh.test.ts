/**
 * The Chinese words of the takeaways (lib/format/takeaways-zh.ts, -history-zh.ts, -period-zh.ts):
 * - one sentence per fact kind, from facts built by hand, the expected Chinese written by hand (HK press
 *   style: direction, points, %, level; whole index points with the decimals dropped; size words by band);
 * - the seed fixture and 2025-05-21: the Chinese takeaways state the same figures as the English ones, and
 *   the first states the HSI's close and change (worked out by hand from data/sessions/2025-05-21.json:
 *   23,827.78 − 23,681.48 = +146.30 points → 146點; 146.30 / 23,681.48 = +0.6178 % → 0.62%; level 23,827;
 *   HSCEI 8,660.94 / 8,589.08 − 1 = +0.84 %).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCalendarCsv } from '@/lib/calendar';
import { directionWordZh, movePhraseZh, renderTakeawaysZh } from '@/lib/format/takeaways-zh';
import { renderPeriodTakeawaysZh } from '@/lib/format/takeaways-period-zh';
import { computeMetrics, METRICS_LOOKBACK, sessionMetrics } from '@/lib/metrics';
import { parseNamesCsv } from '@/lib/names';
import { toSession, type Session } from '@/lib/session/model';
import { validateSession } from '@/lib/session/validate';
import { generateTakeaways, type Takeaway } from '@/lib/takeaways';
import type { Fact, StockMove } from '@/lib/takeaways/facts';
import type { PeriodFact, PeriodStockMove } from '@/lib/takeaways/period-facts';
import { takeawayPastFromSessions } from '@/lib/takeaways/past';
import { loadThemesFromText } from '@/lib/themes';
import { figuresOf, sameFigures, styleProblems } from '../support/fact-check-zh';

const stock = (code: string, name: string, nameZh: string | null, changePct: number): StockMove => ({ code, name, nameZh, changePct });
const hsi = (close: number, change: number, changePct: number) => ({ id: 'HSI', name: 'Hang Seng Index', close, change, changePct });

describe('direction words by the size of the printed %', () => {
  it.each([
    [0.12, '微升0.12%'],
    [0.299, '升0.30%'], // prints 0.30: the 0.3–2 band
    [1.994, '升1.99%'],
    [1.996, '急升2.00%'], // prints 2.00
    [4.99, '急升4.99%'],
    [5, '飆升5.00%'],
    [-0.05, '微跌0.05%'],
    [-1.3, '跌1.30%'],
    [-3.27, '急跌3.27%'],
    [-13.22, '暴跌13.22%'],
    [0, '無升跌'],
    [0.004, '無升跌'], // prints 0.00: never 升0.00%
    [-0.004, '無升跌'],
  ])('%f → %s', (pct, expected) => {
    expect(movePhraseZh(pct)).toBe(expected);
  });
  it('offers the band synonyms', () => {
    expect([0, 1].map((v) => directionWordZh(-6, v))).toEqual(['暴跌', '插水']);
    expect([0, 1].map((v) => directionWordZh(1, v))).toEqual(['升', '漲']);
  });
});

const one = (f: Fact) => renderTakeawaysZh([f])[0];

describe('one sentence per fact kind', () => {
  it.each<[string, Fact, string]>([
    ['index', { kind: 'index', session: 'full', indices: [hsi(23827.78, 146.3, 0.6178), { id: 'HSCEI', name: 'Hang Seng China Enterprises Index', close: 8660.94, change: 71.86, changePct: 0.8366 }] }, '恒生指數收市升146點或0.62%，報23,827點；恒生中國企業指數升0.84%。'],
    ['index, half day', { kind: 'index', session: 'half', indices: [hsi(20098.29, 24.09, 0.12)] }, '半日市，恒生指數收市微升24點或0.12%，報20,098點。'],
    ['index, flat', { kind: 'index', session: 'full', indices: [hsi(23544.31, 0, 0)] }, '恒生指數收市無升跌，報23,544點。'],
    ['index, under a point', { kind: 'index', session: 'full', indices: [hsi(23544.31, 0.4, 0.0017)] }, '恒生指數收市變動不大，微升0.40點，報23,544點。'],
    [
      'index, a crash',
      { kind: 'index', session: 'full', indices: [hsi(19828.3, -3021.51, -13.22), { id: 'HSTECH', name: 'Hang Seng TECH Index', close: 4000, change: -700, changePct: -17.16 }] },
      '恒生指數收市暴跌3,021點或13.22%，報19,828點；恒生科技指數暴跌17.16%。',
    ],
    [
      'industry laggard that rose',
      { kind: 'industry-laggard', industry: 'Consumer Staples', pct: 2.14, advancers: 30, decliners: 0, count: 30, theme: null, stocks: [], bellwether: null },
      '必需性消費業在各行業中表現最差，等權平均急升2.14%（30隻無一下跌）。',
    ],
    [
      'group, a tight range',
      { kind: 'group', industry: 'Materials', up: true, led: true, themes: [{ id: 'gold-miners', name: 'Gold miners', nameZh: '黃金股' }, { id: 'rare-earths-magnets', name: 'Rare earths & magnets', nameZh: '稀土永磁' }], stocks: [stock('06693', 'Chifeng Gold', null, 5.9), stock('01787', 'Shandong Gold', null, 4.4)] },
      '原材料業股份（包括黃金股及稀土永磁股）領漲：Chifeng Gold及Shandong Gold升幅介乎4.40%至5.90%。',
    ],
    [
      'group, wide, down',
      { kind: 'group', industry: 'Information Technology', up: false, led: false, themes: [], stocks: [stock('00001', 'X', null, -0.5), stock('00002', 'Y', null, -8.2)] },
      '資訊科技業股份齊跌：Y暴跌8.20%及X挫0.50%。',
    ],
    ['group, one value', { kind: 'group', industry: 'Energy', up: true, led: false, themes: [], stocks: [stock('00001', 'A', null, 2), stock('00002', 'B', null, 2)] }, '能源業股份齊升：A及B升幅同為2.00%。'],
    [
      'theme, a pair',
      { kind: 'theme', theme: { id: 'optical-communications', name: 'Optical communications', nameZh: '光通訊' }, shape: 'pair', pct: -10.87, advancers: 0, count: 2, memberCount: 3, ahead: false, stocks: [stock('00763', 'ZTE', '中興通訊', -8.8), stock('06088', 'FIT Hon Teng', null, -12.93)] },
      '光通訊股偏軟：中興通訊暴跌8.80%及FIT Hon Teng插水12.93%（樣本只涵蓋該主題3隻股份中的2隻）。',
    ],
    [
      'theme, each',
      { kind: 'theme', theme: { id: 'gold-miners', name: 'Gold miners', nameZh: '黃金股' }, shape: 'each', pct: 5.15, advancers: 2, count: 2, memberCount: 2, ahead: true, stocks: [stock('00001', 'A', null, 6.2), stock('00002', 'B', null, 4.1)] },
      '黃金股全線上升：A飆升6.20%及B大升4.10%。',
    ],
    [
      'theme, an average',
      { kind: 'theme', theme: { id: 'innovative-drugs', name: 'Innovative drugs', nameZh: '創新藥' }, shape: 'average', pct: -0.6, advancers: 6, count: 13, memberCount: 13, ahead: true, stocks: [stock('09926', 'Akeso', '康方生物', 3.4)] },
      '創新藥股等權平均跌0.60%（13隻中6隻上升），由康方生物急升3.40%帶動。',
    ],
    ['theme with no Chinese name', { kind: 'theme', theme: { id: 'x', name: 'Banks' }, shape: 'average', pct: -1.5, advancers: 0, count: 6, memberCount: 6, ahead: false, stocks: [] }, 'Banks等權平均跌1.50%（6隻無一上升）。'],
    ['new listing, debut', { kind: 'new-listing', stock: stock('00135', 'Kunlun Energy', '昆侖能源', 35), day: 1, listingDate: '2025-05-20' }, '昆侖能源（00135）上市首日飆升35.00%（2025年5月20日上市）。'],
    ['new listing, day 2', { kind: 'new-listing', stock: stock('03750', 'CATL', null, 10.19), day: 2, listingDate: '2025-05-20' }, 'CATL（03750）上市第二個交易日飆升10.19%（2025年5月20日上市）。'],
    [
      'movers, one in its theme',
      { kind: 'movers', direction: 'down', stocks: [stock('06869', 'Yangtze Optical Fibre & Cable', null, -5.9)], theme: { id: 'optical-communications', name: 'Optical communications', nameZh: '光通訊' } },
      '光通訊股方面，Yangtze Optical Fibre & Cable（06869）暴跌5.90%。',
    ],
    [
      'movers, three',
      { kind: 'movers', direction: 'up', stocks: [stock('01357', 'Meitu', null, 18.98), stock('06683', 'Starplus Legend', null, 12.9), stock('06855', 'Ascentage Pharma', null, 11.19)], theme: null },
      'Meitu（01357）飆升18.98%；其他升幅較大的股份包括Starplus Legend（06683）狂升12.90%及Ascentage Pharma（06855）飆升11.19%。',
    ],
    ['large caps', { kind: 'large-caps', by: 'turnover', stocks: [stock('01810', 'Xiaomi', '小米集團', 1.58), stock('03690', 'Meituan', '美團', -5.15)] }, '十大成交股份中，小米集團升1.58%，美團插水5.15%。'],
    ['breadth', { kind: 'breadth', advancers: 90, decliners: 350, total: 464, ratio: 90 / 350, net: -0.56 }, '大市明顯跌多升少：464隻股份中90隻上升、350隻下跌（升跌比率0.26）。'],
    ['breadth, a ratio that prints 0.00', { kind: 'breadth', advancers: 1, decliners: 485, total: 486, ratio: 1 / 485, net: -0.99 }, '大市明顯跌多升少：486隻股份中1隻上升、485隻下跌。'],
    [
      'rotation',
      { kind: 'rotation', shape: 'rotation', cyclicals: { pct: 1.23, count: 95 }, growth: { pct: -0.5, count: 51 }, gapPp: 1.73, defensivesVsHsiPp: null },
      '板塊輪動，資源股跑贏科技股：週期及資源股平均+1.23%，增長及科技股平均-0.50%（分別為95隻及51隻股份的等權平均，相差1.73個百分點）。',
    ],
    [
      'rotation, the brunt of a fall',
      { kind: 'rotation', shape: 'brunt', cyclicals: { pct: -0.77, count: 94 }, growth: { pct: -2.01, count: 51 }, gapPp: 1.24, defensivesVsHsiPp: 2.01 },
      '大市普遍下跌，增長及科技股首當其衝，平均-2.01%，週期及資源股平均-0.77%（分別為51隻及94隻股份的等權平均，相差1.24個百分點）；防守股跑贏恒生指數2.01個百分點。',
    ],
    [
      'rrg, daily',
      { kind: 'rrg', changes: [{ industry: 'Materials', from: 'Improving', to: 'Leading' }, { industry: 'Energy', from: null, to: 'Lagging' }] },
      '在相對恒生指數的相對輪動圖（RRG）上，原材料業由「改善」象限移入「領先」象限；能源業進入「落後」象限。',
    ],
    ['rrg, weekly', { kind: 'rrg', changes: [{ industry: 'Energy', from: 'Weakening', to: 'Lagging' }], heldSessions: 5 }, '在相對恒生指數的週線相對輪動圖（RRG）上，能源業由「轉弱」象限移入「落後」象限，已維持5個交易日。'],
    ['extreme, one', { kind: 'extreme', stocks: [stock('02562', 'Synagistics', null, 132.88)], more: 0 }, 'Synagistics（02562）變動+132.88%，屬極端波動，解讀為趨勢前宜先核實；該股不計入任何平均數。'],
    [
      'extreme, two and more',
      { kind: 'extreme', stocks: [stock('00656', 'Fosun International', '復星國際', 198.38), stock('03800', 'GCL Technology', '協鑫科技', -62)], more: 3 },
      '復星國際（00656）變動+198.38%及協鑫科技（03800）變動-62.00%（另有3隻），屬極端波動，解讀為趨勢前宜先核實；這些股份不計入任何平均數。',
    ],
    [
      'index history, from the archive start',
      { kind: 'index-history', index: { id: 'HSI', name: 'HSI' }, largest: { up: false, date: null, archiveStart: '2024-01-03', sessions: 300 }, record: { kind: 'lowest', date: '2025-01-23', archiveStart: '2024-01-03', sessions: 50 }, streak: -3 },
      '恒生指數單日跌幅為本站自2024年1月3日有紀錄以來最大，收市創2025年1月23日以來新低，並連跌三日。',
    ],
    ['index history, a long streak', { kind: 'index-history', index: { id: 'HSI', name: 'HSI' }, largest: null, record: null, streak: 12 }, '恒生指數連升12日。'],
    [
      'turnover, above its average',
      { kind: 'turnover', turnover: 474_712_345_678, stocks: 486, average: 206_400_000_000, sessions: 20, vsAveragePct: 130.03 },
      '樣本內486隻股份成交額4,747.1億港元，較前20個交易日平均的2,064.0億港元高130.03%。',
    ],
    [
      'turnover, below its average',
      { kind: 'turnover', turnover: 83_400_000_000, stocks: 466, average: 100_000_000_000, sessions: 20, vsAveragePct: -16.6 },
      '樣本內466隻股份成交額834.0億港元，較前20個交易日平均的1,000.0億港元低16.60%。',
    ],
    ['52-week highs', { kind: 'fifty-two-week', highs: 43, lows: 1, eligible: 456 }, '在有一年數據的456隻股份中，43隻收市創52週高位，1隻創低位。'],
    ['52-week lows', { kind: 'fifty-two-week', highs: 2, lows: 30, eligible: 450 }, '在有一年數據的450隻股份中，30隻收市創52週低位，2隻創高位。'],
    ['industry history', { kind: 'industry-history', industry: 'Information Technology', pct: -4.19, streak: 0, bestIn: 174 }, '資訊科技業等權平均急跌4.19%，為174個交易日以來最差單日表現。'],
    ['industry history, both', { kind: 'industry-history', industry: 'Materials', pct: 2.5, streak: 3, bestIn: 20 }, '原材料業等權平均急升2.50%，為20個交易日以來最佳單日表現，並連升三日。'],
    [
      'follow-up, the same way',
      { kind: 'follow-up', stock: stock('01060', 'Damai Entertainment', null, 22.95), previousPct: 29.79, debut: false, listingDay: null },
      'Damai Entertainment（01060）上一交易日飆升29.79%後，再飆升22.95%。',
    ],
    ['follow-up, a turn', { kind: 'follow-up', stock: stock('02291', 'Scientech', null, -14.23), previousPct: 47.19, debut: false, listingDay: null }, 'Scientech（02291）上一交易日飆升47.19%後，掉頭暴跌14.23%。'],
    ['follow-up, after a debut', { kind: 'follow-up', stock: stock('03750', 'CATL', null, 10.19), previousPct: 16.43, debut: true, listingDay: 2 }, 'CATL（03750）上市首日飆升16.43%後，第二個交易日再飆升10.19%。'],
    [
      'listing against its offer price',
      { kind: 'listing-offer', stock: stock('02097', 'Mixue Group', null, 43.21), day: 1, close: 290, offerPrice: 202.5, vsOfferPct: 43.21 },
      'Mixue Group（02097）上市首日收報290.00港元，較招股價202.50港元高43.21%，全日飆升43.21%。',
    ],
  ])('%s', (_, fact, expected) => {
    expect(one(fact)).toBe(expected);
  });
});

describe('said once: 等權平均, and each index in full', () => {
  it('等權平均 where a group average first appears, 平均 after; 恒生指數 then 恒指', () => {
    const texts = renderTakeawaysZh([
      { kind: 'index', session: 'full', indices: [hsi(23827.78, 146.3, 0.6178)] },
      { kind: 'index-history', index: { id: 'HSI', name: 'HSI' }, largest: null, record: { kind: 'highest', date: '2025-03-24', archiveStart: '2024-01-03', sessions: 38 }, streak: 2 },
      {
        kind: 'industry-leader',
        industry: 'Materials',
        pct: 2.24,
        advancers: 15,
        decliners: 6,
        count: 22,
        theme: { id: 'gold-miners', name: 'Gold miners', nameZh: '黃金股', pct: 6.35 },
        stocks: [stock('01818', 'Zhaojin Mining', null, 7.8), stock('01787', 'Shandong Gold', null, 7.01)],
        bellwether: { stock: stock('02899', 'Zijin Mining', '紫金礦業', 6.06), by: 'turnover' },
      },
      { kind: 'industry-laggard', industry: 'Healthcare', pct: -1.1, advancers: 3, decliners: 20, count: 25, theme: null, stocks: [], bellwether: null },
    ]);
    expect(texts).toEqual([
      '恒生指數收市升146點或0.62%，報23,827點。',
      '恒指收市創2025年3月24日以來新高，並連升兩日。',
      '原材料業領漲各行業，等權平均急升2.24%（22隻股份中15隻上升），其中黃金股平均飆升6.35%：Zhaojin Mining飆升7.80%及Shandong Gold狂升7.01%；行業內成交額最大的紫金礦業飆升6.06%。',
      '醫療保健業領跌各行業，平均跌1.10%（25隻股份中20隻下跌）。',
    ]);
  });
});

const periodStock = (code: string, name: string, nameZh: string | null, changePct: number, from: string | null = null): PeriodStockMove => ({ code, name, nameZh, changePct, from });

describe('the week and month recaps', () => {
  it.each<[string, PeriodFact, string]>([
    [
      'index, a week',
      { kind: 'period-index', span: 'week', sessions: 5, indices: [hsi(23345.05, 553.2, 2.43), { id: 'HSCEI', name: 'Hang Seng China Enterprises Index', close: 8500, change: -42.7, changePct: -0.5 }] },
      '全週（5個交易日）恒生指數累計急升553點或2.43%，收報23,345點；恒生中國企業指數累計跌0.50%。',
    ],
    [
      'leading industry, a month',
      { kind: 'period-industry-leader', span: 'month', industry: 'Materials', pct: 8.12, advancers: 15, decliners: 7, count: 22, stocks: [periodStock('02899', 'Zijin Mining', '紫金礦業', 20.5), periodStock('03750', 'CATL', null, 16.43, '2025-05-20')] },
      '全月原材料業領漲各行業，等權平均飆升8.12%（22隻股份中15隻上升）：紫金礦業飆升20.50%及CATL（2025年5月20日上市）狂升16.43%。',
    ],
    [
      'worst stocks, a week',
      { kind: 'period-movers', span: 'week', direction: 'down', stocks: [periodStock('01234', 'Alpha', null, -20.1), periodStock('05678', 'Beta', null, -15, '2025-05-20')] },
      '全週表現最差的股份為Alpha（01234），暴跌20.10%；其次為Beta（05678，2025年5月20日上市）插水15.00%。',
    ],
    ['breadth, even', { kind: 'period-breadth', span: 'month', advancers: 245, decliners: 245, total: 490, ratio: 1 }, '全月升跌各半：490隻股份中245隻上升、245隻下跌（升跌比率1.00）。'],
  ])('%s', (_, fact, expected) => {
    expect(renderPeriodTakeawaysZh([fact])[0]).toBe(expected);
  });
});

const ROOT = path.resolve(__dirname, '../..');
const themes = loadThemesFromText(fs.readFileSync(path.join(ROOT, 'data/themes.json'), 'utf8'), 'data/themes.json');
const calendar = parseCalendarCsv(fs.readFileSync(path.join(ROOT, 'data/hkex-calendar.csv'), 'utf8'));
const namesParse = parseNamesCsv(fs.readFileSync(path.join(ROOT, 'data/names.csv'), 'utf8'), 'data/names.csv');
if (!namesParse.ok) throw new Error('data/names.csv does not parse');
const names = namesParse.book;

function load(file: string): Session {
  const r = validateSession(fs.readFileSync(path.join(ROOT, file)), file, { calendar });
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return toSession(r.data, r.warnings);
}

function expectSameFigures(takeaways: Takeaway[]) {
  expect(takeaways.length).toBeGreaterThanOrEqual(3);
  for (const t of takeaways) {
    expect(t.textZh, t.text).not.toBe(t.text);
    expect({ en: t.text, zh: t.textZh, same: sameFigures(t.text, t.textZh) }).toEqual({ en: t.text, zh: t.textZh, same: true });
    expect(styleProblems(t.textZh)).toEqual([]);
  }
}

describe('the seed fixture (metals rally): the Chinese states the English figures', () => {
  const session = load('tests/fixtures/seed-000-metals-rally.json');
  const takeaways = generateTakeaways({ session, metrics: sessionMetrics(session, themes), themes, calendar, names });
  it('every takeaway, figure for figure', () => {
    console.log(takeaways.map((t) => t.textZh).join('\n'));
    expectSameFigures(takeaways);
  });
  it('the index sentence: HSI +61 points, 0.31 %, 19,584; HSTECH 0.90 %', () => {
    // 19,584.06 − 19,522.89 = 61.17 → 61點; the fixture's HSTECH +0.9 % → 升0.90%.
    expect(takeaways[0]!.textZh).toBe('恒生指數收市升61點或0.31%，報19,584點；恒生科技指數升0.90%。');
  });
  it('names Alibaba and Tencent in Chinese with their falls', () => {
    const all = takeaways.map((t) => t.textZh).join('\n');
    expect(all).toContain('阿里巴巴微跌0.25%');
    expect(all).toContain('騰訊控股挫0.54%');
  });
});

describe('2025-05-21 with its history: the Chinese states the English figures', () => {
  const dir = path.join(ROOT, 'data/sessions');
  const archive = fs
    .readdirSync(dir)
    .filter((f) => /^\d{4}-\d{2}-\d{2}\.json$/.test(f) && f <= '2025-05-21.json')
    .sort()
    .map((f) => load(`data/sessions/${f}`));
  const session = archive[archive.length - 1]!;
  const metrics = computeMetrics(archive.slice(-METRICS_LOOKBACK), themes);
  const takeaways = generateTakeaways({ session, metrics: metrics.session, history: metrics.history, themes, calendar, names, past: takeawayPastFromSessions(archive) });
  it('every takeaway, figure for figure', () => {
    console.log(takeaways.map((t) => t.textZh).join('\n'));
    expectSameFigures(takeaways);
  });
  it('the first takeaway states the HSI close and change in Chinese', () => {
    expect(takeaways[0]!.textZh).toBe('恒生指數收市升146點或0.62%，報23,827點；恒生中國企業指數升0.84%。');
  });
  it('then the day in its history, with the short name: highest close since 24 March 2025, two days up', () => {
    expect(takeaways[1]!.textZh).toBe('恒指收市創2025年3月24日以來新高，並連升兩日。');
  });
  it('Materials as 原材料業 with 2.24 % equal-weighted and 15 of 22 up', () => {
    expect(takeaways.map((t) => t.textZh).join('\n')).toContain('原材料業領漲各行業，等權平均急升2.24%（22隻股份中15隻上升）');
  });
});

describe('the comparison and the style check can fail', () => {
  it.each([
    ['a figure dropped', 'The Hang Seng Index closed up 0.62% at 23,827.78 (+146.30 points); the HSCEI rose 0.84%.', '恒生指數收市升146點或0.62%，報23,827點。', false],
    ['a level rounded instead of cut', 'The Hang Seng Index closed up 0.62% at 23,827.78 (+146.30 points).', '恒生指數收市升146點或0.62%，報23,828點。', false],
    ['an amount off by 億', 'Turnover of the 486 stocks shown was HK$474.7 bn.', '樣本內486隻股份成交額474.7億港元。', false],
    ['an amount in 億', 'Turnover of the 486 stocks shown was HK$474.7 bn.', '樣本內486隻股份成交額4,747.1億港元。', true],
  ])('%s', (_, en, zh, same) => {
    expect(sameFigures(en, zh)).toBe(same);
  });
  it('reads figures without codes and dates', () => {
    expect(figuresOf('CATL（03750）上市第二個交易日飆升10.19%（2025年5月20日上市）。', 'zh').numbers).toEqual(['10.19']);
  });
  it.each([
    ['Simplified characters', '恒生指数收市涨146点或0.62%，报23,827点。'],
    ['跌幅为 (Simplified)', '跌幅为1.20%。'],
    ['升0.00%', '華潤置地升0.00%。'],
    ['half-width punctuation', '恒生指數收市升146點或0.62%,報23,827點。'],
    ['a space between Chinese and digits', '恒生指數收市升 146點或0.62%。'],
  ])('flags %s', (_, zh) => {
    expect(styleProblems(zh).length).toBeGreaterThan(0);
  });
});
