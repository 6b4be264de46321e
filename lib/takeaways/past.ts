/**
 * The day's history, as plain data read from the history store before the takeaways are written (the
 * store is async; lib/takeaways stays pure and synchronous). Every series ends at the session shown.
 * Built by lib/views/takeaway-past.ts; tests build it by hand or from the session files.
 */
import type { IndexDay, SessionTurnover } from '@/lib/history/types';

export interface IndustryDay {
  date: string;
  /** Equal-weighted % of the industry's non-extreme members. */
  changePct: number;
}

export interface TakeawayPast {
  /** The archive's first session (the store's oldest date). */
  archiveStart: string;
  /** Each index's closes, oldest first, ending at the session. */
  indices: Readonly<Record<string, readonly IndexDay[]>>;
  /** Each industry's equal-weighted daily moves, oldest first, ending at the session. */
  industries: Readonly<Record<string, readonly IndustryDay[]>>;
  /** The universe's turnover for up to 21 sessions ending at the session, oldest first. */
  turnover: readonly SessionTurnover[];
  /** New 52-week closing highs and lows, counted; null when the store cannot tell (under 250 sessions). */
  fiftyTwoWeek: { highs: number; lows: number; eligible: number } | null;
  /** The previous session's stock moves (% by code), for follow-ups to a big move or a debut. */
  previous: { date: string; moves: Readonly<Record<string, number>> } | null;
}

const FIFTY_TWO_WEEK = 250;

/**
 * The same history from sessions in memory (oldest first, ending with the session shown): for tests, the
 * bench and callers without a store. Turnover is the sum over each session's stocks, as the store keeps it.
 */
export function takeawayPastFromSessions(
  sessions: readonly { date: string; indices: readonly { id: string; close: number; changePct: number }[]; stocks: readonly { code: string; sector: string; changePct: number; turnover: number | null; extreme: boolean }[] }[],
): TakeawayPast {
  const indices: Record<string, { date: string; close: number; changePct: number }[]> = {};
  const industries: Record<string, IndustryDay[]> = {};
  for (const s of sessions) {
    for (const ix of s.indices) (indices[ix.id] ??= []).push({ date: s.date, close: ix.close, changePct: ix.changePct });
    const sums = new Map<string, [number, number]>();
    for (const q of s.stocks) {
      if (q.extreme) continue;
      const a = sums.get(q.sector) ?? [0, 0];
      a[0] += q.changePct;
      a[1] += 1;
      sums.set(q.sector, a);
    }
    for (const [sector, [sum, n]] of sums) (industries[sector] ??= []).push({ date: s.date, changePct: sum / n });
  }
  const turnover = sessions.slice(-21).map((s) => ({ date: s.date, turnover: s.stocks.reduce((a, q) => a + (q.turnover ?? 0), 0), stocks: s.stocks.length }));
  const prev = sessions[sessions.length - 2];
  const previous = prev ? { date: prev.date, moves: Object.fromEntries(prev.stocks.map((q) => [q.code, q.changePct])) } : null;
  let fiftyTwoWeek: TakeawayPast['fiftyTwoWeek'] = null;
  if (sessions.length >= FIFTY_TWO_WEEK) {
    const window = sessions.slice(-FIFTY_TWO_WEEK);
    // As the store counts it: the stock needs a row on the window's first session or before it.
    const seenBefore = new Set(sessions.slice(0, -FIFTY_TWO_WEEK).flatMap((s) => s.stocks.map((q) => q.code)));
    // Chain-linked growth over the window, per stock: consistent across close-basis switches.
    const growth = new Map<string, { g: number; max: number; min: number; first: boolean }>();
    window.forEach((s, t) => {
      const last = t === window.length - 1;
      for (const q of s.stocks) {
        let e = growth.get(q.code);
        if (!e) growth.set(q.code, (e = { g: 1, max: -Infinity, min: Infinity, first: t === 0 || seenBefore.has(q.code) }));
        e.g *= 1 + q.changePct / 100;
        if (!last) {
          e.max = Math.max(e.max, e.g);
          e.min = Math.min(e.min, e.g);
        }
      }
    });
    let highs = 0;
    let lows = 0;
    let eligible = 0;
    for (const q of window[window.length - 1]!.stocks) {
      const e = growth.get(q.code)!;
      if (!e.first || e.max === -Infinity) continue;
      eligible++;
      if (e.g > e.max * (1 + 1e-9)) highs++;
      else if (e.g < e.min * (1 - 1e-9)) lows++;
    }
    fiftyTwoWeek = eligible > 0 ? { highs, lows, eligible } : null;
  }
  return { archiveStart: sessions[0]?.date ?? '', indices, industries, turnover, fiftyTwoWeek, previous };
}
