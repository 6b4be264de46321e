/**
 * The takeaways' fact check, written apart from lib/ on purpose: it reads a snapshot as plain JSON, works
 * out the value of every thing a takeaway cites with its own small code, reads the figures back out of the
 * sentence, and checks
 *   - every % figure, points figure, close and pp gap equals, to its printed rounding, a value of something
 *     the takeaway cites (a figure that matches nothing cited is "uncited");
 *   - every % has a direction: a sign, or a direction word before it; the word agrees with the sign of the
 *     value it describes, zero is never "rose"/"fell" (only "unchanged"/"flat"), and the word fits the
 *     size bands of the style sheet (edged < 0.3 % ≤ rose < 2 % ≤ jumped < 5 % ≤ surged);
 *   - the breadth counts, the advance/decline ratio and the counts of a cited group ("15 of 22 rose") equal
 *     the snapshot's.
 * Its own definitions (restated from the README and lib/metrics/groups.ts, not imported): a move beyond
 * ±50 % is extreme and left out of every average; an average is the plain mean of the members' % changes;
 * a stock is up when its % ≥ 0.005; the rotation groups are the industries and theme listed in GROUPS.
 */
export interface RawStock {
  code: string;
  sector: string;
  changePct?: number;
  close?: number;
  prevClose?: number;
  /** Set on a period's stock (periodSnapshot): a daily move beyond ±50 % inside the period; else judged by changePct. */
  extreme?: boolean;

  volume?: number | null;
  turnover?: number | null;
  offerPrice?: number;
}
export interface RawIndex {
  id: string;
  close: number;
  prevClose?: number;
  changePct?: number;
}
export interface RawSession {
  date: string;
  indices: RawIndex[];
  stocks: RawStock[];
}
export interface RawTheme {
  id: string;
  codes: string[];
}

export const EXTREME = 50;
const GROUPS: Record<string, { industries: string[]; themes: string[] }> = {
  cyclicals: { industries: ['Materials', 'Energy', 'Industrials'], themes: [] },
  growth: { industries: ['Information Technology'], themes: ['internet-platforms'] },
  defensives: { industries: ['Utilities', 'Consumer Staples', 'Telecommunications', 'Healthcare'], themes: [] },
};

const UP = ['rising', 'above', 'edged up', 'rose', 'gained', 'added', 'jumped', 'climbed', 'rallied', 'surged', 'soared', 'up', 'advanced', 'all rose', 'beat'];
const DOWN = ['falling', 'below', 'edged down', 'fell', 'slipped', 'eased', 'slid', 'dropped', 'tumbled', 'plunged', 'sank', 'down', 'declined', 'all fell', 'trailed'];
const ZERO = ['unchanged', 'flat', 'little changed'];
/** [word, lowest |%|, highest |%|) by the style sheet; words not listed carry no size. */
const BANDS: [string[], number, number][] = [
  [['edged up', 'edged down'], 0, 0.3],
  [['rose', 'gained', 'added', 'fell', 'slipped', 'eased'], 0.3, 2],
  [['jumped', 'climbed', 'rallied', 'slid', 'dropped', 'tumbled'], 2, 5],
  [['surged', 'soared', 'plunged', 'sank'], 5, Infinity],
];

export interface FactCheckResult {
  figures: number;
  uncited: string[];
  directionErrors: string[];
}

export const pctOf = (x: { changePct?: number; close?: number; prevClose?: number }) => x.changePct ?? (x.close! / x.prevClose! - 1) * 100;
export const meanOf = (xs: number[]) => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);

