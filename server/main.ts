/**
 * `npm start`: the production server. Next's own request handler, with two things in front of it:
 *
 * 1. ALLOWED_HOSTS: a request for a host not listed is refused with 400 before anything runs
 *    (lib/request-origin), so a forged Host can neither reach links nor fill the cache.
 * 2. The response cache (server/response-cache.ts): each view is rendered once per data version and then
 *    served from memory, compressed once. Why a thin server and not Next's own caching: every page is
 *    dynamic (a per-request CSP nonce, links on the request's host, data read at request time), Next's
 *    ISR/`use cache` would need the pages static and a rebuild or a revalidation call per data change, and
 *    `next start` compresses every response anew. Here a change to any data file is seen at once (a watcher, with a re-read every 5 s as fallback),
 *    and a cached session page is served at thousands of requests a second instead of ~30.
 *
 * Misses are rendered by Next on an internal loopback listener (127.0.0.1, a free port), so the cache sees
 * a complete response with its headers; non-GET requests and /api/health go straight to Next.
 *
 *   node dist/server.mjs [-p PORT] [-H HOST]      (built by `npm run build`; PORT works too)
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import nextModule from 'next';
import { siteConfig } from '@/lib/config';
import { versionPoller } from '@/lib/data/data-version';
import { pageDataVersion, renderEnded, renderStarted } from '@/lib/background';
import { LOCALE_HEADER } from '@/lib/i18n/locale';
import { COMMON_HEADERS } from '@/lib/security';
import { originSettingsFromEnv, requestOrigin } from '@/lib/request-origin';
import { asciiHtml } from './ascii-html';
import { deferScripts, PAYLOAD_PATH } from './defer-scripts';
import { cacheKey, cspNonce, isCacheable, makeEntry, matchesEtag, pickEncoding, ResponseCache, type Entry, type Upstream } from './response-cache';

function arg(flag: string, long: string): string | undefined {
  const argv = process.argv.slice(2);
  const i = argv.findIndex((a) => a === flag || a === long);
  return i >= 0 ? argv[i + 1] : undefined;
}

const port = Number(arg('-p', '--port') ?? process.env.PORT ?? 3000);
// Not $HOSTNAME: containers set it to their own name.
const hostname = arg('-H', '--hostname') ?? '0.0.0.0';
const ROOT = path.resolve(import.meta.dirname, '..');
const TTL_MS = 55_000;
const CACHE_MB = Number(process.env.RESPONSE_CACHE_MB ?? 256);

const settings = originSettingsFromEnv();
// Watched, so a write is seen at once; the full re-read (a stat per file) runs every 5 s as a fallback.
const folderVersion = versionPoller(siteConfig.dataDir, 5_000, Date.now, true);
/** What a cached copy of a page was rendered from: the data folder, and for stock pages the recap index too. */
const dataVersion = (url: string) => pageDataVersion(url, folderVersion());
const cache = new ResponseCache({ maxBytes: CACHE_MB * 1024 * 1024, ttlMs: TTL_MS });
const pending = new Map<string, Promise<Upstream>>();
const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
const HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length']);

/** The headers next.config.ts adds to every response, for the answers this server writes itself. */
const COMMON: Record<string, string> = Object.fromEntries(COMMON_HEADERS.map((h) => [h.key.toLowerCase(), h.value]));

/** Paths that must reach the app every time. */
const BYPASS = /^\/api\/health(?:\?|$)/;

