import 'server-only';
/**
 * The session's charts as images: the SVG strings (summary chart, heatmap) and their PNG rendering with
 * resvg. PNGs are drawn with the bundled fonts (public/fonts: Liberation Sans, and the Noto Sans CJK HK
 * subset for Chinese), never the machine's, so an image looks the same on a server without fonts.
 */
import { createHash } from 'node:crypto';
import { Resvg } from '@resvg/resvg-js';
import { summaryChartData, type SummaryChartData } from '@/lib/charts/summary';
import { renderSummarySvg } from '@/lib/charts/summary-svg';
import { formatSessionDate } from '@/lib/dates';
import type { HeatmapData } from '@/lib/heatmap/types';
import { heatmapData, SIZE_LABELS } from '@/lib/heatmap/view';
import { siteConfig } from '@/lib/config';
import type { Session } from '@/lib/session/model';
import { CHART_SIZES, fixedTheme, type ChartKind, type EmbedOptions } from '@/lib/share/embed-options';
import type { Locale } from '@/lib/i18n/locale';
import { shareText } from '@/lib/i18n/messages/share';
import { siteText } from '@/lib/i18n/messages/site';
import { ALL_FONT_FILES, FONT_FAMILY } from '@/lib/share/fonts';
import { renderHeatmapSvg } from '@/lib/share/heatmap-svg';
import { chartTitle } from '@/lib/share/preview';
import { localizedChartTitle } from '@/lib/share/share-text';
import { pngSize } from '@/lib/share/urls';


/**
 * The chart as SVG. `charts` is the session's view for a period (lib/views/session-page.ts sessionCharts,
 * which says the period it could show); without it, the session's own (1D) charts.
 */
export function chartSvg(
  session: Session,
  options: EmbedOptions,
  charts: { summary: SummaryChartData; heatmap: HeatmapData } = { summary: summaryChartData(session), heatmap: heatmapData(session) },
  locale: Locale = 'en',
): string {
  const title = locale === 'en' ? chartTitle(session.date, options.chart, options.period) : localizedChartTitle(session.date, options.chart, options.period, locale);
  if (options.chart === 'summary') {
    return renderSummarySvg(charts.summary, { ...CHART_SIZES.summary, colors: options.colors, theme: fixedTheme(options.theme), title, locale });
  }
  const data = charts.heatmap;
  if (locale === 'en') {
    const sizing = data.size === 'equal' ? 'equal-sized tiles' : `sized by ${SIZE_LABELS[data.size].toLowerCase()}`;
    const period = data.periodLabel ? `${data.periodLabel} % change to ` : '';
    const caption = `${siteConfig.name} · ${period}${formatSessionDate(session.date)} · ${sizing} · industry % ${data.basis} · colours capped at ±${data.cap}%`;
    return renderHeatmapSvg(data, { colors: options.colors, theme: fixedTheme(options.theme), title, caption });
  }
  const t = shareText[locale];
  const day = formatSessionDate(session.date, locale);
  const span = data.periodLabel ? t.periodTo(t.periodLabel(data.periodLabel), day) : day;
  const caption = t.heatmapCaption(siteText[locale].name, span, t.sizing[data.size], t.basis[data.basis], data.cap);
  return renderHeatmapSvg(data, { colors: options.colors, theme: fixedTheme(options.theme), title, caption, locale });
}

/** The SVG rendered to a PNG `width` pixels wide (height keeps the chart's aspect). */
export function svgToPng(svg: string, chart: ChartKind, width?: number): Buffer {
  const size = pngSize(chart, width);
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: size.width },
    font: { loadSystemFonts: false, fontFiles: ALL_FONT_FILES, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
  });
  return resvg.render().asPng();
}

/** A strong ETag of what a response is derived from. */
export function etagOf(...parts: string[]): string {
  const hash = createHash('sha256');
  for (const p of parts) hash.update(p).update('\0');
  return `"${hash.digest('base64url').slice(0, 27)}"`;
}