/** The values a cite key stands for: its % changes, and for an index its points and close too. */
export function citedValues(session: RawSession, themes: readonly RawTheme[], cites: readonly string[]) {
  const live = session.stocks.filter((s) => !(s.extreme ?? Math.abs(pctOf(s)) > EXTREME));
  const byCode = new Map(session.stocks.map((s) => [s.code, s]));
  const pcts: number[] = [];
  /** Members, risers and fallers of each cited industry, theme and group, for "15 of 22 rose". */
  const groupCounts: { n: number; up: number; down: number }[] = [];
  const countOf = (ps: number[]) => groupCounts.push({ n: ps.length, up: ps.filter((p) => p >= 0.005).length, down: ps.filter((p) => p <= -0.005).length });
  const points: number[] = [];
  const closes: number[] = [];
  let breadth = false;
  const membersOfThemes = (ids: string[]) => themes.filter((t) => ids.includes(t.id)).flatMap((t) => t.codes);
  for (const token of cites) {
    const colon = token.indexOf(':');
    const kind = token.slice(0, colon);
    const id = decodeURIComponent(token.slice(colon + 1));
    if (kind === 'index') {
      const ix = session.indices.find((i) => i.id === id);
      if (!ix) continue;
      const pct = pctOf(ix);
      const prev = ix.prevClose ?? ix.close / (1 + pct / 100);
      pcts.push(pct);
      points.push(ix.close - prev);
      closes.push(ix.close);
    } else if (kind === 'stock') {
      const s = byCode.get(id);
      if (s) pcts.push(pctOf(s));
    } else if (kind === 'industry') {
      const ps = live.filter((s) => s.sector === id).map(pctOf);
      const m = meanOf(ps);
      if (m !== null) pcts.push(m);
      countOf(ps);
    } else if (kind === 'theme') {
      const codes = new Set(membersOfThemes([id]));
      const ps = live.filter((s) => codes.has(s.code)).map(pctOf);
      const m = meanOf(ps);
      if (m !== null) pcts.push(m);
      countOf(ps);
    } else if (kind === 'group') {
      const g = GROUPS[id];
      if (!g) continue;
      const codes = new Set(membersOfThemes(g.themes));
      const m = meanOf(live.filter((s) => g.industries.includes(s.sector) || codes.has(s.code)).map(pctOf));
      if (m !== null) pcts.push(m);
    } else if (kind === 'market' && id === 'breadth') {
      breadth = true;
    }
  }
  let counts: { up: number; down: number; total: number } | null = null;
  if (breadth) {
    const ps = live.map(pctOf);
    counts = { up: ps.filter((p) => p >= 0.005).length, down: ps.filter((p) => p <= -0.005).length, total: ps.length };
  }
  return { pcts, points, closes, counts, groupCounts };
}

/** Equal to `printed` (which has `dp` decimals) once rounded, allowing for the float's last bits. */
export const sameAsPrinted = (value: number, printed: number, dp: number) => Math.abs(value - printed) <= 0.5 * 10 ** -dp + 1e-9;
export const dpOf = (s: string) => (s.includes('.') ? s.split('.')[1]!.length : 0);
export const num = (s: string) => Number(s.replace(/,/g, ''));

function wordBefore(before: string): string | null {
  const all = [...UP, ...DOWN, ...ZERO].sort((a, b) => b.length - a.length);
  // "rose 1.20%", "advanced between 4.41% and …", "advanced by 4.41%", "up 0.62%".
  for (const w of all) if (new RegExp(`\\b${w}\\s+(?:between\\s+|by\\s+)?$`).test(before)) return w;
  return null;
}

