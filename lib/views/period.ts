/**
 * Periods on the session page (`?period=1d|1w|1m|3m|ytd|1y`): their labels, the definitions the page
 * states, the colour cap that widens with the period, and the session "as seen over the period": the
 * same stocks and indexes with each % change replaced by its period return, so the heatmap, the
 * industries chart and the movers are computed by the same code for every period.
 */
import type { Query } from '@/lib/heatmap/query';
import { isPeriod, PERIODS, type Period, type PeriodReturns, type PeriodWindow } from '@/lib/history/types';
import { formatDayMonthYear } from '@/lib/dates';
import type { Locale } from '@/lib/i18n/locale';
import type { IndexQuote, Session, StockQuote } from '@/lib/session/model';

export { PERIODS, type Period };

export const PERIOD_LABELS: Record<Period, string> = { '1d': '1D', '1w': '1W', '1m': '1M', '3m': '3M', ytd: 'YTD', '1y': '1Y' };

/** What each period covers, as the page states it. */
export const PERIOD_DEFINITIONS: Record<Period, string> = {
  '1d': 'the session shown, from the previous close',
  '1w': 'the last 5 sessions',
  '1m': 'the last 21 sessions',
  '3m': 'the last 63 sessions',
  ytd: 'since the last close of the previous year',
  '1y': 'the last 250 sessions',
};

/** The Chinese edition's labels and definitions (Hong Kong usage: 1個月, 年初至今). */
export const PERIOD_LABELS_ZH: Record<Period, string> = { '1d': '1日', '1w': '1週', '1m': '1個月', '3m': '3個月', ytd: '年初至今', '1y': '1年' };

export const PERIOD_DEFINITIONS_ZH: Record<Period, string> = {
  '1d': '所示交易日，較上一個收市價',
  '1w': '最近5個交易日',
  '1m': '最近21個交易日',
  '3m': '最近63個交易日',
  ytd: '由上年度最後一個收市價起計',
  '1y': '最近250個交易日',
};

/** A period's label in an edition: '1M' / '1個月'. */
export function periodLabel(period: Period, locale: Locale = 'en'): string {
  return (locale === 'zh-hk' ? PERIOD_LABELS_ZH : PERIOD_LABELS)[period];
}

/** What a period covers, in an edition. */
export function periodDefinition(period: Period, locale: Locale = 'en'): string {
  return (locale === 'zh-hk' ? PERIOD_DEFINITIONS_ZH : PERIOD_DEFINITIONS)[period];
}

/** Colour scale cap (±%) per period: a month moves more than a day, so the scale widens with it. */
export const PERIOD_COLOR_CAP: Record<Period, number> = { '1d': 3, '1w': 6, '1m': 10, '3m': 20, ytd: 20, '1y': 20 };

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** `?period=`; anything else (or nothing) is 1D, as the page treats other unknown view values. */
export function parsePeriod(query: Query): Period {
  const value = first(query.period)?.toLowerCase();
  return isPeriod(value) ? value : '1d';
}

/** "1M change" / "Change": the column and tooltip label of a % change in this period. */
export function changeLabel(period: Period, locale: Locale = 'en'): string {
  if (locale === 'zh-hk') return period === '1d' ? '升跌幅' : `${PERIOD_LABELS_ZH[period]}升跌幅`;
  return period === '1d' ? 'Change' : `${PERIOD_LABELS[period]} change`;
}

/**
 * The session with every % change replaced by its period return (stocks chain-linked, indexes from
 * closes). A stock the store has no return for is left out; `extreme` marks a ±50 % day inside the
 * period (kept out of industry averages), `listedInPeriod` the stocks counted from their first close.
 */
export function periodSession(session: Session, returns: Pick<PeriodReturns, 'stocks' | 'indices'>): { session: Session; listedInPeriod: Map<string, string> } {
  const byCode = new Map(returns.stocks.map((r) => [r.code, r]));
  const listedInPeriod = new Map<string, string>();
  const stocks: StockQuote[] = [];
  for (const s of session.stocks) {
    const r = byCode.get(s.code);
    if (!r) continue;
    if (r.partial) listedInPeriod.set(s.code, r.fromDate);
    stocks.push({ ...s, changePct: r.returnPct, prevClose: null, extreme: r.extreme });
  }
  const byId = new Map(returns.indices.map((c) => [c.id, c]));
  const indices: IndexQuote[] = [];
  for (const x of session.indices) {
    const c = byId.get(x.id);
    if (c) indices.push({ ...x, prevClose: c.baseClose, change: c.change, changePct: c.changePct });
  }
  return { session: { ...session, stocks, indices, reportedSectors: null }, listedInPeriod };
}

/** "1M: the last 21 sessions, 2 Jun 2025 to 30 Jun 2025" is composed by the component; this says whether to warn. */
export function periodShortfall(window: PeriodWindow | null, locale: Locale = 'en'): string | null {
  if (!window || window.complete) return null;
  if (locale === 'zh-hk') {
    return window.period === 'ytd'
      ? `資料庫的本年度數據由${formatDayMonthYear(window.startDate, locale)}開始，沒有上年度的收市價可計算年初至今表現`
      : `資料庫截至此交易日只有${window.sessions}個交易日的數據`;
  }
  return window.period === 'ytd'
    ? `The archive starts in this year on ${window.startDate}: no close of the previous year to measure YTD from`
    : `The archive holds only ${window.sessions} sessions up to this one`;
}
