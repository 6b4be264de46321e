/**
 * The selection: candidates by salience (ties by kind, then key), at most MAX_TAKEAWAYS, the always-shown
 * ones (index moves, extreme moves) even past the cap. Each is built leaving out the stocks earlier choices
 * named, so no stock is named in two takeaways, and a theme told inside an industry's sentence is not told
 * again. The chosen facts come out in reading order: indexes, groups, stocks, market-wide, extremes.
 */
import type { Built, Candidate, FactKind } from '@/lib/takeaways/facts';
import { themeToldKey } from '@/lib/takeaways/theme-keys';

export const MAX_TAKEAWAYS = 6;
/**
 * A candidate less unusual than this is noise, not a takeaway: a group within one standard error of the
 * market's move, a stock within one σ of it. Fewer takeaways come out on a quiet day; none is padded.
 * A sparse snapshot (a news report's handful of stocks) is exempt: its stocks are there because they were
 * news, and its σ from a few stocks says little; there a candidate needs only to differ from the market.
 */
export const MIN_SALIENCE = 1;

export const KIND_ORDER: readonly FactKind[] = [
  'index',
  'index-history',
  'turnover',
  'fifty-two-week',
  'industry-leader',
  'group',
  'theme',
  'industry-laggard',
  'industry-history',
  'listing-offer',
  'new-listing',
  'follow-up',
  'movers',
  'large-caps',
  'breadth',
  'rotation',
  'rrg',
  'extreme',
];

export function selectFacts(candidates: readonly Candidate[], sparse = false): Built[] {
  const order = [...candidates].sort(
    (a, b) => b.salience - a.salience || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  const named = new Set<string>();
  const chosen: { built: Built; candidate: Candidate }[] = [];
  const regular = () => chosen.filter((c) => !c.candidate.always).length;
  const always = order.filter((c) => c.always).length;
  for (const c of order) {
    if (!c.always && !(sparse ? c.salience > 0 : c.salience >= MIN_SALIENCE)) continue;
    if (!c.always && regular() + always >= MAX_TAKEAWAYS) continue;
    const built = c.build(named);
    if (!built) continue;
    chosen.push({ built, candidate: c });
    for (const s of built.refs.stocks) named.add(s);
    for (const t of built.refs.themes) named.add(themeToldKey(t));
  }
  return chosen
    .map((c, i) => ({ c, i }))
    .sort((x, y) => KIND_ORDER.indexOf(x.c.built.fact.kind) - KIND_ORDER.indexOf(y.c.built.fact.kind) || x.i - y.i)
    .map(({ c }) => c.built);
}