/** Check one takeaway's sentence against the snapshot. */
export function checkTakeaway(
  text: string,
  cites: readonly string[],
  session: RawSession,
  themes: readonly RawTheme[],
  /** The sessions before this one, oldest first: the day in its history is checked against them. */
  past?: readonly RawSession[],
): FactCheckResult {
  const v = citedValues(session, themes, cites);
  const out: FactCheckResult = { figures: 0, uncited: [], directionErrors: [] };
  let rest = text;
  const consume = (re: RegExp, handle: (m: RegExpExecArray) => void) => {
    rest = rest.replace(re, (...args) => {
      const m = args.slice(0, -2) as unknown as RegExpExecArray;
      (m as unknown as { index: number }).index = args[args.length - 2] as number;
      handle(m);
      return ' '.repeat(String(args[0]).length);
    });
  };
  // Closes and points first, so their digits are not read as anything else.
  consume(/\b(?:at|to close at) (\d{1,3}(?:,\d{3})*\.\d+)/g, (m) => {
    out.figures++;
    if (!v.closes.some((c) => sameAsPrinted(c, num(m[1]!), dpOf(m[1]!)))) out.uncited.push(`close ${m[1]} in "${text}"`);
  });
  consume(/([+-]?)(\d{1,3}(?:,\d{3})*\.\d+) points/g, (m) => {
    out.figures++;
    const signed = (m[1] === '-' ? -1 : 1) * num(m[2]!);
    if (!v.points.some((p) => sameAsPrinted(p, signed, dpOf(m[2]!)))) out.uncited.push(`points ${m[0]} in "${text}"`);
  });
  consume(/(\d+\.\d+) pp/g, (m) => {
    out.figures++;
    const gaps = v.pcts.flatMap((a, i) => v.pcts.slice(i + 1).map((b) => Math.abs(a - b)));
    if (!gaps.some((g) => sameAsPrinted(g, num(m[1]!), dpOf(m[1]!)))) out.uncited.push(`pp ${m[0]} in "${text}"`);
  });
  consume(/ratio (\d+\.\d+)/g, (m) => {
    out.figures++;
    const ratio = v.counts && v.counts.down > 0 ? v.counts.up / v.counts.down : null;
    if (ratio === null || !sameAsPrinted(ratio, num(m[1]!), dpOf(m[1]!))) out.uncited.push(`ratio ${m[1]} in "${text}"`);
  });
  consume(/(\d+) of (\d+) stocks rose and (\d+) fell/g, (m) => {
    out.figures += 3;
    const c = v.counts;
    if (!c || c.up !== num(m[1]!) || c.total !== num(m[2]!) || c.down !== num(m[3]!)) out.uncited.push(`breadth counts "${m[0]}" in "${text}"`);
  });
  // "(15 of 22 rose)", "(all 44 fell)", "(none of 13 up)", "(9 of 14 up)": a cited group's members.
  consume(/\((all|none of|\d+ of) (\d+) (rose|fell|up)\)/g, (m) => {
    out.figures++;
    const n = num(m[2]!);
    const k = m[1] === 'all' ? n : m[1] === 'none of' ? 0 : num(m[1]!.replace(' of', ''));
    const ok = v.groupCounts.some((g) => g.n === n && (m[3] === 'fell' ? g.down : g.up) === k);
    if (!ok) out.uncited.push(`count "${m[0]}" in "${text}"`);
  });
  if (past) checkHistory(text, cites, session, past, out, consume, v.pcts);
  let previousWord: string | null = null;
  consume(/([+-]?)(\d+(?:,\d{3})*(?:\.\d+)?)%/g, (m) => {
    out.figures++;
    const sign = m[1] === '+' ? 1 : m[1] === '-' ? -1 : 0;
    const abs = num(m[2]!);
    const dp = dpOf(m[2]!);
    const before = text.slice(0, m.index);
    // The second end of "between 4.41% and 5.93%" takes the word of the first.
    const word = /between\s+[+-]?[\d.,]+%\s+and\s+$/.test(before) ? previousWord : wordBefore(before);
    previousWord = word;
    const matches = v.pcts.filter((p) => sameAsPrinted(Math.abs(p), abs, dp));
    if (matches.length === 0) {
      out.uncited.push(`${m[0]} in "${text}"`);
      return;
    }
    const printedZero = abs === 0;
    const where = `"${word ?? ''} ${m[0]}" in "${text}"`;
    if (sign !== 0) {
      if (!matches.some((p) => Math.sign(p) === sign)) out.directionErrors.push(`sign of ${where}`);
      if (printedZero) out.directionErrors.push(`signed zero ${where}`);
      return;
    }
    if (word === null) {
      out.directionErrors.push(`no direction for ${where}`);
      return;
    }
    if (printedZero) {
      if (!ZERO.includes(word)) out.directionErrors.push(`zero with "${word}": ${where}`);
      return;
    }
    const dir = UP.includes(word) ? 1 : DOWN.includes(word) ? -1 : 0;
    if (dir === 0 || !matches.some((p) => Math.sign(p) === dir)) out.directionErrors.push(`direction ${where}`);
    const band = BANDS.find(([words]) => words.includes(word));
    if (band && !(abs >= band[1] && abs < band[2])) out.directionErrors.push(`size word "${word}" for ${abs}%: ${where}`);
  });
  // Anything with decimals left over is a figure the check could not place.
  for (const m of rest.matchAll(/\d+\.\d+/g)) {
    out.figures++;
    out.uncited.push(`unplaced figure ${m[0]} in "${text}"`);
  }
  return out;
}

