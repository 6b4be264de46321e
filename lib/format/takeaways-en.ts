/**
 * The English words of the key takeaways, rendered from facts (lib/takeaways/facts.ts). Nothing here
 * decides what is said, only how: a Chinese edition is a sibling of this file over the same facts.
 *
 * One decimals rule (../STYLE-TAKEAWAYS): every % change to 2 dp ("+7.80%", never "+7.8%" beside
 * "+7.01%"), index points and closes to 2 dp as the cards show them, percentage points to 2 dp, turnover in
 * HK$ bn to 1 dp. Direction words go by the size of the printed figure (DIRECTION_WORDS) and agree with
 * its sign; a figure that rounds to zero is "unchanged" or "flat", never "rose 0.00%".
 */
import { formatPct, formatPctAbs, formatPoints, formatSignedPoints } from '@/lib/format';
import { renderHistoryFactEn } from '@/lib/format/takeaways-history-en';
import type { Fact, IndexMove, StockMove } from '@/lib/takeaways/facts';

export const TAKEAWAY_DECIMALS = { pct: 2, points: 2, pp: 2, turnoverHkdBn: 1 } as const;

/** The size bands of the style sheet, by |printed %|: [upper bound, words up, words down]. */
export const DIRECTION_WORDS: readonly { below: number; up: readonly string[]; down: readonly string[] }[] = [
  { below: 0.3, up: ['edged up'], down: ['edged down'] },
  { below: 2, up: ['rose', 'gained', 'added'], down: ['fell', 'slipped', 'eased'] },
  { below: 5, up: ['jumped', 'climbed', 'rallied'], down: ['slid', 'dropped', 'tumbled'] },
  { below: Infinity, up: ['surged', 'soared'], down: ['plunged', 'sank'] },
];

/** The value as printed: rounded to the rule's decimals. */
const printed = (pct: number) => Number(pct.toFixed(TAKEAWAY_DECIMALS.pct));

/** "rose" / "slid" / "plunged" for a move of this size and sign; `variant` picks a synonym of the band. */
export function directionWord(pct: number, variant = 0): string {
  const p = printed(pct);
  const band = DIRECTION_WORDS.find((b) => Math.abs(p) < b.below)!;
  const words = p > 0 ? band.up : band.down;
  return words[variant % words.length]!;
}

/** "rose 0.62%", "edged down 0.12%", "was unchanged". */
export function movePhrase(pct: number, variant = 0, plural = false): string {
  return printed(pct) === 0 ? `${plural ? 'were' : 'was'} unchanged` : `${directionWord(pct, variant)} ${pctAbs(pct)}`;
}

/** "up 0.62%", "down 1.20%", "unchanged". */
function upDown(pct: number): string {
  const p = printed(pct);
  return p === 0 ? 'unchanged' : `${p > 0 ? 'up' : 'down'} ${pctAbs(pct)}`;
}

export const pctAbs = (pct: number) => formatPctAbs(printed(pct), TAKEAWAY_DECIMALS.pct);
/** "+6.06%", "-0.54%", "0.00%". */
export const pctSigned = (pct: number) => formatPct(pct, TAKEAWAY_DECIMALS.pct);
const ppAbs = (pp: number) => `${formatPoints(Math.abs(pp), TAKEAWAY_DECIMALS.pp)} pp`;

