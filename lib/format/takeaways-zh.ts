/**
 * The Chinese (Hong Kong press) words of the key takeaways, rendered from the same facts as
 * lib/format/takeaways-en.ts: same selection, same figures, same cites; only the words differ.
 *
 * Conventions (../STYLE-TAKEAWAYS, 中文): an index sentence reads direction, points, %, level
 * (「恒生指數收市升146點或0.62%，報23,827點」); an index is named in full the first time the takeaways mention
 * it, then short (恒指, 國指, 科指). Index points and levels are whole points, the decimals dropped as the
 * local press prints them (23,827.78 → 23,827點; a change under one point keeps 2 dp); % to 2 dp like the
 * English. Every unsigned % has a direction word of its size band (ZH_DIRECTION_WORDS, by the printed
 * figure, like DIRECTION_WORDS); a figure that rounds to zero is 無升跌, never 升0.00%. Stocks are named
 * in Chinese where the names file has a name, else in English, with the code in full-width brackets.
 */
import { INDEX_NAMES } from '@/lib/config';
import { formatDayMonthYear } from '@/lib/dates';
import { formatInteger, formatPctAbs, formatPoints } from '@/lib/format';
import { renderHistoryFactZh } from '@/lib/format/takeaways-history-zh';
import { pctSigned, TAKEAWAY_DECIMALS, tightRange } from '@/lib/format/takeaways-en';
import { industryName } from '@/lib/industries';
import type { Quadrant } from '@/lib/metrics/rrg';
import type { Fact, IndexMove, StockMove, ThemeName } from '@/lib/takeaways/facts';

/** The size bands of the style sheet's Chinese section, by |printed %|: [upper bound, words up, words down]. */
export const ZH_DIRECTION_WORDS: readonly { below: number; up: readonly string[]; down: readonly string[] }[] = [
  { below: 0.3, up: ['微升', '略升'], down: ['微跌', '略跌'] },
  { below: 2, up: ['升', '漲'], down: ['跌', '挫'] },
  { below: 5, up: ['急升', '大升'], down: ['急跌', '大跌'] },
  { below: Infinity, up: ['飆升', '狂升'], down: ['暴跌', '插水'] },
];

/**
 * Words that say only which way a figure went, not how far (like the English "up", "above"): 升幅/跌幅
 * before a range (「升幅介乎4.40%至5.90%」), 高/低 for a comparison (「較平均高130.10%」).
 */
export const ZH_SIGN_WORDS = { up: ['升幅', '高'], down: ['跌幅', '低'] } as const;

/** The value as printed: rounded to the rule's decimals. */
const printed = (pct: number) => Number(pct.toFixed(TAKEAWAY_DECIMALS.pct));
export const pctAbsZh = (pct: number) => formatPctAbs(printed(pct), TAKEAWAY_DECIMALS.pct);

/** 「升」/「急跌」/「飆升」 for a move of this size and sign; `variant` picks a synonym of the band. */
export function directionWordZh(pct: number, variant = 0): string {
  const p = printed(pct);
  const band = ZH_DIRECTION_WORDS.find((b) => Math.abs(p) < b.below)!;
  const words = p > 0 ? band.up : band.down;
  return words[variant % words.length]!;
}

/** 「升0.62%」, 「微跌0.12%」, 「無升跌」. */
export function movePhraseZh(pct: number, variant = 0): string {
  return printed(pct) === 0 ? '無升跌' : `${directionWordZh(pct, variant)}${pctAbsZh(pct)}`;
}

/** Whole index points, the decimals dropped as the press prints them (146.30 → 146); under one point, 2 dp. */
export function indexPointsZh(points: number): string {
  const abs = Math.abs(points);
  return abs >= 1 ? formatInteger(Math.trunc(abs)) : formatPoints(abs, TAKEAWAY_DECIMALS.points);
}

/** 1.23 pp → 「1.23個百分點」. */
export const ppZh = (pp: number) => `${formatPoints(Math.abs(pp), TAKEAWAY_DECIMALS.pp)}個百分點`;