type NextFactory = (options: { dev: boolean; dir: string; hostname: string; port: number; customServer: boolean }) => {
  prepare(): Promise<void>;
  getRequestHandler(): (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>;
};
const createNext = ((nextModule as unknown as { default?: NextFactory }).default ?? nextModule) as unknown as NextFactory;

async function main() {
  (process.env as Record<string, string>).NODE_ENV ??= 'production';
  // hostname 'localhost', whatever address the front server listens on: Next builds the URL its proxy sees
  // on `localhost` and compares a proxy rewrite's origin with this one. Any other name makes every rewrite
  // (the /zh-hk/ pages) "external": proxied over HTTP back through the front server and its cache.
  const app = createNext({ dev: false, dir: ROOT, hostname: 'localhost', port, customServer: true });
  await app.prepare();
  const handle = app.getRequestHandler();

  const internal = http.createServer((req, res) => void handle(req, res));
  internal.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => internal.listen(0, '127.0.0.1', resolve));
  const internalPort = (internal.address() as AddressInfo).port;

  function render(req: http.IncomingMessage): Promise<Upstream> {
    return new Promise((resolve, reject) => {
      const headers: http.OutgoingHttpHeaders = { ...req.headers, 'accept-encoding': 'identity' };
      delete headers['if-none-match'];
      delete headers['if-modified-since'];
      delete headers.connection;
      const up = http.request({ host: '127.0.0.1', port: internalPort, method: 'GET', path: req.url, headers, agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          let body = Buffer.concat(chunks);
          let payload: Upstream['payload'];
          // A page's scripts and RSC payload load when the reader first means to interact (server/defer-scripts.ts).
          if ((res.headers['content-type'] ?? '').startsWith('text/html')) {
            const deferred = deferScripts(body.toString('utf8'), req.url ?? '/', cspNonce(res.headersDistinct['content-security-policy'] ?? []));
            // An English page goes out as ASCII bytes, which a browser decodes faster (server/ascii-html.ts).
            body = Buffer.from(asciiHtml(deferred.html), 'utf8');
            if (deferred.payload !== null) payload = { hash: deferred.hash!, body: Buffer.from(deferred.payload, 'utf8') };
          }
          const up: Upstream = { status: res.statusCode ?? 502, headers: res.headersDistinct as Record<string, string[]>, body, payload };
          (payload ? storePayload(payload) : Promise.resolve()).then(() => resolve(up), reject);
        });
        res.on('error', reject);
      });
      up.on('error', reject);
      up.end();
    });
  }

  /**
   * A page's deferred RSC payload, kept under its hash: the same bytes always, so it never goes stale
   * (the cache keeps immutable entries across data versions) and a browser may keep it a year.
   */
  async function storePayload(payload: NonNullable<Upstream['payload']>): Promise<void> {
    const key = `payload:${payload.hash}`;
    if (cache.lookup(key, '', Date.now())) return;
    const headers: Record<string, string[]> = {
      ...Object.fromEntries(Object.entries(COMMON).map(([k, v]) => [k, [v]])),
      'content-type': ['application/json; charset=utf-8'],
      'cache-control': ['public, max-age=31536000, immutable'],
    };
    cache.set(key, await makeEntry({ status: 200, headers, body: payload.body }, '', Date.now()));
  }

  /**
   * GET /_hkmr/payload/<hash>?page=<path>: the payload the loader asks for. One the origin no longer holds
   * (a restart, evicted) is rebuilt by rendering its page again; if the page has changed since (new data),
   * its payload has another hash and this one is gone for good: 404, and the loader reloads the page.
   */
  async function servePayload(req: http.IncomingMessage, res: http.ServerResponse, url: URL, origin: string) {
    const hash = url.pathname.slice(PAYLOAD_PATH.length);
    const key = `payload:${hash}`;
    const wellFormed = /^[A-Za-z0-9_-]{22}$/.test(hash);
    let hit = wellFormed ? cache.lookup(key, '', Date.now()) : null;
    const page = url.searchParams.get('page') ?? '';
    if (!hit && wellFormed && page.startsWith('/') && !page.startsWith('//') && !page.startsWith(PAYLOAD_PATH)) {
      const pageReq = { url: page, headers: { ...req.headers, accept: 'text/html' } } as unknown as http.IncomingMessage;
      await refresh(cacheKey(origin, page, pageReq.headers), pageReq, dataVersion(page));
      hit = cache.lookup(key, '', Date.now());
    }
    if (!hit) {
      res.writeHead(404, { ...COMMON, 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      res.end(`No page payload ${hash}: the page has changed since it was loaded; reload it.\n`);
      return;
    }
    send(req, res, hit.entry, 'HIT');
  }

  /** The entry's headers grouped by name, made once per entry (a hit then only copies an object). */
  const groupedHeaders = new WeakMap<Entry, Record<string, string[]>>();
  function headersOf(entry: Entry): Record<string, string[]> {
    let grouped = groupedHeaders.get(entry);
    if (!grouped) {
      grouped = {};
      for (const [k, v] of entry.headers) (grouped[k] ??= []).push(v);
      if (entry.gzip) {
        const vary = (grouped.vary ?? []).join(', ');
        grouped.vary = [/accept-encoding/i.test(vary) ? vary : vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding'];
      }
      groupedHeaders.set(entry, grouped);
    }
    return grouped;
  }

  function send(req: http.IncomingMessage, res: http.ServerResponse, entry: Entry, state: string) {
    const grouped: Record<string, string[]> = { ...headersOf(entry), 'x-origin-cache': [state] };
    if (matchesEtag(req.headers['if-none-match'], entry.etag)) {
      const keep = ['etag', 'cache-control', 'vary', 'x-origin-cache', 'content-security-policy'];
      res.writeHead(304, Object.fromEntries(Object.entries(grouped).filter(([k]) => keep.includes(k))));
      res.end();
      return;
    }
    const encoding = pickEncoding(req.headers['accept-encoding'], entry);
    const body = encoding === 'br' ? entry.br! : encoding === 'gzip' ? entry.gzip! : entry.identity;
    if (encoding !== 'identity') grouped['content-encoding'] = [encoding];
    grouped['content-length'] = [String(body.length)];
    res.writeHead(entry.status, grouped);
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  function sendUpstream(req: http.IncomingMessage, res: http.ServerResponse, up: Upstream) {
    const headers: Record<string, string[]> = {};
    for (const [k, v] of Object.entries(up.headers)) if (!HOP.has(k)) headers[k] = v;
    headers['content-length'] = [String(up.body.length)];
    headers['x-origin-cache'] = ['BYPASS'];
    res.writeHead(up.status, headers);
    res.end(req.method === 'HEAD' ? undefined : up.body);
  }

  /** One render per key at a time: concurrent misses share it. `version` is taken before it starts. */
  function refresh(key: string, req: http.IncomingMessage, version: string): Promise<Upstream> {
    let p = pending.get(key);
    if (!p) {
      renderStarted();
      p = render(req)
        .then(async (up) => {
          if (isCacheable(up)) cache.set(key, await makeEntry(up, version, Date.now()));
          else cache.delete(key);
          return up;
        })
        .finally(renderEnded);
      pending.set(key, p);
      void p.catch(() => cache.delete(key)).finally(() => pending.delete(key));
    }
    return p;
  }

  const front = http.createServer(async (req, res) => {
    try {
      // The edition is the URL's (proxy.ts sets this header from it): one sent by a client must not reach a
      // route handler that trusts it, or be cached under an English URL.
      delete req.headers[LOCALE_HEADER];
      const origin = requestOrigin(req.headers, settings);
      if (!origin.ok) {
        res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
        res.end(`${origin.message}\n`);
        return;
      }
      if ((req.method !== 'GET' && req.method !== 'HEAD') || BYPASS.test(req.url ?? '')) {
        await handle(req, res);
        return;
      }
      if ((req.url ?? '').startsWith(PAYLOAD_PATH)) {
        await servePayload(req, res, new URL(req.url!, 'http://origin'), origin.origin);
        return;
      }
      const key = cacheKey(origin.origin, req.url ?? '/', req.headers);
      const version = dataVersion(req.url ?? '/');
      const now = Date.now();
      const hit = cache.lookup(key, version, now);
      if (hit) {
        if (hit.state === 'stale') void refresh(key, req, version).catch(() => {});
        send(req, res, hit.entry, hit.state === 'fresh' ? 'HIT' : 'STALE');
        return;
      }
      const joined = pending.has(key);
      const up = await refresh(key, req, version);
      const stored = cache.lookup(key, version, Date.now());
      if (stored) send(req, res, stored.entry, joined ? 'HIT' : 'MISS');
      else if (!joined) sendUpstream(req, res, up);
      // Waited on someone else's render and it cannot be shared (an error page, a redirect): render our own.
      else sendUpstream(req, res, await render(req));
    } catch (error) {
      console.error(JSON.stringify({ event: 'server-error', url: req.url, message: (error as Error).message }));
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      res.end('The page could not be rendered.\n');
    }
  });
  front.keepAliveTimeout = 65_000;
  front.headersTimeout = 66_000;
  await new Promise<void>((resolve) => front.listen(port, hostname, resolve));
  console.log(`> Ready on http://${hostname}:${port} (response cache ${CACHE_MB} MB; data folder watched, re-read every 5 s)`);

  const stop = () => {
    front.close();
    internal.close();
    agent.destroy();
    setTimeout(() => process.exit(0), 2_000).unref();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
