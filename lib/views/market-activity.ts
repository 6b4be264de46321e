/**
 * The market activity panel: the universe's turnover against the previous session and the 20 sessions
 * before, the ten most-traded stocks, and new 52-week closing highs and lows. Pure: inputs come from the
 * session and the history store.
 */
import type { FiftyTwoWeekExtremes, SessionTurnover, StockRef } from '@/lib/history/types';
import type { Session } from '@/lib/session/model';

/** Sessions in the turnover average the day is compared with (the ones before it). */
export const TURNOVER_AVERAGE_SESSIONS = 20;
export const MOST_TRADED_COUNT = 10;

export interface MostTraded {
  code: string;
  name: string;
  nameZh: string | null;
  turnover: number;
  /** Share of the universe's turnover, %. */
  sharePct: number;
  changePct: number;
}

/** A stock on the 52-week lists, with its Chinese name where one is known (null otherwise). */
export interface NamedStockRef extends StockRef {
  nameZh: string | null;
}

export interface MarketActivity {
  date: string;
  /** HKD, the sum over the snapshot's stocks. */
  turnover: number;
  stocks: number;
  previous: SessionTurnover | null;
  /** Change vs the previous session, %. */
  vsPreviousPct: number | null;
  /** Mean of the TURNOVER_AVERAGE_SESSIONS sessions before this one; null when there are none. */
  average: number | null;
  averageSessions: number;
  vsAveragePct: number | null;
  mostTraded: MostTraded[];
  fiftyTwoWeek: Omit<FiftyTwoWeekExtremes, 'highs' | 'lows'> & { highs: NamedStockRef[]; lows: NamedStockRef[] };
}

/**
 * `series`: the store's turnover for up to 21 sessions ending at the session shown, oldest first.
 * `nameZh`: a stock's Chinese name (data/names.csv), for the Chinese edition; the session's own otherwise.
 */
export function marketActivity(
  session: Session,
  series: readonly SessionTurnover[],
  fiftyTwoWeek: FiftyTwoWeekExtremes,
  nameZh: (code: string) => string | null | undefined = () => null,
): MarketActivity {
  const zhOf = new Map(session.stocks.map((s) => [s.code, s.nameZh]));
  const zh = (code: string) => nameZh(code) ?? zhOf.get(code) ?? null;
  let turnover = 0;
  for (const s of session.stocks) turnover += s.turnover ?? 0;
  const before = series.filter((s) => s.date < session.date).slice(-TURNOVER_AVERAGE_SESSIONS);
  const previous = before[before.length - 1] ?? null;
  const average = before.length > 0 ? before.reduce((a, s) => a + s.turnover, 0) / before.length : null;
  const pct = (a: number, b: number | null | undefined) => (b ? (a / b - 1) * 100 : null);
  const mostTraded = session.stocks
    .filter((s) => s.turnover !== null && s.turnover > 0)
    .sort((a, b) => b.turnover! - a.turnover! || a.code.localeCompare(b.code))
    .slice(0, MOST_TRADED_COUNT)
    .map((s) => ({ code: s.code, name: s.name, nameZh: zh(s.code), turnover: s.turnover!, sharePct: turnover > 0 ? (s.turnover! / turnover) * 100 : 0, changePct: s.changePct }));
  return {
    date: session.date,
    turnover,
    stocks: session.stocks.length,
    previous,
    vsPreviousPct: pct(turnover, previous?.turnover),
    average,
    averageSessions: before.length,
    vsAveragePct: pct(turnover, average),
    mostTraded,
    fiftyTwoWeek: {
      ...fiftyTwoWeek,
      highs: fiftyTwoWeek.highs.map((s) => ({ ...s, nameZh: zh(s.code) })),
      lows: fiftyTwoWeek.lows.map((s) => ({ ...s, nameZh: zh(s.code) })),
    },
  };
}
