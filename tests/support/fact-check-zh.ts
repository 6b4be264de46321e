/**
 * The fact check on the Chinese takeaways (textZh), apart from lib/ like the English one
 * (tests/support/fact-check.ts), whose value computation it reuses (citedValues: the values of everything a
 * takeaway cites, recomputed from the snapshot as plain JSON). It reads the figures back out of the Chinese
 * sentence and checks
 *   - every % , index points figure (「146點」), index level (「報23,827點」), pp gap (「2.04個百分點」),
 *     amount in 億/萬億 and share price equals, to its printed rounding, a value of something the takeaway
 *     cites; index points and levels printed without decimals must equal the value with its decimals
 *     dropped (23,827.78 → 23,827; 146.30 → 146): the press's rule, and the only one accepted;
 *   - every unsigned % has a direction word right before it (「升0.62%」, 「急跌4.19%」, 「升146點或0.62%」,
 *     「升幅介乎4.40%至5.90%」, 「較平均高130.10%」); the word agrees with the sign of the value, and a size
 *     word fits the style sheet's bands (微升 < 0.3 % ≤ 升 < 2 % ≤ 急升 < 5 % ≤ 飆升), restated here;
 *     zero is never printed with a direction word;
 *   - the breadth counts (「464隻股份中90隻上升、350隻下跌」), the 升跌比率 and a cited group's counts
 *     (「22隻股份中15隻上升」, 「44隻全線下跌」, 「13隻無一上升」);
 *   - every stock code in brackets, HSICS industry name (官方中文名稱) and index name (恒生指數 / 恒指 …) in the
 *     sentence is one the takeaway cites;
 *   - with the sessions before (`past`), the day in its history: 「收市創2025年3月24日以來新高」, 「單日跌幅
 *     為…以來最大」, 「連升兩日」, 「174個交易日以來最差」, turnover, 52-week counts, the previous session's move,
 *     the offer price.
 */
import {
  citedValues,
  dpOf,
  EXTREME,
  fiftyTwoWeekCounts,
  meanOf,
  num,
  pctOf,
  sameAsPrinted,
  sessionTurnover,
  sinceHolds,
  streakOf,
  type FactCheckResult,
  type RawSession,
  type RawTheme,
} from './fact-check';

/** [words, lowest |%|, highest |%|) by the style sheet's Chinese section. */
export const ZH_BANDS: [up: string[], down: string[], from: number, below: number][] = [
  [['微升', '略升'], ['微跌', '略跌'], 0, 0.3],
  [['升', '漲'], ['跌', '挫'], 0.3, 2],
  [['急升', '大升'], ['急跌', '大跌'], 2, 5],
  [['飆升', '狂升'], ['暴跌', '插水'], 5, Infinity],
];
/** Words that carry a sign but no size. */
const ZH_UP_ONLY = ['升幅', '高'];
const ZH_DOWN_ONLY = ['跌幅', '低'];
const UP = [...ZH_BANDS.flatMap((b) => b[0]), ...ZH_UP_ONLY];
const DOWN = [...ZH_BANDS.flatMap((b) => b[1]), ...ZH_DOWN_ONLY];
const WORDS = [...UP, ...DOWN].sort((a, b) => b.length - a.length);
const WORD_ALT = WORDS.join('|');
/** The word right before a figure: 「升」0.62%, 「升」146點或0.62%, 「升幅介乎」4.40%, 「再飆升」22.95%. */
const WORD_BEFORE = new RegExp(`(${WORD_ALT})(?:介乎|同為|為)?(?:[\\d,]+(?:\\.\\d+)?點或)?$`);

