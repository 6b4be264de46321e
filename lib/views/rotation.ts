/**
 * The rotation panel's weekly RRG (lib/metrics/rrg-weekly.ts) from the store's history, as plain data
 * for the server-rendered panel and its client chart.
 */
import { INDUSTRIES } from '@/lib/industries';
import { RRG_HOLD_SESSIONS, RRG_WEEKLY, weeklyRotation, type WeeklyRrgIndustry } from '@/lib/metrics/rrg-weekly';
import { CATEGORICAL } from '@/lib/palette';
import type { TakeawayPast } from '@/lib/takeaways/past';
import type { RrgSeries } from '@/lib/views/types';

export interface WeeklyRotationView {
  rrg: WeeklyRrgIndustry[];
  series: RrgSeries[];
  /** For the caption. */
  windows: typeof RRG_WEEKLY;
  holdSessions: number;
}

export function weeklyRotationView(date: string, past: TakeawayPast): WeeklyRotationView | null {
  const hsi = past.indices.HSI;
  if (!hsi) return null;
  const rrg = weeklyRotation(date, past.industries, hsi);
  if (rrg.every((r) => r.quadrant === null)) return null;
  const series = rrg
    .filter((r) => r.tail.length > 0)
    .map((r) => ({
      industry: r.industry,
      color: CATEGORICAL[INDUSTRIES.indexOf(r.industry)] ?? '#7f7f7f',
      quadrant: r.quadrant,
      tail: r.tail.map((p) => ({ date: p.date, ratio: Number(p.ratio.toFixed(3)), momentum: Number(p.momentum.toFixed(3)) })),
    }));
  return { rrg, series, windows: RRG_WEEKLY, holdSessions: RRG_HOLD_SESSIONS };
}