/** ["甲", "乙", "丙"] → 「甲、乙及丙」. */
export function listJoinZh(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join('、')}及${items[items.length - 1]}`;
}

/** The stock's Chinese name, else its English display name: never empty. */
export const stockNameZh = (s: StockMove) => s.nameZh || s.name;
export const withCodeZh = (s: StockMove) => `${stockNameZh(s)}（${s.code}）`;
/** 「招金礦業飆升7.80%」; 「華潤置地無升跌」. */
export const nameAndMoveZh = (s: StockMove, variant = 0, code = false) => `${code ? withCodeZh(s) : stockNameZh(s)}${movePhraseZh(s.changePct, variant)}`;

/** A theme as a group of stocks: 「黃金股」, 「創新藥股」 (the Chinese name, 股 added when it has none). */
export function themeNounZh(t: ThemeName): string {
  const name = t.nameZh ?? t.name;
  return t.nameZh && !name.endsWith('股') ? `${name}股` : name;
}

/** 2 → 「兩」 (a count: 連升兩日); 11 → "11". */
export function countZh(n: number): string {
  return n >= 1 && n <= 10 ? '一兩三四五六七八九十'[n - 1]! : String(n);
}
/** 2 → 「二」 (an ordinal: 第二個交易日); 11 → "11". */
export function ordinalZh(n: number): string {
  return n >= 1 && n <= 10 ? '一二三四五六七八九十'[n - 1]! : String(n);
}

/** 「等權平均」 the first time a group average appears, 「平均」 after (the English equalWeightedOnce). */
export function equalWeightedOnceZh(): () => string {
  let said = false;
  return () => {
    if (said) return '平均';
    said = true;
    return '等權平均';
  };
}

/** An index's name: in full at its first mention in the takeaways (恒生指數), then short (恒指). */
export function indexNamerZh(): (id: string, name: string) => string {
  const seen = new Set<string>();
  return (id, name) => {
    const known = INDEX_NAMES[id];
    if (!known) return name;
    if (seen.has(id)) return known.zhShort;
    seen.add(id);
    return known.zh;
  };
}

/** The RRG quadrants as Chinese charting software labels them. */
export const QUADRANT_ZH: Record<Quadrant, string> = { Leading: '領先', Weakening: '轉弱', Lagging: '落後', Improving: '改善' };

/** A whole-point index level: 23,827.78 → 「23,827」. */
export const indexLevelZh = (close: number) => formatInteger(Math.trunc(close));

function indexSentenceZh(indices: readonly IndexMove[], half: boolean, indexName: (id: string, name: string) => string): string {
  const [first, ...rest] = indices;
  if (!first) return '';
  const p = printed(first.changePct);
  const name = indexName(first.id, first.name);
  const level = `報${indexLevelZh(first.close)}點`;
  let head: string;
  if (p === 0) {
    head =
      Number(first.change.toFixed(2)) === 0
        ? `${name}收市無升跌，${level}`
        : `${name}收市變動不大，${first.change > 0 ? '微升' : '微跌'}${indexPointsZh(first.change)}點，${level}`;
  } else {
    head = `${name}收市${directionWordZh(p)}${indexPointsZh(first.change)}點或${pctAbsZh(p)}，${level}`;
  }
  if (half) head = `半日市，${head}`;
  const others = rest.map((ix) => `${indexName(ix.id, ix.name)}${movePhraseZh(ix.changePct)}`);
  return others.length === 0 ? `${head}。` : `${head}；${others.join('，')}。`;
}

/** 「22隻股份中15隻上升」, 「22隻全線上升」, 「13隻無一上升」. */
export function countedZh(n: number, count: number, up: boolean, noun = '股份'): string {
  const verb = up ? '上升' : '下跌';
  if (n === count) return `${count}隻全線${verb}`;
  if (n === 0) return `${count}隻無一${verb}`;
  return `${count}隻${noun}中${n}隻${verb}`;
}

/** The industries' ranking verb: 領漲/領跌 only when the figure goes that way. */
export function rankVerbZh(lead: boolean, pct: number): string {
  const p = printed(pct);
  if (lead) return p > 0 ? '領漲各行業' : '在各行業中表現最好';
  return p < 0 ? '領跌各行業' : '在各行業中表現最差';
}

/** Renders facts in the order given; 「等權平均」 once, each index named in full once. */
export function renderTakeawaysZh(facts: readonly Fact[]): string[] {
  const average = equalWeightedOnceZh();
  const indexName = indexNamerZh();
  return facts.map((f) => {
    switch (f.kind) {
      case 'index':
        return indexSentenceZh(f.indices, f.session === 'half', indexName);
      case 'industry-leader':
      case 'industry-laggard': {
        const lead = f.kind === 'industry-leader';
        const n = lead ? f.advancers : f.decliners;
        let text = `${industryName(f.industry, 'zh-hk')}${rankVerbZh(lead, f.pct)}，${average()}${movePhraseZh(f.pct)}（${countedZh(n, f.count, lead)}）`;
        if (f.theme) text += `，其中${themeNounZh(f.theme)}平均${movePhraseZh(f.theme.pct)}`;
        if (f.stocks.length > 0) text += `：${listJoinZh(f.stocks.map((s, i) => nameAndMoveZh(s, i)))}`;
        if (f.bellwether) {
          const b = f.bellwether;
          text += `；行業內${b.by === 'marketCap' ? '市值最大' : '成交額最大'}的${stockNameZh(b.stock)}${movePhraseZh(b.stock.changePct)}`;
        }
        return `${text}。`;
      }
      case 'group': {
        const about = f.themes.length > 0 ? `（包括${listJoinZh(f.themes.map(themeNounZh))}）` : '';
        const head = `${industryName(f.industry, 'zh-hk')}股份${about}${f.led ? '領漲' : f.up ? '齊升' : '齊跌'}`;
        const ordered = f.up ? f.stocks : [...f.stocks].reverse();
        // A range only when tight, else each move (the English rule).
        const tight = tightRange(f.stocks.map((s) => s.changePct));
        if (tight) {
          const noun = f.up ? '升幅' : '跌幅';
          const range = tight.same ? `${noun}同為${pctAbsZh(tight.lo)}` : `${noun}介乎${pctAbsZh(tight.lo)}至${pctAbsZh(tight.hi)}`;
          return `${head}：${listJoinZh(ordered.map(stockNameZh))}${range}。`;
        }
        return `${head}：${listJoinZh(ordered.map((s, i) => nameAndMoveZh(s, i)))}。`;
      }
      case 'theme': {
        const noun = themeNounZh(f.theme);
        if (f.shape === 'pair') {
          const present = f.count < f.memberCount ? `（樣本只涵蓋該主題${f.memberCount}隻股份中的${f.count}隻）` : '';
          const mean = f.stocks.reduce((a, s) => a + s.changePct, 0) / Math.max(1, f.stocks.length);
          const tone = printed(mean) === 0 ? '變動不大' : mean > 0 ? '造好' : '偏軟';
          return `${noun}${tone}：${listJoinZh(f.stocks.map((s, i) => nameAndMoveZh(s, i)))}${present}。`;
        }
        if (f.shape === 'each') {
          const up = f.advancers === f.count;
          return `${noun}全線${up ? '上升' : '下跌'}：${listJoinZh(f.stocks.map((s, i) => nameAndMoveZh(s, i)))}。`;
        }
        const lead = f.stocks[0];
        const tail = lead ? (f.ahead ? `，由${nameAndMoveZh(lead)}帶動` : `，受${nameAndMoveZh(lead)}拖累`) : '';
        return `${noun}${average()}${movePhraseZh(f.pct)}（${countedZh(f.advancers, f.count, true, '')}）${tail}。`;
      }
      case 'new-listing': {
        const when = f.day === 1 ? '上市首日' : `上市第${ordinalZh(f.day)}個交易日`;
        return `${withCodeZh(f.stock)}${when}${movePhraseZh(f.stock.changePct)}（${listedOnZh(f.listingDate)}）。`;
      }
      case 'movers': {
        const [first, ...rest] = f.stocks;
        if (!first) return '';
        const head = nameAndMoveZh(first, 0, true);
        if (rest.length === 0) return f.theme ? `${themeNounZh(f.theme)}方面，${head}。` : `${head}。`;
        return `${head}；其他${f.direction === 'up' ? '升幅' : '跌幅'}較大的股份包括${listJoinZh(rest.map((s, i) => nameAndMoveZh(s, i + 1, true)))}。`;
      }
      case 'large-caps': {
        const what = f.by === 'marketCap' ? '十大市值股份' : '十大成交股份';
        return `${what}中，${f.stocks.map((s, i) => nameAndMoveZh(s, i)).join('，')}。`;
      }
      case 'breadth': {
        const tone = f.net > 0 ? '升多跌少' : '跌多升少';
        const strong = Math.abs(f.net) >= 0.5 ? '明顯' : '';
        const ratio = f.ratio !== null && Number(f.ratio.toFixed(2)) > 0 ? `（升跌比率${f.ratio.toFixed(2)}）` : '';
        return `大市${strong}${tone}：${f.total}隻股份中${f.advancers}隻上升、${f.decliners}隻下跌${ratio}。`;
      }
      case 'rotation': {
        type Side = { name: string; pct: number; count: number };
        const cyc: Side = { name: '週期及資源股', pct: f.cyclicals.pct, count: f.cyclicals.count };
        const gro: Side = { name: '增長及科技股', pct: f.growth.pct, count: f.growth.count };
        const averages = average();
        // 「平均+1.23%，增長及科技股平均-0.50%（…）」 after the first group's name.
        const detail = (a: Side, b: Side) =>
          `平均${pctSigned(a.pct)}，${b.name}平均${pctSigned(b.pct)}（分別為${a.count}隻及${b.count}隻股份的${averages}，相差${ppZh(f.gapPp)}）`;
        let text: string;
        if (f.shape === 'rotation') {
          text = `板塊輪動，${f.gapPp > 0 ? '資源股跑贏科技股' : '科技股跑贏資源股'}：${cyc.name}${detail(cyc, gro)}`;
        } else {
          const cycFirst = f.shape === 'brunt' ? f.cyclicals.pct < f.growth.pct : f.cyclicals.pct > f.growth.pct;
          const [first, second] = cycFirst ? [cyc, gro] : [gro, cyc];
          text = `大市普遍${f.shape === 'brunt' ? '下跌' : '上升'}，${first.name}${f.shape === 'brunt' ? '首當其衝' : '領漲'}，${detail(first, second)}`;
        }
        if (f.defensivesVsHsiPp !== null) text += `；防守股${f.defensivesVsHsiPp > 0 ? '跑贏' : '跑輸'}${indexName('HSI', 'HSI')}${ppZh(f.defensivesVsHsiPp)}`;
        return `${text}。`;
      }
      case 'rrg': {
        const hsi = indexName('HSI', 'HSI');
        const into = (c: (typeof f.changes)[number]) =>
          `${industryName(c.industry, 'zh-hk')}${c.from ? `由「${QUADRANT_ZH[c.from]}」象限移入` : '進入'}「${QUADRANT_ZH[c.to]}」象限`;
        if (f.heldSessions !== undefined) return `在相對${hsi}的週線相對輪動圖（RRG）上，${f.changes.map(into).join('；')}，已維持${f.heldSessions}個交易日。`;
        return `在相對${hsi}的相對輪動圖（RRG）上，${f.changes.map(into).join('；')}。`;
      }
      case 'extreme': {
        const n = f.stocks.length;
        const more = f.more > 0 ? `（另有${f.more}隻）` : '';
        return `${listJoinZh(f.stocks.map((s) => `${withCodeZh(s)}變動${pctSigned(s.changePct)}`))}${more}，屬極端波動，解讀為趨勢前宜先核實；${n > 1 ? '這些股份' : '該股'}不計入任何平均數。`;
      }
      case 'index-history':
      case 'turnover':
      case 'fifty-two-week':
      case 'industry-history':
      case 'follow-up':
      case 'listing-offer':
        // The day in its history: lib/format/takeaways-history-zh.ts.
        return renderHistoryFactZh(f, { average, indexName });
    }
  });
}

/** 「2025年5月20日上市」. */
const listedOnZh = (date: string) => `${formatDayMonthYear(date, 'zh-hk')}上市`;
