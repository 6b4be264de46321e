/**
 * The public URLs of a session, in one place: the permalink, the embed, the images, the exports and the
 * oEmbed endpoint. Pure: the base URL is an argument (siteConfig.baseUrl by default), so snippets are
 * absolute and right behind a proxy. The permalink, embed and image URLs take the edition last
 * (default English): on a Chinese page they are the /zh-hk/ twins. Exports are data, the same in both.
 */
import { siteConfig } from '@/lib/config';
import { localePath, type Locale } from '@/lib/i18n/locale';
import { CHART_SIZES, type ChartKind, type EmbedOptions } from '@/lib/share/embed-options';

export type ImageFormat = 'svg' | 'png';
export type ExportFormat = 'csv' | 'json';

function base(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, '');
}

/** Query string of the options that differ from the defaults (so the plain URL stays the canonical one). */
export function optionsQuery(options: Partial<EmbedOptions>, keys: readonly (keyof EmbedOptions)[] = ['chart', 'colors', 'theme', 'period']): string {
  const params = new URLSearchParams();
  if (keys.includes('chart') && options.chart && options.chart !== 'summary') params.set('chart', options.chart);
  if (keys.includes('colors') && options.colors && options.colors !== 'hk') params.set('colors', options.colors);
  if (keys.includes('theme') && options.theme && options.theme !== 'auto') params.set('theme', options.theme);
  if (keys.includes('period') && options.period && options.period !== '1d') params.set('period', options.period);
  const qs = params.toString();
  return qs ? `?${qs}` : '';
}

export function permalinkUrl(date: string, baseUrl: string = siteConfig.baseUrl, locale: Locale = 'en'): string {
  return `${base(baseUrl)}${localePath(locale, `/sessions/${date}`)}`;
}

export function embedUrl(date: string, options: Partial<EmbedOptions> = {}, baseUrl: string = siteConfig.baseUrl, locale: Locale = 'en'): string {
  return `${base(baseUrl)}${localePath(locale, `/embed/${date}`)}${optionsQuery(options)}`;
}

/** PNG widths a client may ask for (`?width=`); the default is PNG_DEFAULT_WIDTH. */
export const PNG_WIDTH_RANGE = { min: 16, max: 2400 } as const;
export const PNG_DEFAULT_WIDTH = 1200;

/** Pixel size of a chart's PNG at a width (clamped to PNG_WIDTH_RANGE); the height keeps the chart's aspect. */
export function pngSize(chart: ChartKind, width: number = PNG_DEFAULT_WIDTH): { width: number; height: number } {
  const w = Math.min(PNG_WIDTH_RANGE.max, Math.max(PNG_WIDTH_RANGE.min, Math.floor(Number.isFinite(width) ? width : PNG_DEFAULT_WIDTH)));
  const { width: cw, height: ch } = CHART_SIZES[chart];
  return { width: w, height: Math.max(1, Math.round((w * ch) / cw)) };
}

/**
 * `?width=` / `?height=` of a PNG: whole pixels within PNG_WIDTH_RANGE. One sets the other by the chart's
 * aspect; both fit the image inside that box. Anything else is refused (400) with what was expected,
 * rather than guessed, so a typo does not silently give a 1,200-pixel image.
 */
export function requestedPngSize(chart: ChartKind, params: URLSearchParams): { ok: true; width: number } | { ok: false; error: string } {
  const { min, max } = PNG_WIDTH_RANGE;
  const read = (name: 'width' | 'height'): number | null | string => {
    const raw = params.get(name);
    if (raw === null) return null;
    const n = /^\d{1,5}$/.test(raw) ? Number(raw) : NaN;
    return n >= min && n <= max ? n : `?${name}= must be a whole number of pixels from ${min} to ${max} (got ${JSON.stringify(raw.slice(0, 40))})`;
  };
  const w = read('width');
  const h = read('height');
  if (typeof w === 'string') return { ok: false, error: w };
  if (typeof h === 'string') return { ok: false, error: h };
  const { width: cw, height: ch } = CHART_SIZES[chart];
  const fromHeight = h === null ? Infinity : Math.floor((h * cw) / ch);
  const width = Math.min(w ?? (h === null ? PNG_DEFAULT_WIDTH : Infinity), fromHeight);
  return { ok: true, width: Math.max(min, width) };
}

export function imageUrl(
  date: string,
  chart: ChartKind,
  format: ImageFormat,
  options: Partial<EmbedOptions> & { width?: number } = {},
  baseUrl: string = siteConfig.baseUrl,
  locale: Locale = 'en',
): string {
  const qs = optionsQuery(options, ['colors', 'theme', 'period']);
  const width = format === 'png' && options.width !== undefined && options.width !== PNG_DEFAULT_WIDTH ? `${qs ? '&' : '?'}width=${options.width}` : '';
  return `${base(baseUrl)}${localePath(locale, `/sessions/${date}/${chart}.${format}`)}${qs}${width}`;
}

export function exportUrl(date: string, format: ExportFormat, baseUrl: string = siteConfig.baseUrl): string {
  return `${base(baseUrl)}/sessions/${date}.${format}`;
}

export function oembedUrl(targetUrl: string, baseUrl: string = siteConfig.baseUrl): string {
  return `${base(baseUrl)}/api/oembed?${new URLSearchParams({ url: targetUrl, format: 'json' }).toString()}`;
}
