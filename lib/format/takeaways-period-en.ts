/**
 * The English words of a week's or month's takeaways (facts: lib/takeaways/period-facts.ts), with the
 * session takeaways' rules (lib/format/takeaways-en.ts): % changes, points and closes to 2 dp, direction
 * words by the size bands of the style sheet and agreeing with the sign, zero said as "unchanged",
 * "equal-weighted" said once. Only the words live here; a Chinese edition is a sibling over the same facts.
 */
import { formatSessionDate } from '@/lib/dates';
import { formatPoints, formatSignedPoints } from '@/lib/format';
import { equalWeightedOnce, listJoin, movePhrase, pctAbs, pctSigned, TAKEAWAY_DECIMALS } from '@/lib/format/takeaways-en';
import type { PeriodFact, PeriodStockMove } from '@/lib/takeaways/period-facts';
import type { IndexMove } from '@/lib/takeaways/facts';

const printed = (pct: number) => Number(pct.toFixed(TAKEAWAY_DECIMALS.pct));
const SHORT_INDEX_NAMES: Record<string, string> = { HSCEI: 'HSCEI' };

/** "up 4.56%", "down 1.20%", "unchanged". */
const upDown = (pct: number) => (printed(pct) === 0 ? 'unchanged' : `${printed(pct) > 0 ? 'up' : 'down'} ${pctAbs(pct)}`);
/** ", listed 20 May 2025" for a stock counted from a first close inside the period. */
const listed = (s: PeriodStockMove) => (s.from ? `, listed ${formatSessionDate(s.from).slice(4)}` : '');
const withCode = (s: PeriodStockMove) => `${s.name} (${s.code}${listed(s)})`;
const nameAndMove = (s: PeriodStockMove) => `${s.from ? `${s.name} (${listed(s).slice(2)})` : s.name} ${printed(s.changePct) === 0 ? 'unchanged' : pctSigned(s.changePct)}`;

function indexSentence(indices: readonly IndexMove[], noun: string, sessions: number): string {
  const [first, ...rest] = indices;
  if (!first) return '';
  const close = formatPoints(first.close, TAKEAWAY_DECIMALS.points);
  const points = `${formatSignedPoints(first.change, TAKEAWAY_DECIMALS.points)} points`;
  const over = `Over the ${noun} (${sessions} session${sessions === 1 ? '' : 's'})`;
  const head =
    printed(first.changePct) === 0
      ? `${over}, the ${first.name} was little changed at ${close} (${points})`
      : `${over}, the ${first.name} ${movePhrase(first.changePct)} to close at ${close} (${points})`;
  const others = rest.map((ix) => `the ${SHORT_INDEX_NAMES[ix.id] ?? ix.name} ${movePhrase(ix.changePct)}`);
  return others.length === 0 ? `${head}.` : `${head}; ${listJoin(others)}.`;
}

export function renderPeriodTakeawaysEn(facts: readonly PeriodFact[]): string[] {
  const average = equalWeightedOnce();
  return facts.map((f) => {
    const noun = f.span;
    switch (f.kind) {
      case 'period-index':
        return indexSentence(f.indices, noun, f.sessions);
      case 'period-industry-leader':
      case 'period-industry-laggard': {
        const lead = f.kind === 'period-industry-leader';
        const p = printed(f.pct);
        const verb = lead ? (p < 0 ? 'held up best among the industries' : 'led the industries') : p > 0 ? 'trailed the industries' : 'lagged the industries';
        const n = lead ? f.advancers : f.decliners;
        const counted = `${n === f.count ? 'all' : n === 0 ? 'none of' : `${n} of`} ${f.count} ${lead ? 'rose' : 'fell'}`;
        let text = `${f.industry} ${verb} over the ${noun}, ${upDown(f.pct)} ${average()} (${counted})`;
        if (f.stocks.length > 0) text += `: ${listJoin(f.stocks.map(nameAndMove))}`;
        return `${text}.`;
      }
      case 'period-movers': {
        const [first, ...rest] = f.stocks;
        if (!first) return '';
        const head = `${f.direction === 'up' ? 'Best' : 'Worst'} performer of the ${noun}: ${withCode(first)} ${movePhrase(first.changePct)}`;
        if (rest.length === 0) return `${head}.`;
        return `${head}, followed by ${listJoin(rest.map((s) => `${withCode(s)} ${pctSigned(s.changePct)}`))}.`;
      }
      case 'period-breadth': {
        const tone = f.advancers > f.decliners ? 'positive' : f.advancers < f.decliners ? 'negative' : 'even';
        const ratio = f.ratio !== null && Number(f.ratio.toFixed(2)) > 0 ? ` (advance/decline ratio ${f.ratio.toFixed(2)})` : '';
        return `Breadth over the ${noun} was ${tone}: ${f.advancers} of ${f.total} stocks rose and ${f.decliners} fell${ratio}.`;
      }
    }
  });
}
