/**
 * Building session snapshots (contract v1) from typed vendor rows. Pure: no I/O, no clock.
 *
 * Per stock and session date D: prevClose is the stock's previous bar in the file (an earlier date when
 * it was suspended), divided by a corporate-action factor dated D; changePct = (close / prevClose − 1) × 100.
 * A stock's first bar has no previous close, so a new listing is left out of its first session.
 */
import { EXTREME_MOVE_PCT, INDEX_NAMES, INDEX_ORDER } from '@/lib/config';
import type { HkexCalendar } from '@/lib/calendar';
import type { Industry } from '@/lib/industries';
import type { IndexRow, SectorRow, SessionFile, StockRow } from '@/lib/schema/session';
import type { Bar, CorporateAction, IndexClose, Security } from '@/lib/ingest/csv';

export interface BuildInput {
  securities: Security[];
  bars: Bar[];
  indexCloses: IndexClose[];
  actions?: CorporateAction[];
  calendar?: HkexCalendar;
  /** First and last session date to build, inclusive; default: every date in the bars. */
  from?: string;
  to?: string;
}

/** Something the report should say about the data, beyond written/skipped per date. */
export type BuildNote =
  | { kind: 'new-listing'; date: string; code: string; message: string }
  | { kind: 'unknown-code'; code: string; message: string }
  | { kind: 'unexplained-move'; date: string; code: string; changePct: number; message: string }
  | { kind: 'index-absent'; index: string; message: string }
  | { kind: 'unused-action'; date: string; code: string; message: string }
  | { kind: 'no-bars'; date: string; message: string };

export interface RefusedDate {
  date: string;
  message: string;
}

export interface BuildResult {
  sessions: SessionFile[];
  refused: RefusedDate[];
  /** Trading dates with nothing to show, such as the first date in the bars (no previous closes). */
  empty: RefusedDate[];
  notes: BuildNote[];
}

/** Rounded to 4 decimals, as changePct is written. */
export function round4(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}

/** Previous close after a corporate action; 6 decimals drop float noise (396.6 / 3 = 132.2, not 132.20000000000002). */
function adjustedPrevClose(prevClose: number, factor: number): number {
  return Math.round((prevClose / factor) * 1e6) / 1e6;
}

function groupSorted<T extends { date: string }>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  for (const list of groups.values()) list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return groups;
}

