/**
 * The market's activity against its history:
 *   turnover        the universe's turnover against the mean of the TURNOVER_AVERAGE_SESSIONS sessions
 *                   before, said when it is ≥ MIN_TURNOVER_VS_AVERAGE_PCT away (a full average only:
 *                   the archive's first weeks say nothing); salience |vs average| / 25 %.
 *   52-week         new 52-week closing highs (lows), said when they are ≥ MIN_FIFTY_TWO_WEEK_SHARE of the
 *                   stocks with 250 sessions of history; salience share / that floor.
 * Turnover is said only when at least MIN_TURNOVER_COVERAGE of the session's stocks have a turnover: a vendor
 * feed with the day's volumes missing (2024-12-24 in the bundled data: 1 of 476) is a gap, not a collapse.
 * Turnover is the sum over the snapshot's stocks (close × volume where the file has none), as the market
 * activity panel shows it, not HKEX's headline figure; the sentence says so.
 */
import type { TakeawayContext } from '@/lib/takeaways/context';
import { emptyRefs, type Candidate } from '@/lib/takeaways/facts';
import { TURNOVER_AVERAGE_SESSIONS } from '@/lib/views/market-activity';

export const MIN_TURNOVER_VS_AVERAGE_PCT = 25;
export const MIN_FIFTY_TWO_WEEK_SHARE = 0.05;
export const MIN_TURNOVER_COVERAGE = 0.9;

export function turnoverCandidates(ctx: TakeawayContext): Candidate[] {
  const series = ctx.input.past?.turnover;
  if (!series || series[series.length - 1]?.date !== ctx.session.date) return [];
  const today = series[series.length - 1]!;
  const before = series.slice(0, -1).slice(-TURNOVER_AVERAGE_SESSIONS);
  if (before.length < TURNOVER_AVERAGE_SESSIONS || today.turnover <= 0) return [];
  const traded = ctx.session.stocks.filter((st) => st.turnover !== null && st.turnover > 0).length;
  if (traded < MIN_TURNOVER_COVERAGE * ctx.session.stocks.length) return [];
  const average = before.reduce((a, s) => a + s.turnover, 0) / before.length;
  if (!(average > 0)) return [];
  const vsAveragePct = (today.turnover / average - 1) * 100;
  if (Math.abs(vsAveragePct) < MIN_TURNOVER_VS_AVERAGE_PCT) return [];
  return [
    {
      kind: 'turnover',
      key: 'turnover',
      salience: Math.abs(vsAveragePct) / 25,
      build: () => ({
        fact: { kind: 'turnover', turnover: today.turnover, stocks: today.stocks, average, sessions: before.length, vsAveragePct },
        refs: { ...emptyRefs(), market: ['turnover'] },
      }),
    },
  ];
}

export function fiftyTwoWeekCandidates(ctx: TakeawayContext): Candidate[] {
  const x = ctx.input.past?.fiftyTwoWeek;
  if (!x || x.eligible === 0 || ctx.sparse) return [];
  const share = Math.max(x.highs, x.lows) / x.eligible;
  if (share < MIN_FIFTY_TWO_WEEK_SHARE) return [];
  return [
    {
      kind: 'fifty-two-week',
      key: 'fifty-two-week',
      salience: share / MIN_FIFTY_TWO_WEEK_SHARE,
      build: () => ({ fact: { kind: 'fifty-two-week', highs: x.highs, lows: x.lows, eligible: x.eligible }, refs: { ...emptyRefs(), market: ['52-week'] } }),
    },
  ];
}