/** ["a", "b", "c"] → "a, b and c". */
export function listJoin(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const ORDINALS = ['', 'debut', 'second trading day', 'third trading day', 'fourth trading day', 'fifth trading day'] as const;
const SHORT_INDEX_NAMES: Record<string, string> = { HSCEI: 'HSCEI' };

const withCode = (s: StockMove) => `${s.name} (${s.code})`;
/** "Zijin Mining +6.06%"; "China Resources Land unchanged" for a move that rounds to zero. */
const nameAndMove = (s: StockMove, code = false) => `${code ? withCode(s) : s.name} ${printed(s.changePct) === 0 ? 'unchanged' : pctSigned(s.changePct)}`;

/** A spread of one-sign moves is given as a range only when tight (≤ 3 pp); otherwise each move is named. */
export const MAX_RANGE_SPREAD_PP = 3;

/**
 * How a group of moves is stated, in either language (../STYLE-TAKEAWAYS: ranges only when tight): the
 * smallest and largest |move| when the moves lie within MAX_RANGE_SPREAD_PP of each other (`same` when they
 * print alike), else null (each move is named).
 */
export function tightRange(pcts: readonly number[]): { lo: number; hi: number; same: boolean } | null {
  if (Math.max(...pcts) - Math.min(...pcts) > MAX_RANGE_SPREAD_PP) return null;
  const mags = pcts.map((p) => Math.abs(p));
  const lo = Math.min(...mags);
  const hi = Math.max(...mags);
  return { lo, hi, same: printed(lo) === printed(hi) };
}

function indexSentence(indices: readonly IndexMove[], half: boolean): string {
  const [first, ...rest] = indices;
  if (!first) return '';
  const p = printed(first.changePct);
  const close = formatPoints(first.close, TAKEAWAY_DECIMALS.points);
  const points = `${formatSignedPoints(first.change, TAKEAWAY_DECIMALS.points)} points`;
  let head: string;
  if (p === 0) {
    head = Number(first.change.toFixed(2)) === 0 ? `The ${first.name} closed flat at ${close}` : `The ${first.name} was little changed at ${close} (${points})`;
  } else if (Math.abs(p) < 2) {
    head = `The ${first.name} closed ${p > 0 ? 'up' : 'down'} ${pctAbs(p)} at ${close} (${points})`;
  } else {
    head = `The ${first.name} ${directionWord(p)} ${pctAbs(p)} to close at ${close} (${points})`;
  }
  if (half) head = `In a half-day session, t${head.slice(1)}`;
  const others = rest.map((ix) => `the ${SHORT_INDEX_NAMES[ix.id] ?? ix.name} ${movePhrase(ix.changePct)}`);
  return others.length === 0 ? `${head}.` : `${head}; ${listJoin(others)}.`;
}

/** The word for a group average: "equal-weighted" the first time it is called, "on average" after. */
export function equalWeightedOnce(): () => string {
  let said = false;
  return () => {
    if (said) return 'on average';
    said = true;
    return 'equal-weighted';
  };
}

/** Renders facts in the order given; "equal-weighted" is said once, where a group average first appears. */
export function renderTakeawaysEn(facts: readonly Fact[]): string[] {
  const average = equalWeightedOnce();
  return facts.map((f) => {
    switch (f.kind) {
      case 'index':
        return indexSentence(f.indices, f.session === 'half');
      case 'industry-leader':
      case 'industry-laggard': {
        const lead = f.kind === 'industry-leader';
        const p = printed(f.pct);
        const verb = lead ? (p < 0 ? 'held up best among the industries' : 'led the industries') : p > 0 ? 'trailed the industries' : 'lagged the industries';
        const n = lead ? f.advancers : f.decliners;
        const counted = `${n === f.count ? 'all' : `${n} of`} ${f.count} ${lead ? 'rose' : 'fell'}`;
        let text = `${f.industry} ${verb}, ${upDown(f.pct)} ${average()} (${counted})`;
        if (f.theme) text += `, with ${f.theme.name.toLowerCase()} ${upDown(f.theme.pct)} on average`;
        if (f.stocks.length > 0) text += `: ${listJoin(f.stocks.map((s) => nameAndMove(s)))}`;
        if (f.bellwether) {
          const b = f.bellwether;
          text += `; ${b.stock.name}, its ${b.by === 'marketCap' ? 'largest' : 'most-traded'} stock, ${movePhrase(b.stock.changePct)}`;
        }
        return `${text}.`;
      }
      case 'group': {
        const about = f.themes.length > 0 ? `, among them ${listJoin(f.themes.map((t) => t.name.toLowerCase()))},` : '';
        const head = f.led ? `${f.industry} names${about} led gains` : `${f.industry} names${about} ${f.up ? 'moved up together' : 'moved down together'}`;
        const ordered = f.up ? f.stocks : [...f.stocks].reverse();
        const tight = tightRange(f.stocks.map((s) => s.changePct));
        if (tight) {
          const range = tight.same ? `by ${pctAbs(tight.lo)}` : `between ${pctAbs(tight.lo)} and ${pctAbs(tight.hi)}`;
          return `${head} — ${listJoin(ordered.map((s) => s.name))} ${f.up ? 'advanced' : 'declined'} ${range}.`;
        }
        return `${head} — ${listJoin(ordered.map((s) => nameAndMove(s)))}.`;
      }
      case 'theme': {
        if (f.shape === 'pair') {
          const present = f.count < f.memberCount ? ` (${f.count} of its ${f.memberCount} stocks in this snapshot)` : '';
          const mean = f.stocks.reduce((a, s) => a + s.changePct, 0) / Math.max(1, f.stocks.length);
          return `${f.theme.name} ${printed(mean) === 0 ? 'were little changed' : directionWord(mean, 1)}: ${listJoin(f.stocks.map((s) => `${s.name} ${upDown(s.changePct)}`))}${present}.`;
        }
        if (f.shape === 'each') {
          const up = f.advancers === f.count;
          return `${f.theme.name} ${up ? 'all rose' : 'all fell'}: ${listJoin(f.stocks.map((s) => nameAndMove(s)))}.`;
        }
        const lead = f.stocks[0];
        const tail = lead ? `, ${f.ahead ? 'led' : 'dragged'} by ${nameAndMove(lead)}` : '';
        // Theme names are plural ("Gold miners", "Banks").
        return `${f.theme.name} ${movePhrase(f.pct, 0, true)} ${average()} (${f.advancers === 0 ? 'none' : f.advancers === f.count ? 'all' : f.advancers} of ${f.count} up)${tail}.`;
      }
      case 'new-listing': {
        const when = f.day === 1 ? 'on its debut' : `on its ${ORDINALS[f.day] ?? `trading day ${f.day}`}`;
        return `${withCode(f.stock)} ${movePhrase(f.stock.changePct)} ${when} (listed ${f.listingDate}).`;
      }
      case 'movers': {
        const [first, ...rest] = f.stocks;
        if (!first) return '';
        const head = `${withCode(first)} ${movePhrase(first.changePct)}`;
        if (rest.length === 0) return f.theme ? `${f.theme.name}: ${head}.` : `${head}.`;
        return `${head}; ${f.direction === 'up' ? 'other big gainers' : 'other big decliners'}: ${listJoin(rest.map((s) => nameAndMove(s, true)))}.`;
      }
      case 'large-caps': {
        const what = f.by === 'marketCap' ? 'ten largest companies by market cap' : 'ten most-traded stocks (by turnover)';
        // Synonyms of the band in turn, so a list does not read "jumped …, jumped …".
        return `Among the ${what}, ${listJoin(f.stocks.map((s, i) => `${s.name} ${movePhrase(s.changePct, i)}`))}.`;
      }
      case 'breadth': {
        const tone = f.net > 0 ? 'positive' : 'negative';
        const strong = Math.abs(f.net) >= 0.5 ? 'strongly ' : '';
        // A ratio that prints as 0.00 (1 riser to 485 fallers) says less than the counts beside it.
        const ratio = f.ratio !== null && Number(f.ratio.toFixed(2)) > 0 ? ` (advance/decline ratio ${f.ratio.toFixed(2)})` : '';
        return `Breadth was ${strong}${tone}: ${f.advancers} of ${f.total} stocks rose and ${f.decliners} fell${ratio}.`;
      }
      case 'rotation': {
        type Side = { name: string; pct: number; count: number };
        const cycSide: Side = { name: 'cyclicals & commodities', pct: f.cyclicals.pct, count: f.cyclicals.count };
        const groSide: Side = { name: 'growth & tech', pct: f.growth.pct, count: f.growth.count };
        const averages = average() === 'equal-weighted' ? 'equal-weighted averages' : 'averages';
        const detail = (a: Side, b: Side) =>
          `${pctSigned(a.pct)} against ${pctSigned(b.pct)} for ${b.name} (${averages} of ${a.count} and ${b.count} stocks; a gap of ${ppAbs(f.gapPp)})`;
        let text: string;
        if (f.shape === 'rotation') {
          const toward = f.gapPp > 0 ? 'toward commodities and away from tech' : 'toward tech and away from commodities';
          text = `Rotation ${toward}: ${cycSide.name} averaged ${detail(cycSide, groSide)}`;
        } else {
          const cycFirst = f.shape === 'brunt' ? f.cyclicals.pct < f.growth.pct : f.cyclicals.pct > f.growth.pct;
          const [first, second] = cycFirst ? [cycSide, groSide] : [groSide, cycSide];
          text = `On a broad ${f.shape === 'brunt' ? 'fall' : 'rise'}, ${first.name} ${f.shape === 'brunt' ? 'bore the brunt' : 'led'}, averaging ${detail(first, second)}`;
        }
        if (f.defensivesVsHsiPp !== null) text += `; defensives ${f.defensivesVsHsiPp > 0 ? 'beat' : 'trailed'} the HSI by ${ppAbs(f.defensivesVsHsiPp)}`;
        return `${text}.`;
      }
      case 'rrg':
        if (f.heldSessions !== undefined) {
          return `On the weekly relative rotation graph against the HSI, ${listJoin(f.changes.map((c) => `${c.industry} has held in ${c.to}${c.from ? ` (from ${c.from})` : ''}`))} for ${f.heldSessions} sessions.`;
        }
        return `On the relative rotation graph against the HSI, ${listJoin(f.changes.map((c) => `${c.industry} ${c.from ? `moved from ${c.from} to ${c.to}` : `entered ${c.to}`}`))}.`;
      case 'extreme': {
        const n = f.stocks.length;
        const more = f.more > 0 ? ` (and ${f.more} more)` : '';
        return `${listJoin(f.stocks.map((s) => `${withCode(s)} moved ${pctSigned(s.changePct)}`))}${more} — flagged as ${n > 1 ? 'extreme moves' : 'an extreme move'}; check before reading ${n > 1 ? 'them as a trend; they are' : 'it as a trend; it is'} left out of every average.`;
      }
      default:
        // The day in its history: lib/format/takeaways-history-en.ts.
        return renderHistoryFactEn(f, { average, movePhrase });
    }
  });
}
