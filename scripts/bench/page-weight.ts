/**
 * Page weight as served: Next 16 with Turbopack prints no bundle sizes, so the JavaScript is measured from
 * the HTML the server sends. Sizes are gzip -9 (node:zlib level 9), each file compressed on its own, as a
 * browser would receive it from a compressing proxy.
 */
import { gzipSync } from 'node:zlib';
import { get } from './processes';

export const gz = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;

export interface PageWeight {
  /** The URL asked for and the one answered (after redirects). */
  requested: string;
  url: string;
  status: number;
  htmlBytes: number;
  htmlGz: number;
  /** External <script src> chunks, each fetched and gzipped. */
  chunks: { src: string; bytes: number; gz: number; noModule: boolean }[];
  chunksGz: number;
  /** Inline <script> bodies (already inside the HTML figure too), gzipped together. */
  inlineCount: number;
  inlineGz: number;
  /**
   * JavaScript files a modern browser downloads, gzipped: the external chunks without the `noModule`
   * polyfill (only browsers without ES modules fetch it). Inline scripts (Next's RSC payload, our
   * pre-paint script) are bytes of the HTML and counted there, not twice.
   */
  jsGz: number;
  /** Of the chunks, those the page loads on the reader's first interaction (server/defer-scripts.ts). */
  deferredCount: number;
  /** The RSC payload the page fetches then (/_hkmr/payload/…), gzipped; null when the page has none. */
  payloadGz: number | null;
  /** `noModule` chunks left out of jsGz. */
  noModuleGz: number;
  scriptCount: number;
  html: string;
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const SRC = /\bsrc\s*=\s*"([^"]+)"/i;

/** Every <script> of a page, external (src) or inline; not JSON data blocks, which never run. */
export function scriptsOf(html: string): { src: string | null; body: string; noModule: boolean }[] {
  return [...html.matchAll(SCRIPT)].filter((m) => !/\btype="application\/json"/i.test(m[1] ?? '')).map((m) => ({
    src: SRC.exec(m[1] ?? '')?.[1]?.replaceAll('&amp;', '&') ?? null,
    body: m[2] ?? '',
    noModule: /\bnomodule\b/i.test(m[1] ?? ''),
  }));
}

/** The HTML without its <script> elements: the markup a user agent renders. */
export function markupOf(html: string): string {
  return html.replace(SCRIPT, '');
}

export async function measurePage(url: string): Promise<PageWeight | null> {
  const page = await get(url);
  if (page.status === 404) return null;
  if (page.status !== 200) throw new Error(`${url} answered ${page.status}`);
  const html = page.body.toString('utf8');
  // JSON data blocks are not scripts; the boot block lists the scripts the page loads on intent.
  const scripts = scriptsOf(html);
  const boot = /<script type="application\/json" id="hkmr-boot"[^>]*>([^<]*)<\/script>/.exec(html)?.[1];
  const deferred = boot ? (JSON.parse(boot) as { scripts: string[]; payload: string | null }) : null;
  const srcs = [...new Set([...scripts.flatMap((s) => (s.src ? [s.src] : [])), ...(deferred?.scripts ?? [])])];
  let payloadGz: number | null = null;
  if (deferred?.payload) {
    const res = await get(new URL(deferred.payload, page.url).href);
    if (res.status !== 200) throw new Error(`${deferred.payload} (from ${page.url}) answered ${res.status}`);
    payloadGz = gz(res.body);
  }
  const noModule = new Set(scripts.flatMap((s) => (s.src && s.noModule ? [s.src] : [])));
  const chunks = await Promise.all(
    srcs.map(async (src) => {
      const res = await get(new URL(src, page.url).href);
      if (res.status !== 200) throw new Error(`${src} (from ${page.url}) answered ${res.status}`);
      return { src, bytes: res.body.length, gz: gz(res.body), noModule: noModule.has(src) };
    }),
  );
  const inline = scripts.filter((s) => !s.src && s.body.trim() !== '');
  const inlineGz = inline.length > 0 ? gz(inline.map((s) => s.body).join('\n')) : 0;
  const chunksGz = chunks.reduce((a, c) => a + (c.noModule ? 0 : c.gz), 0);
  const noModuleGz = chunks.reduce((a, c) => a + (c.noModule ? c.gz : 0), 0);
  return {
    requested: url,
    url: page.url,
    status: page.status,
    htmlBytes: page.body.length,
    htmlGz: gz(page.body),
    chunks,
    chunksGz,
    inlineCount: inline.length,
    inlineGz,
    jsGz: chunksGz,
    deferredCount: deferred?.scripts.length ?? 0,
    payloadGz,
    noModuleGz,
    scriptCount: srcs.length - noModule.size + inline.length,
    html,
  };
}

export interface TileCount {
  /** Tiles in the rendered markup (outside <script>). */
  markup: number;
  /** Tile markers inside <script> elements (the RSC payload): 0 when the markup is not sent twice. */
  inScripts: number;
  /** Whether the page has the heatmap section at all. */
  heatmap: boolean;
}

/**
 * The heatmap's tiles are <li>s with the id `t` + the stock's code (lib/heatmap/tile-id.ts). Counted in the
 * server HTML, and separately inside the scripts: a tile's id there (escaped in the RSC payload) would mean
 * the markup is serialised twice.
 */
export function countTiles(html: string): TileCount {
  const markup = markupOf(html);
  const heatmap = /data-testid="heatmap"/.test(markup);
  const tiles = markup.match(/<li\b[^>]*\sid="t\d{5}"/g)?.length ?? 0;
  const inScripts = scriptsOf(html).reduce((n, s) => n + (s.body.match(/id=\\*"t\d{5}\\*"/g)?.length ?? 0), 0);
  return { markup: tiles, inScripts, heatmap };
}
