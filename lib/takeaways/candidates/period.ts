/**
 * Candidates for a week's or month's takeaways, from the period's view of its last session (every % change
 * is the period return): the index moves (always), the leading and lagging industries, the best and worst
 * stocks, and breadth over the period. Salience as for a session: how many standard deviations a figure
 * stands from the cross-section (industries among industries, stocks among stocks); breadth by how
 * lopsided it is. Stocks with a ±50 % day in the period are left out of averages, counts and rankings.
 */
import { INDEX_NAMES } from '@/lib/config';
import { industryMoves } from '@/lib/metrics/session-moves';
import { mean, populationStdDev } from '@/lib/metrics/stats';
import { nameBook, type NameBook } from '@/lib/names';
import type { RecapKind } from '@/lib/recaps/period';
import type { Session, StockQuote } from '@/lib/session/model';
import { emptyRefs } from '@/lib/takeaways/facts';
import type { PeriodCandidate, PeriodStockMove } from '@/lib/takeaways/period-facts';

export interface PeriodTakeawayInput {
  span: RecapKind;
  /** The period's view of its last session (lib/views/period.ts periodSession). */
  session: Session;
  /** Sessions in the period. */
  sessions: number;
  /** Stocks counted from a first close inside the period, with that date. */
  listedInPeriod: ReadonlyMap<string, string>;
  names?: NameBook;
}

/** Stocks named per industry and per list of movers. */
export const PERIOD_STOCKS_NAMED = 3;
/** An industry needs this many members for its average to lead or lag. */
export const PERIOD_MIN_INDUSTRY_MEMBERS = 3;
/** Breadth is a takeaway when (A − D) / (A + D) is at least this lopsided (salience 1 there). */
export const PERIOD_BREADTH_NOTABLE = 0.25;

const byPctDesc = (a: StockQuote, b: StockQuote) => b.changePct - a.changePct || (a.code < b.code ? -1 : 1);

export function periodCandidates(input: PeriodTakeawayInput): PeriodCandidate[] {
  const { session, span } = input;
  const names = input.names ?? nameBook();
  const move = (s: StockQuote): PeriodStockMove => ({
    code: s.code,
    name: names.display(s.code, s.name),
    nameZh: names.get(s.code)?.zh ?? s.nameZh,
    changePct: s.changePct,
    from: input.listedInPeriod.get(s.code) ?? null,
  });
  const live = session.stocks.filter((s) => !s.extreme).sort(byPctDesc);
  const out: PeriodCandidate[] = [];

  if (session.indices.length > 0) {
    out.push({
      kind: 'period-index',
      salience: Infinity,
      always: true,
      key: '0',
      build: () => ({
        fact: {
          kind: 'period-index',
          span,
          sessions: input.sessions,
          indices: session.indices.map((ix) => ({ id: ix.id, name: INDEX_NAMES[ix.id]?.en ?? ix.name, close: ix.close, change: ix.change, changePct: ix.changePct })),
        },
        refs: { ...emptyRefs(), indices: session.indices.map((i) => i.id) },
      }),
    });
  }

  const industries = industryMoves(session).filter((m) => m.count >= PERIOD_MIN_INDUSTRY_MEMBERS && m.equalWeightedPct !== null);
  const pcts = industries.map((m) => m.equalWeightedPct!);
  const mid = mean(pcts);
  const sd = populationStdDev(pcts);
  if (industries.length >= 2 && mid !== null && sd !== null && sd > 0) {
    const ranked = [...industries].sort((a, b) => b.equalWeightedPct! - a.equalWeightedPct! || (a.industry < b.industry ? -1 : 1));
    for (const [m, lead] of [
      [ranked[0]!, true],
      [ranked[ranked.length - 1]!, false],
    ] as const) {
      const pct = m.equalWeightedPct!;
      out.push({
        kind: lead ? 'period-industry-leader' : 'period-industry-laggard',
        salience: (lead ? pct - mid : mid - pct) / sd,
        key: m.industry,
        build: (named) => {
          const members = live.filter((s) => s.sector === m.industry && !named.has(s.code));
          const stocks = (lead ? members : [...members].reverse())
            .filter((s) => (lead ? s.changePct > 0 : s.changePct < 0))
            .slice(0, PERIOD_STOCKS_NAMED)
            .map(move);
          return {
            fact: { kind: lead ? 'period-industry-leader' : 'period-industry-laggard', span, industry: m.industry, pct, advancers: m.advancers, decliners: m.decliners, count: m.count, stocks },
            refs: { ...emptyRefs(), industries: [m.industry], stocks: stocks.map((s) => s.code) },
          };
        },
      });
    }
  }

  const all = live.map((s) => s.changePct);
  const avg = mean(all);
  const spread = populationStdDev(all);
  if (avg !== null && spread !== null && spread > 0) {
    for (const direction of ['up', 'down'] as const) {
      const side = (direction === 'up' ? live : [...live].reverse()).filter((s) => (direction === 'up' ? s.changePct > 0 : s.changePct < 0));
      const top = side[0];
      if (!top) continue;
      out.push({
        kind: 'period-movers',
        salience: Math.abs(top.changePct - avg) / spread,
        key: direction,
        build: (named) => {
          const stocks = side.filter((s) => !named.has(s.code)).slice(0, PERIOD_STOCKS_NAMED).map(move);
          if (stocks.length === 0) return null;
          return { fact: { kind: 'period-movers', span, direction, stocks }, refs: { ...emptyRefs(), stocks: stocks.map((s) => s.code) } };
        },
      });
    }
  }

  let advancers = 0;
  let decliners = 0;
  for (const s of live) {
    if (s.changePct >= 0.005) advancers++;
    else if (s.changePct <= -0.005) decliners++;
  }
  if (advancers + decliners > 0) {
    const net = (advancers - decliners) / (advancers + decliners);
    out.push({
      kind: 'period-breadth',
      salience: Math.abs(net) / PERIOD_BREADTH_NOTABLE,
      key: 'breadth',
      build: () => ({
        fact: { kind: 'period-breadth', span, advancers, decliners, total: live.length, ratio: decliners > 0 ? advancers / decliners : null },
        refs: { ...emptyRefs(), market: ['breadth'] },
      }),
    });
  }
  return out;
}
