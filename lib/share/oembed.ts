/**
 * oEmbed 1.0 (https://oembed.com/), type "rich": what a wiki asks `/api/oembed?url=…` to turn a pasted
 * permalink or embed URL into an iframe. Pure: the route handler supplies the base URL, the request's own
 * host and whether a session exists. Status codes follow the spec: 404 for a URL we have no embed for,
 * 501 for a format other than json, and 400 for a request without `url`. A /zh-hk/ URL (or an embed URL
 * with `?lang=zh-hk`) is answered in Chinese: its title, and an iframe and thumbnail on the /zh-hk/ twins.
 */
import { parseLang, splitLocale, type Locale } from '@/lib/i18n/locale';
import { isRealIsoDate } from '@/lib/schema/session';
import { CHART_SIZES, parseEmbedOptions, type EmbedOptions } from '@/lib/share/embed-options';
import { iframeSnippet, type FrameSize } from '@/lib/share/snippets';
import { imageUrl, pngSize } from '@/lib/share/urls';

/** Seconds a consumer may cache an answer (also the images' max-age). */
export const OEMBED_CACHE_AGE = 300;
/** Width of the PNG thumbnail before maxwidth/maxheight shrink it. */
export const THUMBNAIL_WIDTH = 1200;

export interface OembedRich {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
  cache_age: number;
}

export type OembedAnswer = { status: 200; body: OembedRich } | { status: 400 | 404 | 501; error: string };

export interface OembedContext {
  /** siteConfig.baseUrl: the origin links are built on. */
  baseUrl: string;
  /** The Host the request came in on (the site may be reached by another name than baseUrl). */
  requestHost: string | null;
  providerName: string;
  sessionExists: (date: string) => boolean;
  title: (date: string, locale: Locale) => string;
}

export interface Target {
  date: string;
  options: EmbedOptions;
  /** The edition of the URL: /zh-hk/… (or `?lang=zh-hk`) is Chinese. */
  locale: Locale;
}

const TARGET_PATH = /^\/(sessions|embed)\/(\d{4}-\d{2}-\d{2})\/?$/;

/**
 * The session a URL points at, or null when it is not one of ours: same origin as baseUrl or the request's
 * host (http or https), path `/sessions/YYYY-MM-DD` or `/embed/YYYY-MM-DD`, in either edition. View
 * parameters are kept.
 */
export function matchTarget(url: string, baseUrl: string, requestHost: string | null): Target | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const base = new URL(baseUrl);
  const sameOrigin = parsed.origin === base.origin;
  const sameHost = requestHost !== null && parsed.host.toLowerCase() === requestHost.toLowerCase();
  if (!sameOrigin && !sameHost) return null;
  const edition = splitLocale(parsed.pathname);
  const m = TARGET_PATH.exec(edition.path);
  if (!m || !isRealIsoDate(m[2]!)) return null;
  const options = parseEmbedOptions(parsed.searchParams);
  // A permalink's `?chart=` is not a view parameter of the page; the embed of a permalink is the summary.
  if (m[1] === 'sessions') options.chart = 'summary';
  const locale = edition.locale !== 'en' ? edition.locale : parseLang(parsed.searchParams.get('lang'));
  return { date: m[2]!, options, locale };
}

/** maxwidth/maxheight: a positive integer, else no limit (the spec leaves junk values to the provider). */
function limit(value: string | null): number {
  if (value === null || !/^\d+$/.test(value.trim())) return Infinity;
  const n = Number(value);
  return n > 0 ? n : Infinity;
}

/** The size scaled down (never up) to fit maxwidth × maxheight, keeping the aspect ratio. */
export function fitSize(size: FrameSize, maxWidth: number, maxHeight: number): FrameSize {
  const scale = Math.min(1, maxWidth / size.width, maxHeight / size.height);
  return { width: Math.max(1, Math.floor(size.width * scale)), height: Math.max(1, Math.floor(size.height * scale)) };
}

export function oembedAnswer(params: URLSearchParams, ctx: OembedContext): OembedAnswer {
  const format = params.get('format') ?? 'json';
  if (format !== 'json') return { status: 501, error: `format "${format}" is not supported; use format=json` };
  const url = params.get('url');
  if (url === null || url.trim() === '') return { status: 400, error: 'missing url parameter' };
  const target = matchTarget(url.trim(), ctx.baseUrl, ctx.requestHost);
  if (!target || !ctx.sessionExists(target.date)) return { status: 404, error: 'no embed for this url' };

  const { date, options, locale } = target;
  const maxWidth = limit(params.get('maxwidth'));
  const maxHeight = limit(params.get('maxheight'));
  const chart = CHART_SIZES[options.chart];
  const frame = fitSize(chart, maxWidth, maxHeight);
  const thumb = pngSize(options.chart, Math.floor(Math.min(THUMBNAIL_WIDTH, maxWidth, (maxHeight * chart.width) / chart.height)));
  const title = ctx.title(date, locale);
  return {
    status: 200,
    body: {
      version: '1.0',
      type: 'rich',
      title,
      provider_name: ctx.providerName,
      provider_url: `${ctx.baseUrl.replace(/\/+$/, '')}/`,
      html: iframeSnippet(date, options, frame, title, ctx.baseUrl, locale),
      width: frame.width,
      height: frame.height,
      thumbnail_url: imageUrl(date, options.chart, 'png', { ...options, width: thumb.width }, ctx.baseUrl, locale),
      thumbnail_width: thumb.width,
      thumbnail_height: thumb.height,
      cache_age: OEMBED_CACHE_AGE,
    },
  };
}
