/**
 * oEmbed answers for week and month recaps (`/weeks/2025-W21`, `/months/2025-05`): type "rich", whose
 * html is the recap's industries chart as a linked PNG (a recap has no iframe embed), with the same PNG as
 * the thumbnail. Pure: the route looks the recap up and passes its title (null when it does not exist).
 * A /zh-hk/ URL is answered with the /zh-hk/ page and image (the route passes the Chinese title).
 */
import { localePath, splitLocale, type Locale } from '@/lib/i18n/locale';
import { parseRecapId, recapPath, type RecapKind } from '@/lib/recaps/period';
import { escapeXml } from '@/lib/share/escape';
import { fitSize, OEMBED_CACHE_AGE, THUMBNAIL_WIDTH, type OembedAnswer } from '@/lib/share/oembed';
import { CHART_SIZES } from '@/lib/share/embed-options';
import { pngSize } from '@/lib/share/urls';

const RECAP_PATH = /^\/(weeks|months)\/([^/]+)\/?$/;

/** The recap a URL points at (same origin as baseUrl or the request's host), or null. */
export function matchRecapTarget(url: string | null, baseUrl: string, requestHost: string | null): { kind: RecapKind; id: string; locale?: Locale } | null {
  if (url === null) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const sameOrigin = parsed.origin === new URL(baseUrl).origin;
  const sameHost = requestHost !== null && parsed.host.toLowerCase() === requestHost.toLowerCase();
  if (!sameOrigin && !sameHost) return null;
  const edition = splitLocale(parsed.pathname);
  const m = RECAP_PATH.exec(edition.path);
  if (!m) return null;
  const kind: RecapKind = m[1] === 'weeks' ? 'week' : 'month';
  // `locale` only for the Chinese twin: an English URL answers exactly as before.
  return parseRecapId(kind, m[2]!) ? { kind, id: m[2]!, ...(edition.locale !== 'en' ? { locale: edition.locale } : {}) } : null;
}

const limit = (value: string | null) => (value !== null && /^\d+$/.test(value.trim()) && Number(value) > 0 ? Number(value) : Infinity);

export function recapOembedAnswer(
  params: URLSearchParams,
  target: { kind: RecapKind; id: string; locale?: Locale },
  ctx: { baseUrl: string; providerName: string; title: string | null },
): OembedAnswer {
  const format = params.get('format') ?? 'json';
  if (format !== 'json') return { status: 501, error: `format "${format}" is not supported; use format=json` };
  if (ctx.title === null) return { status: 404, error: 'no embed for this url' };
  const base = ctx.baseUrl.replace(/\/+$/, '');
  const page = `${base}${localePath(target.locale ?? 'en', recapPath(target.kind, target.id))}`;
  const chart = CHART_SIZES.summary;
  const frame = fitSize(chart, limit(params.get('maxwidth')), limit(params.get('maxheight')));
  const thumb = pngSize('summary', Math.floor(Math.min(THUMBNAIL_WIDTH, limit(params.get('maxwidth')), (limit(params.get('maxheight')) * chart.width) / chart.height)));
  const png = (width: number) => `${page}/summary.png${width === 1200 ? '' : `?width=${width}`}`;
  return {
    status: 200,
    body: {
      version: '1.0',
      type: 'rich',
      title: ctx.title,
      provider_name: ctx.providerName,
      provider_url: `${base}/`,
      html: `<a href="${escapeXml(page)}"><img src="${escapeXml(png(frame.width))}" width="${frame.width}" height="${frame.height}" alt="${escapeXml(ctx.title)}" style="max-width:100%;height:auto"></a>`,
      width: frame.width,
      height: frame.height,
      thumbnail_url: png(thumb.width),
      thumbnail_width: thumb.width,
      thumbnail_height: thumb.height,
      cache_age: OEMBED_CACHE_AGE,
    },
  };
}
