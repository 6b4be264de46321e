/**
 * The localized titles of what is shared (chart images, embeds, cards, oEmbed, feeds), built from the
 * share dictionary (lib/i18n/messages/share.ts) and the edition's date formats. English reads exactly
 * as it did before the Chinese edition.
 */
import { INDEX_NAMES } from '@/lib/config';
import { formatDateZh, formatMonth, formatSessionDate } from '@/lib/dates';
import { formatPct, formatPoints, formatSignedPoints } from '@/lib/format';
import type { Period } from '@/lib/history/types';
import type { Locale } from '@/lib/i18n/locale';
import { shareText } from '@/lib/i18n/messages/share';
import type { RecapPeriod } from '@/lib/recaps/period';
import type { Session } from '@/lib/session/model';
import type { ChartKind } from '@/lib/share/embed-options';

/** "Hong Kong industries, % change, Wed 21 May 2025" / "港股各行業升跌幅 · 2025年5月21日（星期三）". */
export function localizedChartTitle(date: string, chart: ChartKind, period: Period = '1d', locale: Locale = 'en'): string {
  const t = shareText[locale];
  return t.chartTitle(chart, formatSessionDate(date, locale), period === '1d' ? null : t.periods[period]);
}

/** "Hong Kong close, Wed 21 May 2025" / "港股收市 · 2025年5月21日（星期三）". */
export function localizedShareTitle(date: string, locale: Locale = 'en'): string {
  return shareText[locale].shareTitle(formatSessionDate(date, locale));
}

/**
 * A recap's title in an edition: the English one as lib/recaps/period writes it, or
 * "2025年第21週（5月19日至25日）" / "2025年5月".
 */
export function localizedRecapTitle(view: { title: string; period: RecapPeriod }, locale: Locale): string {
  if (locale === 'en') return view.title;
  const { period } = view;
  if (period.kind === 'month') return formatMonth(period.id, 'zh-hk');
  const [fy, fm, fd] = period.from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = period.to.split('-').map(Number) as [number, number, number];
  const to = fy !== ty ? formatDateZh(period.to, false) : fm !== tm ? `${tm}月${td}日` : `${td}日`;
  return `${period.id.slice(0, 4)}年第${Number(period.id.slice(6))}週（${fm}月${fd}日至${to}）`;
}

/** "Hong Kong week: Week 21, 2025 (19–25 May 2025)" / "港股一週回顧：2025年第21週（5月19日至25日）". */
export function localizedRecapShareTitle(view: { title: string; period: RecapPeriod }, locale: Locale): string {
  return shareText[locale].recapShareTitle(view.period.kind === 'week', localizedRecapTitle(view, locale));
}

/** The Chinese twin of lib/share/preview's fallback description: "恒指報23,827.78，+146.30（+0.62%）。491隻股份，…" */
export function sessionFallbackDescriptionZh(session: Session): string {
  const hsi = session.indices.find((i) => i.id === 'HSI') ?? session.indices[0];
  const name = hsi ? (INDEX_NAMES[hsi.id]?.zhShort ?? hsi.id) : '';
  const head = hsi ? `${name}報${formatPoints(hsi.close)}，${formatSignedPoints(hsi.change)}（${formatPct(hsi.changePct)}）。` : '';
  return `${head}${session.stocks.length}隻股份，涵蓋恒生行業分類各行業。港股收市回顧。`;
}