/**
 * A week or month as one snapshot the check can read (the same check then applies to a recap's
 * takeaways), recomputed here from the session files of the period and those before it:
 *   - an index's close is its close on the period's last session; its "previous close" is its last close
 *     before the period (the previous period's last close), or the first session's prevClose at the
 *     archive's start;
 *   - a stock (one traded on the last session) moves by its daily % changes chain-linked over the
 *     period's sessions it traded in, Π(1 + pct/100) − 1; it is extreme when one of those days is beyond
 *     ±50 %, and then left out of averages and counts like an extreme day.
 * `before` holds the sessions before the period (oldest first), `period` the period's sessions.
 */
export function periodSnapshot(before: readonly RawSession[], period: readonly RawSession[]): RawSession {
  const last = period[period.length - 1]!;
  const indices: RawIndex[] = last.indices.map((ix) => {
    let base: number | undefined;
    for (let k = before.length - 1; k >= 0 && base === undefined; k--) base = before[k]!.indices.find((i) => i.id === ix.id)?.close;
    if (base === undefined) {
      const first = period.map((p) => p.indices.find((i) => i.id === ix.id)).find((i) => i !== undefined)!;
      base = first.prevClose ?? first.close / (1 + pctOf(first) / 100);
    }
    return { id: ix.id, close: ix.close, prevClose: base };
  });
  const byCode = period.map((p) => new Map(p.stocks.map((x) => [x.code, x])));
  const stocks: RawStock[] = last.stocks.map((st) => {
    let growth = 1;
    let extreme = false;
    for (const rows of byCode) {
      const row = rows.get(st.code);
      if (!row) continue;
      const pct = pctOf(row);
      growth *= 1 + pct / 100;
      if (Math.abs(pct) > EXTREME) extreme = true;
    }
    return { code: st.code, sector: st.sector, changePct: (growth - 1) * 100, extreme };
  });
  return { date: last.date, indices, stocks };
}

// ---- The day in its history: closes, dates, streaks, turnover and 52-week counts, recomputed from the files.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
/** "24 March 2025" or "the archive began on 2024-01-03" → ISO date, and whether it is the archive's start. */
function sinceDate(words: string): { date: string; archive: boolean } | null {
  const archive = /^the archive began on (\d{4}-\d{2}-\d{2})$/.exec(words);
  if (archive) return { date: archive[1]!, archive: true };
  const m = /^(\d{1,2}) (\w+) (\d{4})$/.exec(words);
  const month = m ? MONTHS.indexOf(m[2]!) : -1;
  if (!m || month < 0) return null;
  return { date: `${m[3]}-${String(month + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`, archive: false };
}
const ordinalNumber = (w: string) => (ORDINALS.includes(w) ? ORDINALS.indexOf(w) : Number(/^(\d+)(st|nd|rd|th)$/.exec(w)?.[1] ?? NaN));
export const upOrDown = (p: number) => (p >= 0.005 ? 1 : p <= -0.005 ? -1 : 0);
export function streakOf(pcts: readonly number[]): number {
  const last = upOrDown(pcts[pcts.length - 1] ?? 0);
  let n = 0;
  for (let i = pcts.length - 1; i >= 0 && last !== 0 && upOrDown(pcts[i]!) === last; i--) n++;
  return n * last;
}
const stockTurnover = (s: RawStock) => s.turnover ?? (s.close !== undefined && s.volume != null ? s.close * s.volume : 0);
export const sessionTurnover = (x: RawSession) => x.stocks.reduce((a, s) => a + stockTurnover(s), 0);