/** The HSICS industries' Chinese names, as the Hang Seng Indexes Company publishes them (restated, not imported). */
const HSICS_ZH: Record<string, string> = {
  Conglomerates: '綜合企業',
  'Consumer Discretionary': '非必需性消費業',
  'Consumer Staples': '必需性消費業',
  Energy: '能源業',
  Financials: '金融業',
  Healthcare: '醫療保健業',
  Industrials: '工業',
  'Information Technology': '資訊科技業',
  Materials: '原材料業',
  'Properties & Construction': '地產建築業',
  Telecommunications: '電訊業',
  Utilities: '公用事業',
};
const INDEX_ZH: Record<string, string[]> = { HSI: ['恒生指數', '恒指'], HSCEI: ['恒生中國企業指數', '國指'], HSTECH: ['恒生科技指數', '科指'] };

export interface FactCheckZhResult extends FactCheckResult {
  /** Direction words checked against the sign (and size) of the figure they govern. */
  words: number;
}

const ZH_NUMERALS = '一兩三四五六七八九十';
const countOf = (w: string) => (ZH_NUMERALS.includes(w) && w.length === 1 ? ZH_NUMERALS.indexOf(w) + 1 : Number(w));
/** 「2025年3月24日」 → "2025-03-24". */
const isoOf = (y: string, m: string, d: string) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
const DATE = '(\\d{4})年(\\d{1,2})月(\\d{1,2})日';
/** 「2025年3月24日以來」 or 「本站自2024年1月3日有紀錄以來」. */
const SINCE = `(本站自)?${DATE}(?:有紀錄)?以來`;

