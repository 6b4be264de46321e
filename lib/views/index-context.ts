/**
 * An index card's history: its 52-week (250-session) closing range with today's close on it, and, when
 * notable, the last time it closed higher or lower ("highest close since 24 Mar 2025"). Pure: input is
 * the index's daily closes from the history store, oldest first, ending at the session shown.
 */
import { FIFTY_TWO_WEEK_SESSIONS, type IndexDay } from '@/lib/history/types';

/** A "since" phrase is shown when the last higher (or lower) close is at least this many sessions back. */
export const NOTABLE_SINCE_SESSIONS = 20;

export interface IndexContext {
  id: string;
  close: number;
  /** 52-week range of closes, including today's; `sessions` < 250 when the archive is shorter. */
  range: { low: number; high: number; lowDate: string; highDate: string; sessions: number };
  /** Where today's close sits in the range, 0 (low) … 1 (high). */
  position: number;
  /**
   * The highest (lowest) close since `date`, the last session that closed higher (lower), at least
   * NOTABLE_SINCE_SESSIONS back; `date` null when no session in the archive did (`archiveStart` then says from when).
   */
  since: { kind: 'highest' | 'lowest'; date: string | null; sessions: number; archiveStart: string } | null;
}

export function indexContext(id: string, days: readonly IndexDay[]): IndexContext | null {
  const today = days[days.length - 1];
  if (!today) return null;
  const window = days.slice(-FIFTY_TWO_WEEK_SESSIONS);
  let low = window[0]!;
  let high = window[0]!;
  for (const d of window) {
    if (d.close < low.close) low = d;
    if (d.close > high.close) high = d;
  }
  const span = high.close - low.close;
  const position = span > 0 ? (today.close - low.close) / span : 0.5;

  let since: IndexContext['since'] = null;
  for (const kind of ['highest', 'lowest'] as const) {
    let i = days.length - 2;
    while (i >= 0 && (kind === 'highest' ? days[i]!.close < today.close : days[i]!.close > today.close)) i--;
    const sessions = days.length - 1 - (i >= 0 ? i : -1) - 1;
    if (sessions >= NOTABLE_SINCE_SESSIONS) {
      since = { kind, date: i >= 0 ? days[i]!.date : null, sessions, archiveStart: days[0]!.date };
      break;
    }
  }
  return {
    id,
    close: today.close,
    range: { low: low.close, high: high.close, lowDate: low.date, highDate: high.date, sessions: window.length },
    position,
    since,
  };
}