/** Index of the row dated `date` in a date-sorted list, or -1. */
function indexOfDate<T extends { date: string }>(rows: T[], date: string): number {
  let lo = 0;
  let hi = rows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const d = (rows[mid] as T).date;
    if (d === date) return mid;
    if (d < date) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function inRange(date: string, from: string | undefined, to: string | undefined): boolean {
  return (from === undefined || date >= from) && (to === undefined || date <= to);
}

function formatPct(value: number): string {
  return `${value > 0 ? '+' : ''}${value.toFixed(2)} %`;
}

/** Equal-weighted mean move per industry, leaving out extreme moves (glitch or one-off event), by name. */
export function sectorMoves(stocks: StockRow[]): SectorRow[] {
  const sums = new Map<Industry, { total: number; count: number }>();
  for (const stock of stocks) {
    if (stock.changePct === undefined || Math.abs(stock.changePct) > EXTREME_MOVE_PCT) continue;
    const s = sums.get(stock.sector) ?? { total: 0, count: 0 };
    s.total += stock.changePct;
    s.count += 1;
    sums.set(stock.sector, s);
  }
  return [...sums.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([sector, { total, count }]) => ({ sector, changePct: round4(total / count) }));
}

function refusal(date: string, calendar: HkexCalendar): string | undefined {
  const day = calendar.day(date);
  if (!day) return `outside the HKEX calendar (${calendar.first} to ${calendar.last})`;
  if (calendar.isTradingDay(date)) return undefined;
  return `not an HKEX trading day (${day.status}${day.note ? `: ${day.note}` : ''})`;
}

export function buildSessions(input: BuildInput): BuildResult {
  const { calendar, from, to } = input;
  const securities = new Map(input.securities.map((s) => [s.code, s]));
  const barsByCode = groupSorted(input.bars, (b) => b.code);
  const closesByIndex = groupSorted(input.indexCloses, (c) => c.index);
  const actions = new Map((input.actions ?? []).map((a) => [`${a.date} ${a.code}`, a]));
  const usedActions = new Set<string>();
  const notes: BuildNote[] = [];
  const refused: RefusedDate[] = [];

  const allDates = [...new Set(input.bars.map((b) => b.date))].sort();
  const firstDateInFile = allDates[0];
  const lastDateInFile = allDates[allDates.length - 1];

  const candidates = allDates.filter((d) => inRange(d, from, to));

  const dates: string[] = [];
  for (const date of candidates) {
    const why = calendar ? refusal(date, calendar) : undefined;
    if (why) refused.push({ date, message: why });
    else dates.push(date);
  }

  // With a calendar, a trading day inside the data's span with no bars is a hole worth knowing about.
  if (calendar && firstDateInFile !== undefined && lastDateInFile !== undefined) {
    const have = new Set(allDates);
    for (let t = Date.parse(`${from ?? firstDateInFile}T00:00:00Z`); ; t += 86_400_000) {
      const date = new Date(t).toISOString().slice(0, 10);
      if (date > (to ?? lastDateInFile) || date > lastDateInFile) break;
      if (date >= firstDateInFile && !have.has(date) && calendar.isTradingDay(date)) {
        notes.push({ kind: 'no-bars', date, message: `no bars for ${date}, an HKEX trading day` });
      }
    }
  }
  // An explicitly requested single date that has no bars still gets an answer.
  if (from !== undefined && from === to && candidates.length === 0 && !notes.some((n) => n.kind === 'no-bars')) {
    const why = calendar ? refusal(from, calendar) : undefined;
    if (why) refused.push({ date: from, message: why });
    else notes.push({ kind: 'no-bars', date: from, message: `no bars for ${from} in the data` });
  }

  const unknownCodes = new Map<string, number>();
  const indexIds = [...closesByIndex.keys()].sort((a, b) => {
    const ra = (INDEX_ORDER as readonly string[]).indexOf(a);
    const rb = (INDEX_ORDER as readonly string[]).indexOf(b);
    return (ra === -1 ? Infinity : ra) - (rb === -1 ? Infinity : rb) || (a < b ? -1 : a > b ? 1 : 0);
  });
  const indexAbsent = new Map<string, string[]>();

  const empty: RefusedDate[] = [];
  const sessions: SessionFile[] = [];
  for (const date of dates) {
    if (date === firstDateInFile) {
      // Every stock's first bar: nothing has a previous close, so no per-stock notes either.
      empty.push({ date, message: 'first date in the bars, no previous closes' });
      continue;
    }
    const indices: IndexRow[] = [];
    const absentToday: string[] = [];
    for (const id of indexIds) {
      const closes = closesByIndex.get(id) as IndexClose[];
      const at = indexOfDate(closes, date);
      const today = closes[at];
      const previous = closes[at - 1];
      if (at === -1 || !today || !previous) {
        absentToday.push(id);
        continue;
      }
      indices.push({
        id,
        name: INDEX_NAMES[id]?.en ?? id,
        close: today.close,
        prevClose: previous.close,
        changePct: round4((today.close / previous.close - 1) * 100),
      });
    }

    const stocks: StockRow[] = [];
    for (const [code, bars] of barsByCode) {
      const at = indexOfDate(bars, date);
      const today = bars[at];
      if (at === -1 || !today) continue;
      const security = securities.get(code);
      if (!security) {
        unknownCodes.set(code, (unknownCodes.get(code) ?? 0) + 1);
        continue;
      }
      const previous = bars[at - 1];
      if (!previous) {
        notes.push({
          kind: 'new-listing',
          date,
          code,
          message: `skipped ${code} ${security.nameEn} on ${date}: first bar in the data, no previous close`,
        });
        continue;
      }
      const actionKey = `${date} ${code}`;
      const action = actions.get(actionKey);
      if (action) usedActions.add(actionKey);
      const prevClose = action ? adjustedPrevClose(previous.close, action.factor) : previous.close;
      const changePct = round4((today.close / prevClose - 1) * 100);
      if (Math.abs(changePct) > EXTREME_MOVE_PCT) {
        notes.push({
          kind: 'unexplained-move',
          date,
          code,
          changePct,
          message: `unexplained move ${date} ${code} ${security.nameEn} ${formatPct(changePct)}${action ? ` (after the action factor ${action.factor})` : ''}`,
        });
      }
      const firstBar = bars[0] as Bar;
      // Key order as in the contract; optional keys only when there is something to say.
      const row: StockRow = {
        code,
        name: security.nameEn,
        ...(security.nameZh ? { nameZh: security.nameZh } : {}),
        sector: security.industry,
        changePct,
        close: today.close,
        prevClose,
        volume: today.volume,
        turnover: Math.round(today.close * today.volume),
        closeBasis: today.closeBasis,
        ...(firstDateInFile !== undefined && firstBar.date > firstDateInFile ? { listingDate: firstBar.date } : {}),
      };
      stocks.push(row);
    }
    stocks.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

    if (stocks.length === 0) {
      empty.push({ date, message: 'no stock has a previous close' });
      continue;
    }
    for (const id of absentToday) indexAbsent.set(id, [...(indexAbsent.get(id) ?? []), date]);
    sessions.push({
      schemaVersion: 1,
      date,
      market: 'XHKG',
      session: calendar?.sessionKind(date) === 'half' ? 'half' : 'full',
      indices,
      stocks,
      sectors: sectorMoves(stocks),
    });
  }

  for (const [code, count] of unknownCodes) {
    notes.push({ kind: 'unknown-code', code, message: `skipped ${code}: not in the securities file (${count} session${count > 1 ? 's' : ''})` });
  }
  for (const [id, missing] of indexAbsent) {
    const closes = closesByIndex.get(id) as IndexClose[];
    const last = closes[closes.length - 1] as IndexClose;
    const span = missing.length > 1 ? `${missing[0]} to ${missing[missing.length - 1]}` : missing[0];
    notes.push({
      kind: 'index-absent',
      index: id,
      message: `${id} absent from ${missing.length} of ${sessions.length} sessions (${span}): no close or no previous close; its closes in the data end ${last.date}`,
    });
  }
  for (const action of input.actions ?? []) {
    const key = `${action.date} ${action.code}`;
    if (usedActions.has(key) || !sessions.some((s) => s.date === action.date)) continue;
    notes.push({ kind: 'unused-action', date: action.date, code: action.code, message: `action for ${action.code} on ${action.date} not applied: no bar with a previous close that day` });
  }

  return { sessions, refused, empty, notes };
}
