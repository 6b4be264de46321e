/**
 * What a link preview says about a session: the title and the description. The description is the
 * headline takeaway when there is one; otherwise the HSI move in words.
 */
import { siteConfig } from '@/lib/config';
import { formatSessionDate } from '@/lib/dates';
import { formatPct, formatPoints, formatSignedPoints } from '@/lib/format';
import type { Session } from '@/lib/session/model';
import type { ChartKind } from '@/lib/share/embed-options';

/** The accessible name of a chart image or embed (also its alt text in snippets). */
export function chartTitle(date: string, chart: ChartKind): string {
  const day = formatSessionDate(date);
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
