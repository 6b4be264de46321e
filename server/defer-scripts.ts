/**
 * Hydrate on intent (the server half; lib/hydrate-on-intent.ts is the browser half).
 *
 * A page's HTML is complete: every number, sentence, link and tile is in it, and it reads and navigates
 * with no script at all (the embed proves it). What Next's scripts add are the interactive leaves (the
 * map's tooltip and keyboard walk, the table toggle, the copy buttons, the chart explorers, the search
 * suggestions, client-side navigation). Starting them costs a phone hundreds of milliseconds of main
 * thread (compiling React and Next's runtime, decoding the page's RSC payload, hydrating ~1,000 elements)
 * while the reader is still reading the first screen, and the RSC payload that feeds them is half the
 * page's bytes (~160 KB of the session page's ~350 KB).
 *
 * So the origin takes both out of a page: Next's script tags (their URLs are listed, in order, in a JSON
 * block) and the inline pushes of the RSC payload to self.__next_f (kept by the origin and served at a
 * content-addressed URL, /_hkmr/payload/<hash>). The page's own small loader (in the layout's <head>)
 * fetches the payload and inserts the scripts the first time the reader shows intent to interact (a pointer
 * over the page, a touch, a key, focus), and replays what happened before hydration finished. A reader who
 * only reads never pays for them.
 *
 * Turbopack's chunk list and our own inline scripts stay; the noModule polyfill never runs in a modern
 * browser anyway.
 */
import { createHash } from 'node:crypto';
import { BOOT_ID, PAYLOAD_PATH } from '@/lib/hydrate-on-intent';

export { BOOT_ID, PAYLOAD_PATH };

export interface Boot {
  /** Next's script files, in document order. */
  scripts: string[];
  /** The payload's URL, or null when the page had none. */
  payload: string | null;
}

export interface Deferred {
  html: string;
  /** The RSC payload as one JSON array of what Next pushed to self.__next_f, in order; null if none. */
  payload: string | null;
  /** Its hash (the last segment of its URL). */
  hash: string | null;
}

const SCRIPT_TAG = /<script\b([^>]*)><\/script>/gi;
const PRELOAD_TAG = /<link\b(?=[^>]*\brel="preload")(?=[^>]*\bas="script")[^>]*\bhref="\/_next\/static\/[^"]+"[^>]*\/?>/gi;
const PAYLOAD_TAG = /<script(?: nonce="[^"]*")?>(?:\(self\.__next_f=self\.__next_f\|\|\[\]\)|self\.__next_f)\.push\((\[[\s\S]*?\])\)<\/script>/g;

/** The payload's hash: 22 characters of base64url SHA-256. */
export function payloadHash(payload: string): string {
  return createHash('sha256').update(payload, 'utf8').digest('base64url').slice(0, 22);
}

/**
 * The page with Next's scripts and RSC payload deferred. `page` is the page's own path and query (the
 * payload URL names it, so a payload the origin no longer holds can be rebuilt). A document that is not a
 * Next page (no script of /_next/static/), or is one already rewritten, comes back unchanged. `nonce` is
 * the request's CSP nonce: it is taken out of the payload, which is shared by every reader of the page (the
 * served copy of a page drops it too, server/response-cache.ts), so the same page always has the same hash.
 */
export function deferScripts(html: string, page: string, nonce?: string): Deferred {
  const unchanged: Deferred = { html, payload: null, hash: null };
  // Next's error shell (a notFound() raised while rendering, as on /stocks/99999) has an empty body: its
  // content exists only in the payload, so it must hydrate at once.
  if (html.includes(`id="${BOOT_ID}"`) || html.includes('<html id="__next_error__"') || html.lastIndexOf('</body>') < 0) return unchanged;
  const scripts: string[] = [];
  let out = html.replace(SCRIPT_TAG, (tag, attrs: string) => {
    const src = /\bsrc="(\/_next\/static\/[^"]+\.js)"/.exec(attrs)?.[1];
    if (!src || /\bnomodule\b/i.test(attrs)) return tag;
    if (!scripts.includes(src)) scripts.push(src);
    return '';
  });
  if (scripts.length === 0) return unchanged;
  const pushes: string[] = [];
  out = out.replace(PRELOAD_TAG, '').replace(PAYLOAD_TAG, (_tag, json: string) => {
    pushes.push(json);
    return '';
  });
  const payload = pushes.length > 0 ? withoutNonce(`[${pushes.join(',')}]`, nonce) : null;
  const hash = payload === null ? null : payloadHash(payload);
  const boot: Boot = { scripts, payload: hash === null ? null : `${PAYLOAD_PATH}${hash}?page=${encodeURIComponent(page)}` };
  // JSON in a non-script type: never executed; "<" escaped so no value can close the element.
  const block = `<script type="application/json" id="${BOOT_ID}"${nonce ? ` nonce="${nonce}"` : ''}>${JSON.stringify(boot).replace(/</g, '\\u003c')}</script>`;
  const at = out.lastIndexOf('</body>');
  return { html: `${out.slice(0, at)}${block}${out.slice(at)}`, payload, hash };
}

/** The payload (JSON text of RSC rows) without the request's nonce: `"nonce":"…"` props go, with their comma. */
function withoutNonce(payload: string, nonce: string | undefined): string {
  if (!nonce) return payload;
  const prop = `\\"nonce\\":\\"${nonce}\\"`;
  return payload.split(`,${prop}`).join('').split(`${prop},`).join('').split(prop).join('').split(nonce).join('');
}
