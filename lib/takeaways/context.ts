/**
 * What every candidate module reads: the session, its metrics, the look-back, the themes, the calendar
 * and the names, plus the few derived values they share (the market's move, the scale of a move).
 */
import { sessionNumberInList, tradingDayNumber, type HkexCalendar } from '@/lib/calendar';
import type { HistoryMetrics } from '@/lib/metrics';
import type { GroupMove } from '@/lib/metrics/group-move';
import type { SessionMetrics, ThemeMove } from '@/lib/metrics/session-moves';
import { mean } from '@/lib/metrics/stats';
import { nameBook, type NameBook } from '@/lib/names';
import type { Session, StockQuote } from '@/lib/session/model';
import type { Theme } from '@/lib/themes';
import type { StockMove, ThemeName } from '@/lib/takeaways/facts';
import type { TakeawayPast } from '@/lib/takeaways/past';

export interface TakeawayInput {
  session: Session;
  metrics: SessionMetrics;
  /** Look-back metrics, for RRG quadrant changes and for counting a new listing's trading days. */
  history?: HistoryMetrics;
  themes: readonly Theme[];
  /** The HKEX calendar, to count a new listing's trading days exactly. */
  calendar?: HkexCalendar;
  /** Display names (data/names.csv); without it names are derived from the HKEX short names. */
  names?: NameBook;
  /** The day's history from the store (lib/views/takeaway-past.ts); without it no history is said. */
  past?: TakeawayPast;
}

export const SPARSE_SESSION_STOCKS = 30;
export const NEW_LISTING_DAYS = 5;
/** σ is floored at 1 pp so a quiet day does not inflate every salience. */
const MIN_SCALE_PP = 1;

export interface TakeawayContext {
  input: TakeawayInput;
  session: Session;
  metrics: SessionMetrics;
  themes: readonly Theme[];
  /** Non-extreme stocks: the ones any average, ranking or named move is taken from. */
  stocks: StockQuote[];
  sparse: boolean;
  /** The HSI's % change, else the equal-weighted mean of the stocks. */
  market: number;
  /** Cross-sectional dispersion (pp), floored: the unit of "how unusual". */
  scale: number;
  move(s: StockQuote): StockMove;
  /** Non-extreme members present, best first (ties by code). */
  membersOf(codes: Iterable<string>): StockQuote[];
  themeMembers(t: ThemeMove): StockQuote[];
  industryMembers(industry: string): StockQuote[];
  /** |group − market| / (σ / √n): a t-statistic of the group's mean against the market. */
  groupSalience(g: GroupMove): number;
  /** Trading day number of a listing on the session's date (1 = debut), or null when it cannot be told. */
  listingDay(s: StockQuote): number | null;
}

/** A theme as facts name it, with its Chinese name from the themes file when it has one. */
export function themeName(ctx: TakeawayContext, theme: { id: string; name: string }): ThemeName {
  const nameZh = ctx.themes.find((t) => t.id === theme.id)?.nameZh;
  return nameZh ? { id: theme.id, name: theme.name, nameZh } : { id: theme.id, name: theme.name };
}

export const byPctDesc = (a: StockQuote, b: StockQuote) => b.changePct - a.changePct || (a.code < b.code ? -1 : 1);

export function buildContext(input: TakeawayInput): TakeawayContext {
  const { session, metrics, themes } = input;
  const names = input.names ?? nameBook();
  const stocks = session.stocks.filter((s) => !s.extreme);
  const market = metrics.benchmarkPct ?? mean(stocks.map((s) => s.changePct)) ?? 0;
  const scale = Math.max(metrics.dispersionPp ?? 0, MIN_SCALE_PP);
  const byCode = new Map(session.stocks.map((s) => [s.code, s]));
  const themeById = new Map(themes.map((t) => [t.id, t]));
  const membersOf = (codes: Iterable<string>) => {
    const out: StockQuote[] = [];
    for (const c of codes) {
      const s = byCode.get(c);
      if (s && !s.extreme) out.push(s);
    }
    return out.sort(byPctDesc);
  };
  const listingDays = new Map<string, number | null>();
  // Bucketed once: the industry modules ask for the same industry's members several times.
  const byIndustry = new Map<string, StockQuote[]>();
  for (const s of stocks) {
    const list = byIndustry.get(s.sector);
    if (list) list.push(s);
    else byIndustry.set(s.sector, [s]);
  }
  // Sorted when first asked for: only the leader, the laggard and sparse groups need their order.
  const sorted = new Set<string>();
  return {
    input,
    session,
    metrics,
    themes,
    stocks,
    sparse: stocks.length < SPARSE_SESSION_STOCKS,
    market,
    scale,
    move: (s) => ({ code: s.code, name: names.display(s.code, s.name), nameZh: names.get(s.code)?.zh ?? s.nameZh, changePct: s.changePct }),
    membersOf,
    themeMembers: (t) => membersOf(themeById.get(t.id)?.codes ?? []),
    industryMembers: (industry) => {
      const list = byIndustry.get(industry) ?? [];
      if (!sorted.has(industry)) {
        list.sort(byPctDesc);
        sorted.add(industry);
      }
      return [...list];
    },
    groupSalience: (g) => (g.equalWeightedPct === null ? 0 : Math.abs(g.equalWeightedPct - market) / (scale / Math.sqrt(g.count))),
    listingDay: (s) => {
      if (!s.listingDate) return null;
      if (!listingDays.has(s.code)) listingDays.set(s.code, countListingDay(s.listingDate, session.date, input));
      return listingDays.get(s.code)!;
    },
  };
}

function countListingDay(listingDate: string, date: string, input: TakeawayInput): number | null {
  if (listingDate > date) return null;
  if (listingDate === date) return 1;
  if (input.calendar) {
    const n = tradingDayNumber(input.calendar, listingDate, date, NEW_LISTING_DAYS + 1);
    if (n !== null || (input.calendar.day(listingDate) && input.calendar.day(date))) return n;
  }
  return sessionNumberInList(input.history?.series.dates ?? [], listingDate, date);
}
