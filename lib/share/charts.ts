import 'server-only';
/**
 * The session's charts as images: the SVG strings (summary chart, heatmap) and their PNG rendering with
 * resvg. PNGs are drawn with the bundled Liberation Sans (public/fonts), never the machine's fonts, so an
 * image looks the same on a server without fonts.
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
import { FONT_FAMILY, FONT_FILES } from '@/lib/share/fonts';
import { renderHeatmapSvg } from '@/lib/share/heatmap-svg';
import { chartTitle } from '@/lib/share/preview';
import { pngSize } from '@/lib/share/urls';


/**
 * The chart as SVG. `charts` is the session's view for a period (lib/views/session-page.ts sessionCharts,
 * which says the period it could show); without it, the session's own (1D) charts.
 */
export function chartSvg(
  session: Session,
  options: EmbedOptions,
  charts: { summary: SummaryChartData; heatmap: HeatmapData } = { summary: summaryChartData(session), heatmap: heatmapData(session) },
): string {
  const title = chartTitle(session.date, options.chart, options.period);
  if (options.chart === 'summary') {
    return renderSummarySvg(charts.summary, { ...CHART_SIZES.summary, colors: options.colors, theme: fixedTheme(options.theme), title });
  }
  const data = charts.heatmap;
  const sizing = data.size === 'equal' ? 'equal-sized tiles' : `sized by ${SIZE_LABELS[data.size].toLowerCase()}`;
  const period = data.periodLabel ? `${data.periodLabel} % change to ` : '';
  const caption = `${siteConfig.name} · ${period}${formatSessionDate(session.date)} · ${sizing} · industry % ${data.basis} · colours capped at ±${data.cap}%`;
  return renderHeatmapSvg(data, { colors: options.colors, theme: fixedTheme(options.theme), title, caption });
}

/** The SVG rendered to a PNG `width` pixels wide (height keeps the chart's aspect). */
export function svgToPng(svg: string, chart: ChartKind, width?: number): Buffer {
  const size = pngSize(chart, width);
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: size.width },
    font: { loadSystemFonts: false, fontFiles: [FONT_FILES.regular, FONT_FILES.bold], defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
  });
  return resvg.render().asPng();
}

/** A strong ETag of what a response is derived from. */
export function etagOf(...parts: string[]): string {
  const hash = createHash('sha256');
  for (const p of parts) hash.update(p).update('\0');
  return `"${hash.digest('base64url').slice(0, 27)}"`;
}
