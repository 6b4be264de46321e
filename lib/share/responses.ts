import 'server-only';
/**
 * The HTTP answers of the share routes (embed, chart images, exports), so the route handlers stay one line.
 *
 * Status codes: an unknown or malformed date is 404. A session whose file is invalid is 422 (the embed
 * shows an HTML page saying so; images and exports answer a short text): the request was understood,
 * the data behind it cannot be used, and caches and monitors see a failure rather than a chart.
 */
import { siteConfig } from '@/lib/config';
import { loadSession, SESSION_DATE } from '@/lib/data/sessions';
import { loadThemes } from '@/lib/data/themes';
import { formatSessionDate } from '@/lib/dates';
import type { SessionFile } from '@/lib/schema/session';
import type { Session } from '@/lib/session/model';
import { chartSvg, etagOf, svgToPng } from '@/lib/share/charts';
import { sessionOgImage } from '@/lib/share/og-image';
import { embedDocument, embedMessageDocument, valuesTable } from '@/lib/share/embed-html';
import { parseEmbedOptions, type ChartKind } from '@/lib/share/embed-options';
import { sessionCsv } from '@/lib/share/export';
import { embedCsp } from '@/lib/share/framing';
import { isLocale, LOCALE_HEADER, parseLang, splitLocale, type Locale } from '@/lib/i18n/locale';
import { shareText } from '@/lib/i18n/messages/share';
import { siteText } from '@/lib/i18n/messages/site';
import { localizedChartTitle } from '@/lib/share/share-text';
import { sessionCharts } from '@/lib/views/session-page';
import { baseUrlOf } from '@/lib/share/request-base';
import { pngSize, permalinkUrl, requestedPngSize, type ExportFormat, type ImageFormat } from '@/lib/share/urls';

/**
 * Images, embeds and downloads follow the page's rule: a shared cache keeps them 30 s and serves them
 * stale 30 s more while it refreshes, so a corrected session reaches a wiki within 60 s; browsers
 * revalidate with the strong ETag (a 304 when nothing changed).
 */
export const CACHE_CONTROL = 'public, max-age=0, s-maxage=30, stale-while-revalidate=30';
const ERROR_CACHE_CONTROL = 'no-store';

type Lookup = { status: 'ok'; session: Session; source: SessionFile } | { status: 'missing' } | { status: 'invalid'; file: string };

function lookup(date: string): Lookup {
  if (!SESSION_DATE.test(date)) return { status: 'missing' };
  const load = loadSession(date);
  if (load.status === 'ok') return { status: 'ok', session: load.session, source: load.source };
  if (load.status === 'invalid') return { status: 'invalid', file: load.file };
  return { status: 'missing' };
}

