/**
 * The index's day in its history (the HSI, else the first index of the snapshot), from the store's closes:
 *   - its highest (lowest) close since a date: the card's "since" (lib/views/index-context.ts), said when
 *     the last higher (lower) close is NOTABLE_SINCE_SESSIONS or more back, or none in the archive;
 *   - its largest one-day gain (fall) since a date, when |move| ≥ MIN_LARGEST_MOVE_PCT and the last as
 *     large a move the same way is NOTABLE_SINCE_SESSIONS or more back (or none in the archive);
 *   - a winning (losing) streak, said with either of those from 2 sessions, alone from STREAK_ALONE.
 *   A record or a largest move is always told (it takes one of the six places): the style sheet puts the
 *   day in its history second, right after the index moves. A streak alone competes with salience
 *   1 + (n − STREAK_ALONE) / 2.
 */
import { UNCHANGED_EPSILON_PCT } from '@/lib/metrics/stats';
import type { TakeawayContext } from '@/lib/takeaways/context';
import { emptyRefs, type Candidate } from '@/lib/takeaways/facts';
import type { SinceDate } from '@/lib/takeaways/history-facts';
import { indexContext, NOTABLE_SINCE_SESSIONS } from '@/lib/views/index-context';
import type { IndexDay } from '@/lib/history/types';

export const MIN_LARGEST_MOVE_PCT = 1;
export const STREAK_ALONE = 4;

const sign = (pct: number) => (pct >= UNCHANGED_EPSILON_PCT ? 1 : pct <= -UNCHANGED_EPSILON_PCT ? -1 : 0);

/** Consecutive sessions moving the same way, ending with the last (signed); 0 when it was unchanged. */
export function indexStreak(days: readonly IndexDay[]): number {
  const last = days[days.length - 1];
  if (!last) return 0;
  const s = sign(last.changePct);
  if (s === 0) return 0;
  let n = 0;
  for (let i = days.length - 1; i >= 0 && sign(days[i]!.changePct) === s; i--) n++;
  return n * s;
}

/** The largest one-day move the same way since a date; null when a move as large came within NOTABLE_SINCE_SESSIONS. */
export function largestMoveSince(days: readonly IndexDay[]): ({ up: boolean } & SinceDate) | null {
  const today = days[days.length - 1];
  if (!today || Math.abs(today.changePct) < MIN_LARGEST_MOVE_PCT) return null;
  const up = today.changePct > 0;
  let i = days.length - 2;
  while (i >= 0 && (up ? days[i]!.changePct < today.changePct : days[i]!.changePct > today.changePct)) i--;
  const sessions = days.length - 2 - i;
  if (sessions < NOTABLE_SINCE_SESSIONS) return null;
  return { up, date: i >= 0 ? days[i]!.date : null, archiveStart: days[0]!.date, sessions };
}

export function indexHistoryCandidates(ctx: TakeawayContext): Candidate[] {
  const past = ctx.input.past;
  const ix = ctx.session.indices.find((i) => i.id === 'HSI') ?? ctx.session.indices[0];
  const days = ix ? past?.indices[ix.id] : undefined;
  // Only when the store's last close is this session's, and there is a past to compare with.
  if (!ix || !days || days.length < 2 || days[days.length - 1]!.date !== ctx.session.date) return [];
  const since = indexContext(ix.id, days)?.since ?? null;
  const record = since ? { kind: since.kind, date: since.date, archiveStart: since.archiveStart, sessions: since.sessions } : null;
  const largest = largestMoveSince(days);
  const streak = indexStreak(days);
  const notable = record !== null || largest !== null;
  if (!notable && Math.abs(streak) < STREAK_ALONE) return [];
  const salience = notable ? Infinity : 1 + (Math.abs(streak) - STREAK_ALONE) / 2;
  const name = ix.id === 'HSI' ? 'HSI' : ix.name;
  return [
    {
      kind: 'index-history',
      key: ix.id,
      salience,
      always: notable,
      build: () => ({
        fact: { kind: 'index-history', index: { id: ix.id, name }, record, largest, streak: Math.abs(streak) >= 2 ? streak : 0 },
        refs: { ...emptyRefs(), indices: [ix.id] },
      }),
    },
  ];
}
