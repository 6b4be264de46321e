/**
 * A week's or month's key takeaways: candidates (lib/takeaways/candidates/period.ts) → the selection (the
 * session's rules: salience ≥ MIN_SALIENCE, at most MAX_TAKEAWAYS, no stock named twice, reading order by
 * kind) → words (lib/format/takeaways-period-en.ts). Deterministic: same data, same text.
 */
import { renderPeriodTakeawaysEn } from '@/lib/format/takeaways-period-en';
import { renderPeriodTakeawaysZh } from '@/lib/format/takeaways-period-zh';
import { periodCandidates, type PeriodTakeawayInput } from '@/lib/takeaways/candidates/period';
import type { PeriodBuilt, PeriodCandidate, PeriodFactKind, PeriodTakeaway } from '@/lib/takeaways/period-facts';
import { MAX_TAKEAWAYS, MIN_SALIENCE } from '@/lib/takeaways/select';

export type { PeriodTakeawayInput };

export const PERIOD_KIND_ORDER: readonly PeriodFactKind[] = ['period-index', 'period-industry-leader', 'period-industry-laggard', 'period-movers', 'period-breadth'];

export function selectPeriodFacts(candidates: readonly PeriodCandidate[]): PeriodBuilt[] {
  const rank = (k: PeriodFactKind) => PERIOD_KIND_ORDER.indexOf(k);
  const order = [...candidates].sort((a, b) => b.salience - a.salience || rank(a.kind) - rank(b.kind) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const named = new Set<string>();
  const chosen: { built: PeriodBuilt; key: string }[] = [];
  for (const c of order) {
    if (!c.always && c.salience < MIN_SALIENCE) continue;
    if (chosen.length >= MAX_TAKEAWAYS) break;
    const built = c.build(named);
    if (!built) continue;
    chosen.push({ built, key: c.key });
    for (const s of built.refs.stocks) named.add(s);
  }
  // Reading order: indexes, leading then lagging industry, best then worst stocks, breadth.
  return chosen
    .sort((x, y) => rank(x.built.fact.kind) - rank(y.built.fact.kind) || (x.key === 'up' ? -1 : y.key === 'up' ? 1 : 0))
    .map((c) => c.built);
}

export function generatePeriodTakeaways(input: PeriodTakeawayInput): PeriodTakeaway[] {
  const chosen = selectPeriodFacts(periodCandidates(input));
  const facts = chosen.map((c) => c.fact);
  const texts = renderPeriodTakeawaysEn(facts);
  const textsZh = renderPeriodTakeawaysZh(facts);
  return chosen.map((c, i) => ({ text: texts[i]!, textZh: textsZh[i]!, refs: c.refs, kind: c.fact.kind, fact: c.fact }));
}
