/**
 * The origin's response cache: each view (page, embed, image, oEmbed answer, download, feed) is rendered
 * once per data version and then served from memory, compressed once (gzip and brotli), with its ETag
 * answered by 304. What makes a response cacheable is what the app already says in its headers: a 200
 * with `Cache-Control: public` (or `s-maxage`), no `Set-Cookie`, and no `Vary` on anything the key does
 * not hold. So /api/health (no-store), error pages and anything private go through untouched.
 *
 * Freshness. An entry is valid while the data folder's version (lib/data/data-version: any session file
 * added, changed or removed, themes, calendar) is the one it was rendered under; the version is re-read
 * when the folder reports a change and every 5 s regardless, and the version a render belongs to is taken before the render starts, so a file
 * that changes mid-render is re-rendered on the next request. A version change is never served stale: the
 * next request waits for the new render (concurrent ones share it). Entries are also re-rendered after
 * `ttlMs` even when the version has not changed (served stale for that one refresh), so nothing outlives
 * 60 s whatever the detection misses. `immutable` responses (hashed build assets) ignore both.
 *
 * Pages: the copy is shared by every reader, so the per-request CSP nonce it was rendered with is removed
 * and replaced by a policy listing the SHA-256 hashes of its inline scripts (lib/security).
 */
import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { hashedContentSecurityPolicy, inlineScriptHashes } from '@/lib/security';

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

/** Request headers a response may vary on besides the URL: Next's router headers (RSC payloads). */
export const KEY_HEADERS = ['rsc', 'next-router-prefetch', 'next-router-state-tree', 'next-router-segment-prefetch', 'next-url'] as const;
/** Vary values the key already covers (Accept-Encoding: every encoding is kept). */
const VARY_COVERED = new Set<string>([...KEY_HEADERS, 'accept-encoding']);
/** Response headers not stored: hop-by-hop, or rewritten per answer. */
const DROP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding', 'date', 'set-cookie']);
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|atom\+xml|rss\+xml|manifest\+json|json\+oembed)|image\/svg\+xml)/;

export interface Upstream {
  status: number;
  headers: Record<string, string[]>;
  body: Buffer;
  /** A page's RSC payload, taken out of its HTML (server/defer-scripts.ts). */
  payload?: { hash: string; body: Buffer };
}

export interface Entry {
  status: number;
  headers: [string, string][];
  identity: Buffer;
  gzip: Buffer | null;
  br: Buffer | null;
  etag: string;
  version: string;
  immutable: boolean;
  storedAt: number;
  bytes: number;
}

export function cacheKey(origin: string, url: string, headers: IncomingHttpHeaders): string {
  let key = `${origin}${url}`;
  for (const h of KEY_HEADERS) {
    const v = headers[h];
    if (v !== undefined) key += `|${h}=${Array.isArray(v) ? v.join(',') : v}`;
  }
  return key;
}

function one(headers: Record<string, string[]>, name: string): string | undefined {
  return headers[name]?.join(', ');
}

/** Whether the app allows a shared cache to keep this response. */
export function isCacheable(up: Upstream): boolean {
  if (up.status !== 200) return false;
  if (up.headers['set-cookie']) return false;
  const cc = (one(up.headers, 'cache-control') ?? '').toLowerCase();
  if (!/\bpublic\b|s-maxage/.test(cc) || /no-store|private|no-cache/.test(cc)) return false;
  const vary = (one(up.headers, 'vary') ?? '')
    .toLowerCase()
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  return vary.every((v) => VARY_COVERED.has(v));
}

/**
 * A page rendered with a per-request nonce, made fit for every reader: the nonce attributes removed, the
 * CSP's nonce policy replaced by one with the hashes of the inline scripts. Other policies (the
 * `frame-ancestors 'none'` next.config.ts adds) are kept as they are.
 */
/** The script nonce a page's Content-Security-Policy header values name, if any. */
export function cspNonce(csp: readonly string[]): string | undefined {
  return csp.map((p) => /'nonce-([A-Za-z0-9+/=_-]+)'/.exec(p)?.[1]).find(Boolean);
}