/** Check one Chinese takeaway against the snapshot (and, with `past`, its history). */
export function checkTakeawayZh(text: string, cites: readonly string[], session: RawSession, themes: readonly RawTheme[], past?: readonly RawSession[]): FactCheckZhResult {
  const v = citedValues(session, themes, cites);
  const out: FactCheckZhResult = { figures: 0, uncited: [], directionErrors: [], words: 0 };
  const fail = (what: string) => out.uncited.push(`${what} in "${text}"`);
  let rest = text;
  const consume = (re: RegExp, handle: (m: RegExpExecArray) => void) => {
    rest = rest.replace(re, (...args) => {
      const m = args.slice(0, -2) as unknown as RegExpExecArray;
      (m as unknown as { index: number }).index = args[args.length - 2] as number;
      handle(m);
      // Blanked with a character no pattern reads, so what is left cannot join across it.
      return '□'.repeat(String(args[0]).length);
    });
  };
  /** A whole-point figure equals the value with its decimals dropped; one with decimals, its rounding. */
  const samePoints = (value: number, s: string) => (dpOf(s) === 0 ? Math.trunc(Math.abs(value)) === num(s) : sameAsPrinted(Math.abs(value), num(s), dpOf(s)));
  const signOfWord = (w: string) => (UP.includes(w) ? 1 : DOWN.includes(w) ? -1 : 0);
  /** Sign and size of a direction word against the value(s) it describes; `abs` the printed |%| for the band. */
  const checkWord = (word: string, values: number[], abs: number | null, where: string) => {
    out.words++;
    if (abs === 0) {
      out.directionErrors.push(`zero with "${word}": ${where}`);
      return;
    }
    const dir = signOfWord(word);
    if (!values.some((p) => Math.sign(p) === dir)) out.directionErrors.push(`direction "${word}": ${where}`);
    if (abs === null) return;
    const band = ZH_BANDS.find(([up, down]) => up.includes(word) || down.includes(word));
    if (band && !(abs >= band[2] && abs < band[3])) out.directionErrors.push(`size word "${word}" for ${abs}%: ${where}`);
  };

  // Names: every stock code, HSICS industry and index named is one the takeaway cites.
  for (const m of text.matchAll(/（(\d{5})[），]/g)) if (!cites.includes(`stock:${m[1]}`)) fail(`stock ${m[1]} not cited`);
  let names = text;
  // Longest first: 非必需性消費業 holds 必需性消費業.
  for (const [en, zh] of Object.entries(HSICS_ZH).sort((a, b) => b[1].length - a[1].length)) {
    if (!names.includes(zh)) continue;
    names = names.replaceAll(zh, '□');
    if (!cites.includes(`industry:${encodeURIComponent(en)}`)) fail(`industry ${zh} not cited`);
  }
  for (const [id, names] of Object.entries(INDEX_ZH)) if (names.some((n) => text.includes(n)) && !cites.includes(`index:${id}`)) fail(`index ${names[0]} not cited`);

  // Index levels and points first, so their digits are not read as anything else.
  consume(/報([\d,]+(?:\.\d+)?)點/g, (m) => {
    out.figures++;
    if (!v.closes.some((c) => samePoints(c, m[1]!))) fail(`level ${m[0]}`);
  });
  consume(new RegExp(`(${WORD_ALT})([\\d,]+(?:\\.\\d+)?)點`, 'g'), (m) => {
    out.figures++;
    const ok = v.points.filter((p) => samePoints(p, m[2]!));
    if (ok.length === 0) fail(`points ${m[0]}`);
    else checkWord(m[1]!, ok, null, `"${m[0]}" in "${text}"`);
  });
  consume(/([\d,]+\.\d+)個百分點/g, (m) => {
    out.figures++;
    const gaps = v.pcts.flatMap((a, i) => v.pcts.slice(i + 1).map((b) => Math.abs(a - b)));
    if (!gaps.some((g) => sameAsPrinted(g, num(m[1]!), dpOf(m[1]!)))) fail(`pp ${m[0]}`);
  });
  consume(/升跌比率(\d+\.\d+)/g, (m) => {
    out.figures++;
    const ratio = v.counts && v.counts.down > 0 ? v.counts.up / v.counts.down : null;
    if (ratio === null || !sameAsPrinted(ratio, num(m[1]!), dpOf(m[1]!))) fail(`ratio ${m[1]}`);
  });
  consume(/(\d+)隻股份中(\d+)隻上升、(\d+)隻下跌/g, (m) => {
    out.figures += 3;
    const c = v.counts;
    if (!c || c.total !== num(m[1]!) || c.up !== num(m[2]!) || c.down !== num(m[3]!)) fail(`breadth counts "${m[0]}"`);
  });
  // A cited group's members: 「22隻股份中15隻上升」, 「44隻全線下跌」, 「13隻無一上升」, 「6隻中5隻上升」.
  consume(/(\d+)隻(?:股份)?(?:中(\d+)隻|(全線)|(無一))(上升|下跌)/g, (m) => {
    out.figures++;
    const n = num(m[1]!);
    const k = m[3] ? n : m[4] ? 0 : num(m[2]!);
    if (!v.groupCounts.some((g) => g.n === n && (m[5] === '下跌' ? g.down : g.up) === k)) fail(`count "${m[0]}"`);
  });
  if (past) checkHistoryZh(text, cites, session, past, out, consume, v.pcts, checkWord);

  let previousWord: string | null = null;
  consume(/([+-]?)(\d+(?:,\d{3})*(?:\.\d+)?)%/g, (m) => {
    out.figures++;
    const sign = m[1] === '+' ? 1 : m[1] === '-' ? -1 : 0;
    const abs = num(m[2]!);
    const dp = dpOf(m[2]!);
    const before = text.slice(0, m.index);
    // The second end of 「升幅介乎4.40%至5.90%」 takes the word of the first.
    const word = /[\d.]+%至$/.test(before) ? previousWord : (WORD_BEFORE.exec(before)?.[1] ?? null);
    previousWord = word;
    const matches = v.pcts.filter((p) => sameAsPrinted(Math.abs(p), abs, dp));
    const where = `"${word ?? ''}${m[0]}" in "${text}"`;
    if (matches.length === 0) {
      fail(m[0]);
      return;
    }
    if (sign !== 0) {
      if (!matches.some((p) => Math.sign(p) === sign)) out.directionErrors.push(`sign of ${where}`);
      if (abs === 0) out.directionErrors.push(`signed zero ${where}`);
      return;
    }
    if (word === null) {
      out.directionErrors.push(`no direction for ${where}`);
      return;
    }
    checkWord(word, matches, abs, where);
  });
  // Anything with decimals, a % or a unit left over is a figure the check could not place.
  for (const m of rest.matchAll(/\d[\d,]*(?:\.\d+)?(?:%|點|億|萬|港元)|\d+\.\d+/g)) {
    out.figures++;
    fail(`unplaced figure ${m[0]}`);
  }
  return out;
}

