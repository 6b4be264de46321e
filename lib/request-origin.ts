/**
 * The public origin (scheme://host[:port]) that absolute links are built on: canonical links, preview
 * images, oEmbed answers, share snippets, the feed and the download links.
 *
 * - `SITE_URL` set: always that origin, whatever the request says.
 * - Otherwise the request's own `Host` (http), or, with `TRUST_PROXY=1` (behind a proxy that sets them,
 *   such as deploy/nginx.conf), `X-Forwarded-Host` and `X-Forwarded-Proto`. A client talking to the app
 *   directly can send any of these, so only trust them when a proxy overwrites them.
 * - `ALLOWED_HOSTS` set: a request for any other host is refused (400), so a forged `Host` can neither
 *   put its name into links nor fill a cache with pages that carry it.
 *
 * Pure: the server (server/main.ts), proxy.ts and route handlers all call it with the request's headers.
 */

export interface OriginSettings {
  /** SITE_URL without a trailing slash, or null when unset. */
  siteUrl: string | null;
  /** ALLOWED_HOSTS entries, lower case: `example.com`, `example.com:8443`, `.example.com` (any subdomain). */
  allowedHosts: string[];
  /** TRUST_PROXY=1: take X-Forwarded-Host / X-Forwarded-Proto from the request. */
  trustProxy: boolean;
}

export type OriginResult = { ok: true; origin: string; host: string } | { ok: false; status: 400; message: string };

type HeaderSource = { get(name: string): string | null } | Record<string, string | string[] | undefined>;

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[\s,]+/)
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
}

export function originSettingsFromEnv(env: Record<string, string | undefined> = process.env): OriginSettings {
  const site = (env.SITE_URL || env.NEXT_PUBLIC_SITE_URL || '').trim();
  return {
    siteUrl: site ? site.replace(/\/+$/, '') : null,
    allowedHosts: list(env.ALLOWED_HOSTS),
    trustProxy: /^(1|true|yes)$/i.test(env.TRUST_PROXY ?? ''),
  };
}

function header(headers: HeaderSource, name: string): string | null {
  if (typeof (headers as { get?: unknown }).get === 'function') return (headers as { get(n: string): string | null }).get(name);
  const value = (headers as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}

/** The first of a comma-separated list (proxies append: the client-facing one is first). */
function first(value: string | null): string | null {
  if (value === null) return null;
  const v = value.split(',')[0]!.trim();
  return v === '' ? null : v;
}

/** A host name or IP with an optional port: nothing that could break out of a URL. */
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

function hostname(host: string): string {
  return host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.replace(/:\d+$/, '');
}

/** Whether `host` (name[:port], lower case) is one of the allowed entries. */
export function hostAllowed(host: string, allowed: readonly string[]): boolean {
  const name = hostname(host);
  return allowed.some((entry) => {
    if (entry.startsWith('.')) return name.endsWith(entry) || name === entry.slice(1);
    return /:\d+$/.test(entry) && !entry.endsWith(']') ? entry === host : entry === name;
  });
}

export function requestOrigin(headers: HeaderSource, settings: OriginSettings): OriginResult {
  const forwardedHost = settings.trustProxy ? first(header(headers, 'x-forwarded-host')) : null;
  const rawHost = (forwardedHost ?? first(header(headers, 'host')) ?? '').toLowerCase();
  if (settings.allowedHosts.length > 0 || !settings.siteUrl) {
    if (!HOST.test(rawHost)) return { ok: false, status: 400, message: rawHost === '' ? 'Missing Host header.' : 'Malformed Host header.' };
    if (settings.allowedHosts.length > 0 && !hostAllowed(rawHost, settings.allowedHosts)) {
      return { ok: false, status: 400, message: `Host "${rawHost}" is not served here (ALLOWED_HOSTS).` };
    }
  }
  if (settings.siteUrl) return { ok: true, origin: settings.siteUrl, host: rawHost };
  const proto = settings.trustProxy ? first(header(headers, 'x-forwarded-proto'))?.toLowerCase() : null;
  const scheme = proto === 'https' ? 'https' : 'http';
  // The scheme's default port is left out, as a browser writes the URL.
  const host = (scheme === 'https' && rawHost.endsWith(':443')) || (scheme === 'http' && rawHost.endsWith(':80')) ? hostname(rawHost) : rawHost;
  return { ok: true, origin: `${scheme}://${host}`, host: rawHost };
}
