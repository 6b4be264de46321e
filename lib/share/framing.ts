/**
 * Who may frame what. `/embed/*` may be framed by the origins in EMBED_ALLOWED_ORIGINS (siteConfig;
 * empty = any origin); every other route is never framed (next.config.ts sends `frame-ancestors 'none'`
 * and `X-Frame-Options: DENY` there). The embed's policy is set per response, at run time, so changing
 * EMBED_ALLOWED_ORIGINS needs a restart, not a rebuild.
 */

/** `https://wiki.example.com`, `http://localhost:8080`, or a wildcard host `https://*.example.com`. */
const ORIGIN = /^https?:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$/i;

/** The configured entries that are origins (anything else, e.g. a path or a quote, is dropped). */
export function validOrigins(origins: readonly string[]): string[] {
  return origins.map((o) => o.replace(/\/+$/, '')).filter((o) => ORIGIN.test(o));
}

/** The `frame-ancestors` source list for embeds: the allowed origins, or `*` when none are configured. */
export function embedFrameAncestors(origins: readonly string[]): string {
  const valid = validOrigins(origins);
  return valid.length > 0 ? valid.join(' ') : '*';
}

/**
 * The embed's whole Content-Security-Policy: nothing may load or run (no scripts, no fetches, no fonts);
 * only inline styles and the inline SVG. `frame-ancestors` says who may frame it.
 */
export function embedCsp(origins: readonly string[]): string {
  return [
    "default-src 'none'",
    "style-src 'unsafe-inline'",
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${embedFrameAncestors(origins)}`,
  ].join('; ');
}