type Consume = (re: RegExp, handle: (m: RegExpExecArray) => void) => void;
type CheckWord = (word: string, values: number[], abs: number | null, where: string) => void;

function checkHistoryZh(text: string, cites: readonly string[], session: RawSession, past: readonly RawSession[], out: FactCheckZhResult, consume: Consume, pcts: number[], checkWord: CheckWord) {
  const all = [...past, session];
  const dates = all.map((x) => x.date);
  const ids = (kind: string) => cites.filter((c) => c.startsWith(`${kind}:`)).map((c) => decodeURIComponent(c.slice(kind.length + 1)));
  const fail = (what: string) => out.uncited.push(`${what} in "${text}"`);
  const indexSeries = ids('index').map((id) => {
    const rows = all.map((x) => x.indices.find((i) => i.id === id));
    const present = rows.map((r, k) => (r ? k : -1)).filter((k) => k >= 0);
    return { dates: present.map((k) => dates[k]!), closes: present.map((k) => rows[k]!.close), pcts: present.map((k) => pctOf(rows[k]!)) };
  });
  const industrySeries = ids('industry').map((id) => {
    const points = all.flatMap((x) => {
      const m = meanOf(x.stocks.filter((s) => s.sector === id && Math.abs(pctOf(s)) <= EXTREME).map(pctOf));
      return m === null ? [] : [{ date: x.date, pct: m }];
    });
    return { dates: points.map((p) => p.date), pcts: points.map((p) => p.pct) };
  });
  const sinceOf = (m: RegExpExecArray, at: number) => ({ archive: m[at] !== undefined, date: isoOf(m[at + 1]!, m[at + 2]!, m[at + 3]!) });

  consume(new RegExp(`收市創${SINCE}新(高|低)`, 'g'), (m) => {
    out.figures++;
    const since = sinceOf(m, 1);
    const beyond = m[5] === '高' ? (v: number, t: number) => v < t : (v: number, t: number) => v > t;
    if (!indexSeries.some((s) => sinceHolds(s.dates, s.closes, since, beyond))) fail(`"${m[0]}"`);
  });
  consume(new RegExp(`單日(升幅|跌幅)為${SINCE}最大`, 'g'), (m) => {
    out.figures++;
    const since = sinceOf(m, 2);
    const up = m[1] === '升幅';
    const beyond = up ? (v: number, t: number) => v < t : (v: number, t: number) => v > t;
    if (!indexSeries.some((s) => Math.sign(s.pcts[s.pcts.length - 1]!) === (up ? 1 : -1) && sinceHolds(s.dates, s.pcts, since, beyond))) fail(`"${m[0]}"`);
  });
  consume(/為(\d+)個交易日以來最(佳|差)單日表現/g, (m) => {
    out.figures++;
    const n = num(m[1]!);
    const best = m[2] === '佳';
    const ok = industrySeries.some((s) => {
      const t = s.pcts[s.pcts.length - 1]!;
      const prior = s.pcts.slice(-n, -1);
      const before = s.pcts[s.pcts.length - 1 - n];
      return prior.length === n - 1 && before !== undefined && prior.every((v) => (best ? v < t : v > t)) && (best ? before >= t : before <= t);
    });
    if (!ok) fail(`"${m[0]}"`);
  });
  consume(/連(升|跌)([一兩三四五六七八九十]|\d+)日/g, (m) => {
    out.figures++;
    const n = countOf(m[2]!) * (m[1] === '升' ? 1 : -1);
    if (![...indexSeries, ...industrySeries].some((s) => streakOf(s.pcts) === n)) fail(`streak "${m[0]}"`);
  });

  if (ids('market').includes('turnover')) {
    const today = sessionTurnover(session);
    const before = past.slice(-20).map(sessionTurnover);
    const average = before.length > 0 ? before.reduce((a, b) => a + b, 0) / before.length : NaN;
    pcts.push((today / average - 1) * 100);
    consume(/樣本內(\d+)隻股份成交額/g, (m) => {
      out.figures++;
      if (num(m[1]!) !== session.stocks.length) fail(`stock count "${m[0]}"`);
    });
    consume(/前(\d+)個交易日平均/g, (m) => {
      out.figures++;
      if (num(m[1]!) !== before.length) fail(`"${m[0]}"`);
    });
    consume(/([\d,]+\.\d+)(萬億|億)港元/g, (m) => {
      out.figures++;
      const unit = m[2] === '萬億' ? 1e12 : 1e8;
      if (![today, average].some((x) => sameAsPrinted(x / unit, num(m[1]!), dpOf(m[1]!)))) fail(`turnover ${m[0]}`);
    });
  }
  if (ids('market').includes('52-week')) {
    const x = fiftyTwoWeekCounts(all);
    consume(/有一年數據的(\d+)隻股份中，(\d+)隻收市創52週(高位|低位)，(\d+)隻創(?:52週)?(高位|低位)/g, (m) => {
      out.figures += 3;
      const got = { [m[3]!]: num(m[2]!), [m[5]!]: num(m[4]!) } as Record<string, number>;
      if (!x || got['高位'] !== x.highs || got['低位'] !== x.lows || num(m[1]!) !== x.eligible) fail(`52-week "${m[0]}" (recomputed ${JSON.stringify(x)})`);
    });
  }
  const stocks = ids('stock');
  const previous = past[past.length - 1];
  consume(new RegExp(`(上一交易日|上市首日)(${WORD_ALT})(\\d+\\.\\d+)%後`, 'g'), (m) => {
    out.figures++;
    const prevPcts = stocks.flatMap((code) => {
      const s = previous?.stocks.find((q) => q.code === code);
      return s && sameAsPrinted(Math.abs(pctOf(s)), num(m[3]!), dpOf(m[3]!)) ? [pctOf(s)] : [];
    });
    if (prevPcts.length === 0) fail(`previous session's move "${m[0]}"`);
    else checkWord(m[2]!, prevPcts, num(m[3]!), `"${m[0]}" in "${text}"`);
  });
  consume(/收報([\d,]+\.\d+)港元/g, (m) => {
    out.figures++;
    const ok = stocks.some((code) => {
      const s = session.stocks.find((q) => q.code === code);
      return s?.close !== undefined && sameAsPrinted(s.close, num(m[1]!), dpOf(m[1]!));
    });
    if (!ok) fail(`close ${m[0]}`);
  });
  consume(/較招股價([\d,]+\.\d+)港元(高|低)(\d+\.\d+)%/g, (m) => {
    out.figures += 2;
    out.words++;
    const ok = stocks.some((code) => {
      const s = session.stocks.find((q) => q.code === code);
      if (!s?.offerPrice || s.close === undefined) return false;
      const vs = (s.close / s.offerPrice - 1) * 100;
      return sameAsPrinted(s.offerPrice, num(m[1]!), dpOf(m[1]!)) && sameAsPrinted(Math.abs(vs), num(m[3]!), 2) && Math.sign(vs) === (m[2] === '高' ? 1 : -1);
    });
    if (!ok) fail(`offer "${m[0]}"`);
  });
}

