/**
 * What a link preview says about a session: the title and the description. The description is the
 * headline takeaway when there is one; otherwise the HSI move in words.
 */
import { siteConfig } from '@/lib/config';
import { formatSessionDate } from '@/lib/dates';
import { formatPct, formatPoints, formatSignedPoints } from '@/lib/format';
import type { Session } from '@/lib/session/model';
import type { Period } from '@/lib/history/types';
import type { ChartKind } from '@/lib/share/embed-options';
import { PERIOD_LABELS } from '@/lib/views/period';

/** The accessible name of a chart image or embed (also its alt text in snippets). */
export function chartTitle(date: string, chart: ChartKind, period: Period = '1d'): string {
  const day = formatSessionDate(date);
  if (period !== '1d') {
    const p = PERIOD_LABELS[period];
    return chart === 'summary' ? `Hong Kong industries, ${p} % change to ${day}` : `Hong Kong stocks by industry (heatmap), ${p} to ${day}`;
  }
  return chart === 'summary' ? `Hong Kong industries, % change, ${day}` : `Hong Kong stocks by industry (heatmap), ${day}`;
}

export function sessionShareTitle(date: string): string {
  return `Hong Kong close, ${formatSessionDate(date)}`;
}

/** The fallback description: "HSI 23,827.78, +146.30 (+0.62%). 491 stocks: …" */
export function sessionFallbackDescription(session: Session): string {
  const hsi = session.indices.find((i) => i.id === 'HSI') ?? session.indices[0];
  const head = hsi ? `${hsi.id} ${formatPoints(hsi.close)}, ${formatSignedPoints(hsi.change)} (${formatPct(hsi.changePct)}).` : '';
  return [head, `${session.stocks.length} stocks across the Hang Seng industries. ${siteConfig.name}.`].filter(Boolean).join(' ');
}

export function sessionDescription(session: Session, headline: string | null): string {
  return headline ?? sessionFallbackDescription(session);
}
