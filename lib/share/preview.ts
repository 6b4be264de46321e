/**
 * What a link preview says about a session: the title and the description. The description is the
 * headline takeaway when there is one; otherwise the HSI move in words.
 */
import { INDEX_NAMES, siteConfig } from '@/lib/config';
import { formatSessionDate } from '@/lib/dates';
import type { Locale } from '@/lib/i18n/locale';
import { formatPct, formatPoints, formatSignedPoints } from '@/lib/format';
import type { Session } from '@/lib/session/model';
import type { Period } from '@/lib/history/types';
import type { ChartKind } from '@/lib/share/embed-options';
import { PERIOD_LABELS, PERIOD_LABELS_ZH } from '@/lib/views/period';

/** The accessible name of a chart image or embed (also its alt text in snippets). */
export function chartTitle(date: string, chart: ChartKind, period: Period = '1d', locale: Locale = 'en'): string {
  if (locale === 'zh-hk') {
    const day = formatSessionDate(date, locale);
    const p = period === '1d' ? '' : PERIOD_LABELS_ZH[period];
    return chart === 'summary' ? `香港各行業${p}升跌幅，${period === '1d' ? '' : '截至'}${day}` : `香港股份行業熱圖${p ? `（${p}）` : ''}，${period === '1d' ? '' : '截至'}${day}`;
  }
  const day = formatSessionDate(date);
  if (period !== '1d') {
    const p = PERIOD_LABELS[period];
    return chart === 'summary' ? `Hong Kong industries, ${p} % change to ${day}` : `Hong Kong stocks by industry (heatmap), ${p} to ${day}`;
  }
  return chart === 'summary' ? `Hong Kong industries, % change, ${day}` : `Hong Kong stocks by industry (heatmap), ${day}`;
}

/** "Hong Kong close, Wed 21 May 2025" / 「港股收市回顧 2025年5月21日（星期三）」. */
export function sessionShareTitle(date: string, locale: Locale = 'en'): string {
  if (locale === 'zh-hk') return `港股收市回顧 ${formatSessionDate(date, locale)}`;
  return `Hong Kong close, ${formatSessionDate(date)}`;
}

/** The fallback description: "HSI 23,827.78, +146.30 (+0.62%). 491 stocks: …" / 「恒指 23,827.78，+146.30（+0.62%）。…」 */
export function sessionFallbackDescription(session: Session, locale: Locale = 'en'): string {
  const hsi = session.indices.find((i) => i.id === 'HSI') ?? session.indices[0];
  if (locale === 'zh-hk') {
    const name = hsi ? (INDEX_NAMES[hsi.id]?.zhShort ?? hsi.id) : '';
    const head = hsi ? `${name} ${formatPoints(hsi.close)}，${formatSignedPoints(hsi.change)}（${formatPct(hsi.changePct)}）。` : '';
    return `${head}恒生行業分類共${session.stocks.length}隻股份。港股收市回顧。`;
  }
  const head = hsi ? `${hsi.id} ${formatPoints(hsi.close)}, ${formatSignedPoints(hsi.change)} (${formatPct(hsi.changePct)}).` : '';
  return [head, `${session.stocks.length} stocks across the Hang Seng industries. ${siteConfig.name}.`].filter(Boolean).join(' ');
}

export function sessionDescription(session: Session, headline: string | null, locale: Locale = 'en'): string {
  return headline ?? sessionFallbackDescription(session, locale);
}
