/**
 * The takeaways' history (lib/takeaways/past.ts), read from the history store before the takeaways are
 * written: the indexes' closes, the industries' daily moves, the turnover of the last 21 sessions and the
 * 52-week highs and lows, all ending at the session shown. The previous session's stock moves come from
 * the session window the analysis has already loaded (the same files the store is built from).
 */
import { INDUSTRIES } from '@/lib/industries';
import type { HistoryStore } from '@/lib/history/types';
import type { Session } from '@/lib/session/model';
import type { TakeawayPast } from '@/lib/takeaways/past';
import { TURNOVER_AVERAGE_SESSIONS } from '@/lib/views/market-activity';

export async function readTakeawayPast(store: HistoryStore, session: Session, previous: Session | null): Promise<TakeawayPast> {
  const date = session.date;
  const [dates, turnover, extremes, indexDays, industryDays] = await Promise.all([
    store.sessionDates(),
    store.marketTurnover(date, TURNOVER_AVERAGE_SESSIONS + 1),
    store.fiftyTwoWeek(date),
    Promise.all(session.indices.map((i) => store.indexHistory(i.id, date))),
    Promise.all(INDUSTRIES.map((industry) => store.industryHistory(industry, date))),
  ]);
  const eligible = session.stocks.length - extremes.insufficientHistory;
  return {
    archiveStart: dates[0] ?? date,
    indices: Object.fromEntries(session.indices.map((ix, k) => [ix.id, indexDays[k]!])),
    industries: Object.fromEntries(INDUSTRIES.map((industry, k) => [industry, industryDays[k]!.map((d) => ({ date: d.date, changePct: d.changePct }))])),
    turnover,
    fiftyTwoWeek: eligible > 0 && extremes.insufficientHistory < session.stocks.length ? { highs: extremes.highs.length, lows: extremes.lows.length, eligible } : null,
    previous: previous ? { date: previous.date, moves: Object.fromEntries(previous.stocks.map((s) => [s.code, s.changePct])) } : null,
  };
}