/**
 * "since D" claims about a series `values` (oldest first, today last): every value after D and before today
 * is beyond today's the claimed way (`beyond(v, today)`), and D's is not; or, from the archive's start,
 * every value before today is.
 */
export function sinceHolds(dates: readonly string[], values: readonly number[], since: { date: string; archive: boolean }, beyond: (v: number, today: number) => boolean): boolean {
  const today = values[values.length - 1]!;
  if (since.archive) return dates[0] === since.date && values.slice(0, -1).every((v) => beyond(v, today));
  const i = dates.indexOf(since.date);
  if (i < 0 || i === dates.length - 1 || beyond(values[i]!, today)) return false;
  return values.slice(i + 1, -1).every((v) => beyond(v, today));
}

type Consume = (re: RegExp, handle: (m: RegExpExecArray) => void) => void;

function checkHistory(text: string, cites: readonly string[], session: RawSession, past: readonly RawSession[], out: FactCheckResult, consume: Consume, pcts: number[]) {
  const all = [...past, session];
  const dates = all.map((x) => x.date);
  const ids = (kind: string) => cites.filter((c) => c.startsWith(`${kind}:`)).map((c) => decodeURIComponent(c.slice(kind.length + 1)));
  const fail = (what: string) => out.uncited.push(`${what} in "${text}"`);
  // Each cited index's and industry's series over the archive: closes and daily %.
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

  consume(/the (highest|lowest) close since (the archive began on \d{4}-\d{2}-\d{2}|\d{1,2} \w+ \d{4})/g, (m) => {
    out.figures++;
    const since = sinceDate(m[2]!);
    const beyond = m[1] === 'highest' ? (v: number, t: number) => v < t : (v: number, t: number) => v > t;
    if (!since || !indexSeries.some((s) => sinceHolds(s.dates, s.closes, since, beyond))) fail(`"${m[0]}"`);
  });
  consume(/the largest one-day (gain|fall) since (the archive began on \d{4}-\d{2}-\d{2}|\d{1,2} \w+ \d{4})/g, (m) => {
    out.figures++;
    const since = sinceDate(m[2]!);
    const up = m[1] === 'gain';
    const beyond = up ? (v: number, t: number) => v < t : (v: number, t: number) => v > t;
    if (!since || !indexSeries.some((s) => Math.sign(s.pcts[s.pcts.length - 1]!) === (up ? 1 : -1) && sinceHolds(s.dates, s.pcts, since, beyond))) fail(`"${m[0]}"`);
  });
  consume(/its (best|worst) day in (\d+) sessions/g, (m) => {
    out.figures++;
    const n = num(m[2]!);
    const best = m[1] === 'best';
    // Today beats the n − 1 sessions before it, and the one before those was at least as good.
    const ok = industrySeries.some((s) => {
      const t = s.pcts[s.pcts.length - 1]!;
      const prior = s.pcts.slice(-n, -1);
      const before = s.pcts[s.pcts.length - 1 - n];
      return prior.length === n - 1 && before !== undefined && prior.every((v) => (best ? v < t : v > t)) && (best ? before >= t : before <= t);
    });
    if (!ok) fail(`"${m[0]}"`);
  });
  consume(/a (\w+) straight (gain|loss)/g, (m) => {
    out.figures++;
    const n = ordinalNumber(m[1]!) * (m[2] === 'gain' ? 1 : -1);
    if (![...indexSeries, ...industrySeries].some((s) => streakOf(s.pcts) === n)) fail(`streak "${m[0]}"`);
  });

  if (ids('market').includes('turnover')) {
    const today = sessionTurnover(session);
    const before = past.slice(-20).map(sessionTurnover);
    const average = before.length > 0 ? before.reduce((a, b) => a + b, 0) / before.length : NaN;
    pcts.push((today / average - 1) * 100);
    consume(/Turnover of the (\d+) stocks shown/g, (m) => {
      out.figures++;
      if (num(m[1]!) !== session.stocks.length) fail(`stock count "${m[0]}"`);
    });
    consume(/its (\d+)-session average/g, (m) => {
      out.figures++;
      if (num(m[1]!) !== before.length) fail(`"${m[0]}"`);
    });
    consume(/HK\$([\d,]+\.\d+) bn/g, (m) => {
      out.figures++;
      const bn = num(m[1]!);
      if (![today, average].some((x) => sameAsPrinted(x / 1e9, bn, dpOf(m[1]!)))) fail(`turnover ${m[0]}`);
    });
  }
  if (ids('market').includes('52-week')) {
    const x = fiftyTwoWeekCounts(all);
    consume(/(\d+) stocks closed at 52-week (highs|lows) and (\d+) at (highs|lows), of the (\d+) with a year of history/g, (m) => {
      out.figures += 3;
      const got = { [m[2]!]: num(m[1]!), [m[4]!]: num(m[3]!) } as Record<string, number>;
      if (!x || got.highs !== x.highs || got.lows !== x.lows || num(m[5]!) !== x.eligible) fail(`52-week "${m[0]}" (recomputed ${JSON.stringify(x)})`);
    });
  }
  const stocks = ids('stock');
  const previous = past[past.length - 1];
  consume(/after (rising|falling) (\d+\.\d+)% (the previous session|on its debut)/g, (m) => {
    out.figures++;
    const sign = m[1] === 'rising' ? 1 : -1;
    const ok = stocks.some((code) => {
      const s = previous?.stocks.find((q) => q.code === code);
      return s !== undefined && Math.sign(pctOf(s)) === sign && sameAsPrinted(Math.abs(pctOf(s)), num(m[2]!), dpOf(m[2]!));
    });
    if (!ok) fail(`previous session's move "${m[0]}"`);
  });
  consume(/closed at HK\$([\d,]+\.\d+)/g, (m) => {
    out.figures++;
    if (!stocks.some((code) => { const s = session.stocks.find((q) => q.code === code); return s?.close !== undefined && sameAsPrinted(s.close, num(m[1]!), dpOf(m[1]!)); })) fail(`close ${m[0]}`);
  });
  consume(/(\d+\.\d+)% (above|below) its offer price of HK\$([\d,]+\.\d+)/g, (m) => {
    out.figures += 2;
    const ok = stocks.some((code) => {
      const s = session.stocks.find((q) => q.code === code);
      if (!s?.offerPrice || s.close === undefined) return false;
      const vs = (s.close / s.offerPrice - 1) * 100;
      return sameAsPrinted(s.offerPrice, num(m[3]!), dpOf(m[3]!)) && sameAsPrinted(Math.abs(vs), num(m[1]!), 2) && Math.sign(vs) === (m[2] === 'above' ? 1 : -1);
    });
    if (!ok) fail(`offer "${m[0]}"`);
  });
}