function text(status: number, body: string): Response {
  return new Response(`${body}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': ERROR_CACHE_CONTROL, 'X-Content-Type-Options': 'nosniff' },
  });
}

/** 304 when the client already holds this version. */
function notModified(request: Request, etag: string): Response | null {
  const tags = request.headers.get('if-none-match');
  if (tags === null) return null;
  const match = tags.split(',').some((t) => t.trim() === etag || t.trim() === `W/${etag}` || t.trim() === '*');
  return match ? new Response(null, { status: 304, headers: { ETag: etag, 'Cache-Control': CACHE_CONTROL } }) : null;
}

/**
 * The edition a share route answers in: `?lang=zh-hk`, else the /zh-hk/ prefix of the URL as requested
 * (a handler may see it unrewritten), else the proxy's edition header (set from that prefix; the server
 * strips it from what clients send, so it can only come from the URL).
 */
export function requestLocale(request: Request): Locale {
  const url = new URL(request.url);
  const lang = url.searchParams.get('lang');
  if (lang !== null) return parseLang(lang);
  if (splitLocale(url.pathname).locale !== 'en') return splitLocale(url.pathname).locale;
  const header = request.headers.get(LOCALE_HEADER);
  return isLocale(header) ? header : 'en';
}

/** The edition of a link-preview card (as requestLocale). */
export async function previewLocale(request: Request): Promise<Locale> {
  return requestLocale(request);
}

export async function embedResponse(request: Request, date: string): Promise<Response> {
  const options = parseEmbedOptions(new URL(request.url).searchParams);
  const locale = requestLocale(request);
  const t = shareText[locale];
  const found = lookup(date);
  const headers: Record<string, string> = {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': embedCsp(siteConfig.embedAllowedOrigins),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  };
  const site = locale === 'en' ? siteConfig.name : siteText[locale].name;
  const base = { theme: options.theme, attribution: site, locale };
  if (found.status === 'missing') {
    const body = embedMessageDocument({ ...base, title: t.noSession, permalink: null, heading: t.noSession, message: t.noSessionMessage(date) });
    return new Response(body, { status: 404, headers: { ...headers, 'Cache-Control': 'public, max-age=60' } });
  }
  const permalink = permalinkUrl(date, baseUrlOf(request), locale);
  if (found.status === 'invalid') {
    const body = embedMessageDocument({
      ...base,
      title: t.dataUnavailableTitle(date),
      permalink,
      attribution: t.seeSessionPage(site),
      heading: t.dataUnavailable,
      message: t.dataUnavailableMessage(formatSessionDate(date, locale)),
    });
    return new Response(body, { status: 422, headers: { ...headers, 'Cache-Control': ERROR_CACHE_CONTROL } });
  }
  const charts = await sessionCharts(found.session, options.period ?? '1d');
  options.period = charts.period;
  const svg = chartSvg(found.session, options.theme === 'auto' ? { ...options, theme: 'light' } : options, charts, locale);
  const svgDark = options.theme === 'auto' ? chartSvg(found.session, { ...options, theme: 'dark' }, charts, locale) : undefined;
  const table = valuesTable(charts.summary, t.valuesCaption(localizedChartTitle(date, 'summary', options.period, locale)), locale);
  const etag = etagOf('embed', permalink, JSON.stringify(options), svg, svgDark ?? '', table);
  const cached = notModified(request, etag);
  if (cached) return cached;
  const body = embedDocument({
    ...base,
    title: localizedChartTitle(date, options.chart, options.period, locale),
    permalink,
    attribution: `${site} · ${formatSessionDate(date, locale)}`,
    svg,
    svgDark,
    table,
  });
  return new Response(body, { status: 200, headers: { ...headers, 'Cache-Control': CACHE_CONTROL, ETag: etag } });
}

export async function chartImageResponse(request: Request, date: string, chart: ChartKind, format: ImageFormat): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const options = { ...parseEmbedOptions(params), chart };
  const found = lookup(date);
  if (found.status === 'missing') return text(404, `No session on ${date}.`);
  if (found.status === 'invalid') return text(422, `The data file for ${date} (${found.file}) is invalid; no image can be drawn.`);
  const asked = requestedPngSize(chart, params);
  if (!asked.ok) return text(400, asked.error);
  const charts = await sessionCharts(found.session, options.period ?? '1d');
  const svg = chartSvg(found.session, { ...options, period: charts.period }, charts, requestLocale(request));
  const width = format === 'png' ? pngSize(chart, asked.width).width : 0;
  const etag = etagOf(format, String(width), svg);
  const cached = notModified(request, etag);
  if (cached) return cached;
  const headers = {
    'Cache-Control': CACHE_CONTROL,
    ETag: etag,
    'X-Content-Type-Options': 'nosniff',
  };
  if (format === 'svg') return new Response(svg, { headers: { ...headers, 'Content-Type': 'image/svg+xml; charset=utf-8' } });
  const png = svgToPng(svg, chart, width);
  return new Response(new Uint8Array(png), { headers: { ...headers, 'Content-Type': 'image/png', 'Content-Length': String(png.length) } });
}

export function exportResponse(request: Request, date: string, format: ExportFormat): Response {
  const found = lookup(date);
  if (found.status === 'missing') return text(404, `No session on ${date}.`);
  if (found.status === 'invalid') return text(422, `The data file for ${date} (${found.file}) is invalid; there is nothing valid to export.`);
  // The JSON download is the file as validated: the contract's fields as the pipeline wrote them.
  const body = format === 'csv' ? sessionCsv(found.session, loadThemes()) : `${JSON.stringify(found.source, null, 2)}\n`;
  const etag = etagOf(format, body);
  const cached = notModified(request, etag);
  if (cached) return cached;
  const filename = `hk-session-${date}.${format}`;
  return new Response(body, {
    headers: {
      'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8; header=present' : 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': CACHE_CONTROL,
      ETag: etag,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

/** The link-preview card (Open Graph and Twitter), or 404 for a session that is missing or invalid. */
export async function previewImageResponse(date: string, locale: Locale = 'en'): Promise<Response> {
  const found = lookup(date);
  if (found.status !== 'ok') return text(404, 'No image for this session.');
  return sessionOgImage(found.session, {}, locale);
}
