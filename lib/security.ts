import { createHash } from 'node:crypto';

/**
 * Response headers that every route shares: the Content-Security-Policy of pages, the cache policy of
 * pages, and the headers next.config.ts adds to every response.
 */

/**
 * Pages: no inline script but Next's own and ours, each carrying the request's nonce ('strict-dynamic'
 * lets those load Next's chunks). Inline style attributes are allowed (React and the heatmap's tile
 * positions use them); nothing may frame a page (embeds have their own policy).
 */
export function contentSecurityPolicy(nonce: string, dev = false): string {
  return pagePolicy(`'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? ` 'unsafe-eval'` : ''}`);
}

/**
 * The same policy for a page served from the response cache (server/response-cache.ts), where one copy
 * goes to every reader and a per-request nonce would be the same for all of them, i.e. no secret. Instead
 * each inline script of that copy is allowed by its SHA-256 hash, and script files by 'self' (without
 * 'strict-dynamic', which would ignore 'self'): an injected inline script or a script from another
 * origin still does not run.
 */
export function hashedContentSecurityPolicy(scriptHashes: readonly string[]): string {
  return pagePolicy(["'self'", ...scriptHashes.map((h) => `'sha256-${h}'`)].join(' '));
}

/** SHA-256 (base64) of each inline <script> in an HTML document, as CSP hash sources take them. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\ssrc\s*=/i.test(m[1]!)) continue;
    hashes.add(createHash('sha256').update(m[2]!, 'utf8').digest('base64'));
  }
  return [...hashes];
}

function pagePolicy(scriptSources: string): string {
  return [
    `default-src 'self'`,
    `script-src ${scriptSources}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data: blob:`,
    `font-src 'self'`,
    `connect-src 'self'`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
  ].join('; ');
}

/**
 * Session pages and the archive: a CDN or nginx may serve a copy for 30 s, then a stale one for at most
 * 30 s more while one request refreshes it, so a new or corrected data file reaches every reader within
 * 60 s even through a cache. Browsers keep a copy but revalidate it on every visit (max-age=0): with the
 * ETag that is a cheap 304.
 */
export const PAGE_CACHE_CONTROL = 'public, max-age=0, s-maxage=30, stale-while-revalidate=30';

/** Added to every response by next.config.ts. */
export const COMMON_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
] as const;