/**
 * New 52-week closing highs and lows, by its own reading of the rule: a stock with rows from the window's
 * first session (or before it) whose chain-linked growth today is above (below) every earlier one of the
 * last 250 sessions. Null before the archive holds 250 sessions.
 */
export function fiftyTwoWeekCounts(all: readonly RawSession[]): { highs: number; lows: number; eligible: number } | null {
  if (all.length < 250) return null;
  const window = all.slice(-250);
  const earlier = new Set(all.slice(0, -250).flatMap((x) => x.stocks.map((s) => s.code)));
  const first = new Set(window[0]!.stocks.map((s) => s.code));
  const g = new Map<string, number[]>();
  for (const x of window) for (const s of x.stocks) {
    const list = g.get(s.code) ?? [];
    list.push((list[list.length - 1] ?? 1) * (1 + pctOf(s) / 100));
    g.set(s.code, list);
  }
  let highs = 0;
  let lows = 0;
  let eligible = 0;
  for (const s of window[window.length - 1]!.stocks) {
    if (!first.has(s.code) && !earlier.has(s.code)) continue;
    const list = g.get(s.code)!;
    if (list.length < 2) continue;
    eligible++;
    const t = list[list.length - 1]!;
    const prior = list.slice(0, -1);
    if (t > Math.max(...prior) * (1 + 1e-9)) highs++;
    else if (t < Math.min(...prior) * (1 - 1e-9)) lows++;
  }
  return eligible > 0 ? { highs, lows, eligible } : null;
}
