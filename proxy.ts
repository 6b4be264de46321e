/**
 * Runs before every page: a per-request CSP nonce (Next puts it on its own scripts; the layout puts it on
 * the one inline script of ours), and HTTP validators for session pages so a cache or CDN can revalidate
 * with If-None-Match and get a 304 instead of a re-render.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { sessionFileExists, sessionPageEtag, sessionYearExists } from '@/lib/data/version';
import { siteConfig } from '@/lib/config';
import { requestOrigin } from '@/lib/request-origin';
import { contentSecurityPolicy, PAGE_CACHE_CONTROL } from '@/lib/security';
import { LOCALE_HEADER, localePath, splitLocale } from '@/lib/i18n/locale';
import { LANG_COOKIE } from '@/lib/preferences';

const SESSION_PAGE = /^\/sessions\/(\d{4}-\d{2}-\d{2})$/;
const ANY_SESSION_PAGE = /^\/sessions\/([^/]+)$/;
/** Download URLs beside the permalink, rewritten to their route by next.config.ts after this proxy runs. */
const DOWNLOAD = /^\d{4}-\d{2}-\d{2}\.(?:csv|json)$/;
/** No route matches this path, so Next answers it with app/not-found.tsx and a 404, rendered on the server. */
const NOT_FOUND_PATH = '/_no-such-session';
/** Route handlers (no page, no nonce): their /zh-hk/ twins are the same handler in Chinese. */
const HANDLER = /^\/(?:api\/|embed\/|feed\.xml$|feed\/|(?:sessions|weeks|months|stocks)\/[^/]+\/(?:(?:summary|heatmap)\.(?:svg|png)|preview\.png)$|(?:sessions|weeks|months|stocks)\/[^/]+\/(?:opengraph|twitter)-image)/;

export function proxy(request: NextRequest) {
  // ALLOWED_HOSTS: refuse other hosts before anything is rendered with their name in it (the server in
  // server/main.ts checks every path first; this covers pages under `next dev`).
  const origin = requestOrigin(request.headers, siteConfig.origin);
  if (!origin.ok) return new NextResponse(`${origin.message}\n`, { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });

  // The edition comes from the URL alone: /zh-hk/… is the Chinese twin of …, served by the same route with
  // the locale in a request header (whatever a client sent in that header is overwritten here).
  const { search } = request.nextUrl;
  const { locale, path: pathname } = splitLocale(request.nextUrl.pathname);
  if (locale !== 'en' && HANDLER.test(pathname)) {
    // A route handler: no page nonce or CSP (an embed sets its own framing policy); next.config.ts maps the
    // path, and the handler reads its edition from the prefix or this header.
    const headers = new Headers(request.headers);
    headers.set(LOCALE_HEADER, locale);
    return NextResponse.next({ request: { headers } });
  }
  // The bare home page opens in the edition the reader last switched to (the switch's cookie).
  if (locale === 'en' && pathname === '/' && request.cookies.get(LANG_COOKIE)?.value === 'zh-hk') {
    const home = NextResponse.redirect(new URL(`/zh-hk${search}`, request.url), 307);
    home.headers.set('Cache-Control', 'private, no-cache');
    return home;
  }
  const match = SESSION_PAGE.exec(pathname);
  const isRsc = request.headers.has('rsc');
  const etag = match && !isRsc ? sessionPageEtag(match[1]!, `${locale}|${search}`) : null;

  if (etag) {
    const ifNoneMatch = request.headers.get('if-none-match') ?? '';
    if (ifNoneMatch.split(',').some((t) => t.trim() === etag)) {
      return new NextResponse(null, { status: 304, headers: { ETag: etag, 'Cache-Control': PAGE_CACHE_CONTROL } });
    }
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV !== 'production');
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', csp);
  requestHeaders.set(LOCALE_HEADER, locale);

  // An unknown or malformed session date: answer the 404 page from here. (A notFound() thrown by the page
  // itself arrives as an empty shell that only JavaScript fills in; readers and crawlers without it
  // would see a blank page.) Client-side navigations (RSC requests) still get the page's notFound().
  const anySession = ANY_SESSION_PAGE.exec(pathname);
  const year = request.nextUrl.searchParams.get('year');
  const badYear = pathname === '/sessions' && year !== null && !sessionYearExists(year);
  const missingSession = anySession !== null && !DOWNLOAD.test(anySession[1]!) && !sessionFileExists(safeDecode(anySession[1]!));
  if (!isRsc && (missingSession || badYear)) {
    // Under the edition's prefix: when this rewrite is proxied over HTTP (see below) it comes back through here.
    const missing = NextResponse.rewrite(new URL(localePath(locale, NOT_FOUND_PATH), request.url), { request: { headers: requestHeaders } });
    missing.headers.set('Content-Security-Policy', csp);
    return missing;
  }

  // Both editions continue with the locale header; next.config.ts's beforeFiles rewrite then maps /zh-hk/… to
  // its route inside the server. (A rewrite from here to an absolute URL is proxied over HTTP when the
  // server listens on a host other than `localhost`, e.g. `-H 127.0.0.1`: that second request came back
  // through this proxy as an English one and lost the header.)
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  if (etag) response.headers.set('ETag', etag);
  return response;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export const config = {
  // Pages only: route handlers (images, embeds, exports, API) set their own headers; static assets need none.
  matcher: [{ source: '/((?!_next/static|_next/image|api/|embed/|favicon.ico|icon.svg|icon-\\d+\\.png|apple-icon|manifest.webmanifest|feed.xml|feed/|(?:sessions|weeks|months|stocks)/[^/]+/(?:summary|heatmap|preview)\\.(?:svg|png)|(?:sessions|weeks|months|stocks)/[^/]+/(?:opengraph|twitter)-image).*)' }],
};
