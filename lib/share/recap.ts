import 'server-only';
/**
 * A week's or month's recap as images and a link preview: `/weeks/2025-W21/summary.svg|png`,
 * `/weeks/2025-W21/heatmap.svg|png` (and the same under `/months/2025-05`), the Open Graph / Twitter card,
 * and the oEmbed answer's pieces. The same charts the recap page shows (whole market, default tile size),
 * drawn by the session images' renderers; the same cache rules and status codes (404 for an unknown
 * or malformed period, or one without sessions).
 */
import { renderSummarySvg } from '@/lib/charts/summary-svg';
import { siteConfig } from '@/lib/config';
import { formatDayMonthYear, formatSessionDate } from '@/lib/dates';
import { SIZE_LABELS } from '@/lib/heatmap/view';
import { recapPath, type RecapKind } from '@/lib/recaps/period';
import type { Locale } from '@/lib/i18n/locale';
import { shareText } from '@/lib/i18n/messages/share';
import { siteText } from '@/lib/i18n/messages/site';
import { etagOf, svgToPng } from '@/lib/share/charts';
import { CHART_SIZES, fixedTheme, parseEmbedOptions, type ChartKind, type EmbedOptions } from '@/lib/share/embed-options';
import { renderHeatmapSvg } from '@/lib/share/heatmap-svg';
import { sessionOgImage } from '@/lib/share/og-image';
import { CACHE_CONTROL, requestLocale } from '@/lib/share/responses';
import { localizedRecapTitle } from '@/lib/share/share-text';
import { PNG_DEFAULT_WIDTH, pngSize, type ImageFormat } from '@/lib/share/urls';
import { getRecap, recapHeatmap, type RecapView } from '@/lib/views/recap-page';

/** "Hong Kong industries, % change over Week 21, 2025 (19–25 May 2025)" / "港股各行業升跌幅 · 2025年第21週（5月19日至25日）". */
export function recapChartTitle(view: Pick<RecapView, 'title' | 'period'>, chart: ChartKind, locale: Locale = 'en'): string {
  return shareText[locale].recapChartTitle(chart, localizedRecapTitle(view, locale));
}

export function recapChartSvg(view: RecapView, options: Pick<EmbedOptions, 'chart' | 'colors' | 'theme'>, locale: Locale = 'en'): string {
  const title = recapChartTitle(view, options.chart, locale);
  if (options.chart === 'summary') return renderSummarySvg(view.summary, { ...CHART_SIZES.summary, colors: options.colors, theme: fixedTheme(options.theme), title, locale });
  const data = recapHeatmap(view);
  if (locale === 'en') {
    const sizing = data.size === 'equal' ? 'equal-sized tiles' : `sized by ${SIZE_LABELS[data.size].toLowerCase()}`;
    const span = `${formatSessionDate(view.window.startDate)} to ${formatSessionDate(view.window.endDate)}`;
    const caption = `${siteConfig.name} · ${view.title}: ${span} · ${sizing} · industry % ${data.basis} · colours capped at ±${data.cap}%`;
    return renderHeatmapSvg(data, { colors: options.colors, theme: fixedTheme(options.theme), title, caption });
  }
  const t = shareText[locale];
  const span = t.recapSpan(localizedRecapTitle(view, locale), formatSessionDate(view.window.startDate, locale), formatSessionDate(view.window.endDate, locale));
  const caption = t.heatmapCaption(siteText[locale].name, span, t.sizing[data.size], t.basis[data.basis], data.cap);
  return renderHeatmapSvg(data, { colors: options.colors, theme: fixedTheme(options.theme), title, caption, locale });
}

function text(status: number, body: string): Response {
  return new Response(`${body}\n`, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' } });
}

export async function recapImageResponse(request: Request, kind: RecapKind, id: string, chart: ChartKind, format: ImageFormat): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const view = await getRecap(kind, id);
  if (!view) return text(404, `No ${kind} recap ${id}.`);
  const options = { ...parseEmbedOptions(params), chart };
  const svg = recapChartSvg(view, options, requestLocale(request));
  const asked = params.get('width');
  const width = format === 'png' ? pngSize(chart, asked !== null && /^\d+$/.test(asked) ? Number(asked) : PNG_DEFAULT_WIDTH).width : 0;
  const etag = etagOf(format, String(width), svg);
  const tags = request.headers.get('if-none-match');
  if (tags !== null && tags.split(',').some((t) => t.trim() === etag || t.trim() === `W/${etag}` || t.trim() === '*')) {
    return new Response(null, { status: 304, headers: { ETag: etag, 'Cache-Control': CACHE_CONTROL } });
  }
  const headers = { 'Cache-Control': CACHE_CONTROL, ETag: etag, 'X-Content-Type-Options': 'nosniff' };
  if (format === 'svg') return new Response(svg, { headers: { ...headers, 'Content-Type': 'image/svg+xml; charset=utf-8' } });
  const png = svgToPng(svg, chart, width);
  return new Response(new Uint8Array(png), { headers: { ...headers, 'Content-Type': 'image/png', 'Content-Length': String(png.length) } });
}

/** The recap's link-preview card, or 404. */
export async function recapPreviewImageResponse(kind: RecapKind, id: string, locale: Locale = 'en'): Promise<Response> {
  const view = await getRecap(kind, id);
  if (!view) return text(404, 'No image for this recap.');
  const t = shareText[locale];
  const heading = view.period.kind === 'week' ? t.weekHeading(Number(id.slice(6)), id.slice(0, 4)) : localizedRecapTitle(view, locale);
  // "to 23 May 2025" / "截至2025年5月23日" (the English drops the weekday; the Chinese date has it in brackets).
  const to = locale === 'en' ? formatSessionDate(view.window.endDate).slice(4) : formatDayMonthYear(view.window.endDate, locale);
  const footer = t.recapFooter(view.window.sessions, to);
  return sessionOgImage(view.session, { heading, footer, chart: view.summary }, locale);
}

/** The page URL of a recap, for oEmbed and snippets. */
export function recapUrl(kind: RecapKind, id: string, baseUrl: string = siteConfig.baseUrl): string {
  return `${baseUrl.replace(/\/+$/, '')}${recapPath(kind, id)}`;
}