export function withScriptHashes(html: string, csp: string[]): { html: string; csp: string[] } {
  const policies = csp.flatMap((v) => v.split(',')).map((p) => p.trim()).filter(Boolean);
  const nonce = cspNonce(policies);
  if (!nonce) return { html, csp };
  // The attributes, then the value wherever else it is (the RSC payload repeats it as a prop): the copy is
  // then the same bytes on every render of the same data, so its ETag is stable across re-renders.
  const out = html.split(` nonce="${nonce}"`).join('').split(nonce).join('');
  const hashed = hashedContentSecurityPolicy(inlineScriptHashes(out));
  return { html: out, csp: policies.map((p) => (p.includes("'nonce-") ? hashed : p)) };
}

export async function makeEntry(up: Upstream, version: string, now: number): Promise<Entry> {
  const type = one(up.headers, 'content-type') ?? '';
  let body = up.body;
  const headers: [string, string][] = [];
  let csp = up.headers['content-security-policy'] ?? [];
  let rewritten = false;
  if (type.startsWith('text/html') && csp.some((p) => p.includes("'nonce-"))) {
    const fixed = withScriptHashes(body.toString('utf8'), csp);
    body = Buffer.from(fixed.html, 'utf8');
    csp = fixed.csp;
    rewritten = true;
  }
  for (const [name, values] of Object.entries(up.headers)) {
    if (DROP.has(name) || name === 'content-security-policy' || (rewritten && name === 'etag')) continue;
    for (const v of values) headers.push([name, v]);
  }
  for (const p of csp) headers.push(['content-security-policy', p]);
  const compress = COMPRESSIBLE.test(type) && body.length >= 512;
  const [gz, br] = compress
    ? await Promise.all([
        // Compressed once per entry, so the smallest output is worth its milliseconds.
        gzip(body, { level: 9 }),
        brotli(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
      ])
    : [null, null];
  // A rewritten page gets a strong ETag of the bytes it now is (the app's weak one covers fewer files
  // than the data version); other responses keep the app's.
  const upstreamEtag = rewritten ? undefined : one(up.headers, 'etag');
  const etag = upstreamEtag ?? `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  if (!upstreamEtag) headers.push(['etag', etag]);
  const cc = (one(up.headers, 'cache-control') ?? '').toLowerCase();
  return {
    status: up.status,
    headers,
    identity: body,
    gzip: gz,
    br,
    etag,
    version,
    immutable: /\bimmutable\b/.test(cc),
    storedAt: now,
    bytes: body.length + (gz?.length ?? 0) + (br?.length ?? 0) + 512,
  };
}

/** The encoding to send: brotli, then gzip, when the client accepts it (q=0 refuses). */
export function pickEncoding(acceptEncoding: string | undefined, entry: Entry): 'br' | 'gzip' | 'identity' {
  if (!acceptEncoding || !entry.gzip) return 'identity';
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
    accepted.set(name!.trim(), q === undefined ? 1 : Number(q));
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (entry.br && ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return 'identity';
}

/** Whether If-None-Match names this entry (weak comparison, as for GET). */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = etag.replace(/^W\//, '');
  return ifNoneMatch.split(',').some((t) => {
    const tag = t.trim();
    return tag === '*' || tag.replace(/^W\//, '') === bare;
  });
}

export interface CacheOptions {
  maxBytes: number;
  ttlMs: number;
}

/** Entries by key, least recently used first; bounded by total bytes. */
export class ResponseCache {
  private entries = new Map<string, Entry>();
  private total = 0;
  constructor(readonly options: CacheOptions) {}

  get size(): number {
    return this.entries.size;
  }

  get bytes(): number {
    return this.total;
  }

  /** The entry and whether it may be served as is ('fresh'), served while refreshed ('stale'), or not at all. */
  lookup(key: string, version: string, now: number): { entry: Entry; state: 'fresh' | 'stale' } | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (entry.immutable) return { entry, state: 'fresh' };
    if (entry.version !== version) {
      this.delete(key);
      return null;
    }
    // LRU: a hit moves the entry to the end.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return { entry, state: now - entry.storedAt < this.options.ttlMs ? 'fresh' : 'stale' };
  }

  set(key: string, entry: Entry): void {
    if (entry.bytes > this.options.maxBytes / 4) return;
    this.delete(key);
    this.entries.set(key, entry);
    this.total += entry.bytes;
    for (const [k] of this.entries) {
      if (this.total <= this.options.maxBytes) break;
      this.delete(k);
    }
  }

  delete(key: string): void {
    const e = this.entries.get(key);
    if (!e) return;
    this.entries.delete(key);
    this.total -= e.bytes;
  }
}