/**
 * The figures a takeaway states, in a form both editions share, to compare the English and Chinese
 * sentences of one fact as multisets: stock codes and dates left out; index points and levels as whole
 * points (the English 23,827.78 → 23827, as the Chinese prints them); amounts in HK$ bn (「1,839.1億港元」 →
 * 183.91, compared within the English 1 dp); every other number by its absolute value as printed.
 */
export function figuresOf(text: string, lang: 'en' | 'zh'): { numbers: string[]; amountsBn: number[] } {
  let t = text.replace(/(?<=[（(])\d{5}/g, '');
  const amountsBn: number[] = [];
  const numbers: string[] = [];
  const plain = (s: string) => String(Number(s.replace(/[,+-]/g, '')));
  if (lang === 'en') {
    // 「30隻無一下跌」 says "(0 of 30 fell)" without the 0.
    t = t.replace(/\(0 of (?=\d)/g, '(');
    t = t.replace(/\d{4}-\d{2}-\d{2}|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{4}/g, '');
    t = t.replace(/HK\$([\d,]+\.\d+) bn/g, (_, x: string) => {
      amountsBn.push(Number(x.replace(/,/g, '')));
      return '';
    });
    t = t.replace(/(?:\bat|to close at) (\d{1,3}(?:,\d{3})*\.\d+)|[+-]?(\d[\d,]*\.\d+) points/g, (_, close?: string, points?: string) => {
      const v = Math.abs(Number((close ?? points)!.replace(/,/g, '')));
      numbers.push(String(v >= 1 ? Math.trunc(v) : v));
      return '';
    });
  } else {
    t = t.replace(/\d{4}年\d{1,2}月\d{1,2}日/g, '');
    t = t.replace(/([\d,]+\.\d+)(萬億|億)港元/g, (_, x: string, unit: string) => {
      amountsBn.push((Number(x.replace(/,/g, '')) * (unit === '萬億' ? 1e12 : 1e8)) / 1e9);
      return '';
    });
  }
  for (const m of t.matchAll(/[+-]?\d[\d,]*(?:\.\d+)?/g)) numbers.push(plain(m[0]));
  return { numbers: numbers.sort(), amountsBn: amountsBn.sort((a, b) => a - b) };
}

/** Whether the two editions of a takeaway state the same figures (amounts within the English rounding). */
export function sameFigures(en: string, zh: string): boolean {
  const a = figuresOf(en, 'en');
  const b = figuresOf(zh, 'zh');
  return (
    a.numbers.join('|') === b.numbers.join('|') &&
    a.amountsBn.length === b.amountsBn.length &&
    a.amountsBn.every((x, i) => Math.abs(x - b.amountsBn[i]!) <= 0.05 + 1e-9)
  );
}

/** Simplified forms that never belong in Hong Kong Traditional text. */
export const SIMPLIFIED = /[数资讯涨为个这发们与对经济场额亿万业时国际级东车电线银险药导领连创录纪来报点较样币价仅网团华广实关产会买卖属势动权极轮图区历记变虽]/;
/** What a Chinese takeaway must not contain: Simplified forms, 升0.00%, half-width punctuation or a space beside Chinese. */
export function styleProblems(zh: string): string[] {
  const out: string[] = [];
  const cjk = '[\\u3400-\\u9fff]';
  if (SIMPLIFIED.test(zh)) out.push(`Simplified form "${SIMPLIFIED.exec(zh)![0]}"`);
  if (/[升跌漲挫]0\.00%/.test(zh)) out.push('a direction word on 0.00%');
  if (new RegExp(`${cjk}[,;:()]|[,;:()]${cjk}`).test(zh)) out.push('half-width punctuation beside Chinese');
  if (new RegExp(`${cjk} | ${cjk}`).test(zh)) out.push('a space beside Chinese');
  if (!/。$/.test(zh)) out.push('no full stop 。');
  return out.map((p) => `${p}: "${zh}"`);
}
