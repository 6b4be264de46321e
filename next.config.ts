import type { NextConfig } from 'next';
import { COMMON_HEADERS, PAGE_CACHE_CONTROL } from './lib/security';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Lets two builds live side by side (e.g. a benchmark build next to the dev build).
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  // Native addons, loaded by Node at run time, not bundled: SVG → PNG for the chart images, and DuckDB for
  // the history store (lib/history).
  serverExternalPackages: ['@resvg/resvg-js', '@duckdb/node-api'],
  async headers() {
    // Nothing but /embed/* may be framed (clickjacking). Embeds set their own frame-ancestors at run time
    // from EMBED_ALLOWED_ORIGINS (lib/share/framing.ts), so this rule must not match them: a second
    // policy would be enforced too, and X-Frame-Options: DENY would block every frame.
    return [
      { source: '/:path*', headers: [...COMMON_HEADERS] },
      // Pages: cacheable by a CDN or nginx for a short time, served stale while they refresh.
      // (and their Chinese twins under /zh-hk, matched here by the URL as requested). The bare home page
      // `/` is a redirect that depends on the reader's language cookie (proxy.ts): private.
      { source: '/', headers: [{ key: 'Cache-Control', value: 'private, no-cache' }] },
      { source: '/zh-hk', headers: [{ key: 'Cache-Control', value: PAGE_CACHE_CONTROL }] },
      ...['', '/zh-hk'].flatMap((prefix) => [
        { source: `${prefix}/sessions`, headers: [{ key: 'Cache-Control', value: PAGE_CACHE_CONTROL }] },
        { source: `${prefix}/sessions/:date(\\d{4}-\\d{2}-\\d{2})`, headers: [{ key: 'Cache-Control', value: PAGE_CACHE_CONTROL }] },
        // Stock pages, the stock list (and its ?q= results) and the week and month recaps depend on the
        // data alone, like the session pages.
        { source: `${prefix}/stocks`, headers: [{ key: 'Cache-Control', value: PAGE_CACHE_CONTROL }] },
        { source: `${prefix}/stocks/:code(\\d{5})`, headers: [{ key: 'Cache-Control', value: PAGE_CACHE_CONTROL }] },
        { source: `${prefix}/weeks/:week`, headers: [{ key: 'Cache-Control', value: PAGE_CACHE_CONTROL }] },
        { source: `${prefix}/months/:month`, headers: [{ key: 'Cache-Control', value: PAGE_CACHE_CONTROL }] },
      ]),
      {
        source: '/((?!embed/|zh-hk/embed/).*)',
        headers: [
          { key: 'Content-Security-Policy', value: "frame-ancestors 'none'" },
          { key: 'X-Frame-Options', value: 'DENY' },
        ],
      },
    ];
  },
  async rewrites() {
    // The Chinese edition's pages are the same routes: proxy.ts has already put the edition in a request
    // header; this maps the path inside the server (beforeFiles: before the routes are matched).
    // Route handlers (embed, images, cards, feeds) find their edition from the /zh-hk/ prefix or the
    // proxy's header (lib/share/responses.ts requestLocale): a query added here would not reach them.
    const beforeFiles = [
      { source: '/zh-hk', destination: '/' },
      { source: '/zh-hk/:path*', destination: '/:path*' },
    ];
    // Stable download URLs beside the permalink; /sessions/[date] is a page, so they are served by a handler.
    const afterFiles = [
      { source: '/sessions/:date(\\d{4}-\\d{2}-\\d{2}).csv', destination: '/api/export/:date/csv' },
      { source: '/sessions/:date(\\d{4}-\\d{2}-\\d{2}).json', destination: '/api/export/:date/json' },
      // A stock's daily history beside its page.
      { source: '/stocks/:code(\\d{5}).csv', destination: '/api/stocks/:code/csv' },
    ];
    return { beforeFiles, afterFiles, fallback: [] };
  },
};

export default nextConfig;
