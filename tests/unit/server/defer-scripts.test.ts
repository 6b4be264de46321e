import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BOOT_ID, deferScripts, PAYLOAD_PATH } from '../../../server/defer-scripts';

// A page in the shape `next start` writes it (Next 16, Turbopack, a CSP nonce), cut down by hand.
const NONCE = 'MzkwYTk0NmMtZDRh';
const PAGE = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  `<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/late.js"/>`,
  `<script src="/_next/static/chunks/runtime.js" async="" nonce="${NONCE}"></script>`,
  `<script src="/_next/static/chunks/react-dom.js" async="" nonce="${NONCE}"></script>`,
  `<script nonce="${NONCE}">(function(){applyTheme()})();</script>`,
  `<script src="/_next/static/chunks/polyfill.js" noModule="" nonce="${NONCE}"></script>`,
  '</head><body><main><h1>Hong Kong close</h1><p>The Hang Seng Index rose 0.62%.</p></main>',
  `<script nonce="${NONCE}" id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]});</script>`,
  `<script src="/_next/static/chunks/late.js" nonce="${NONCE}" async=""></script>`,
  `<script nonce="${NONCE}">(self.__next_f=self.__next_f||[]).push([0])</script>`,
  `<script nonce="${NONCE}">self.__next_f.push([1,"0:{\\"a\\":1}\\n:HL[\\"/x.css\\",\\"style\\",{\\"nonce\\":\\"${NONCE}\\"}]\\n2:[\\"$\\",\\"script\\",null,{\\"src\\":\\"/y.js\\",\\"nonce\\":\\"${NONCE}\\",\\"async\\":true}]\\n"])</script>`,
  '</body></html>',
].join('');

function boot(html: string): { scripts: string[]; payload: string | null } {
  const m = new RegExp(`<script type="application/json" id="${BOOT_ID}"(?: nonce="[^"]*")?>([^<]*)</script>`).exec(html);
  if (!m) throw new Error('no boot block');
  return JSON.parse(m[1]!);
}

describe('a page whose scripts wait for the reader (server/defer-scripts)', () => {
  const out = deferScripts(PAGE, '/sessions/2025-05-21?period=1m', NONCE);

  it("lists Next's script files in document order and takes their tags and preloads out", () => {
    expect(boot(out.html).scripts).toEqual(['/_next/static/chunks/runtime.js', '/_next/static/chunks/react-dom.js', '/_next/static/chunks/late.js']);
    expect(out.html).not.toMatch(/<script src="\/_next\/static\/chunks\/(runtime|react-dom|late)\.js"/);
    expect(out.html).not.toContain('rel="preload" as="script"');
  });

  it("gives the boot block the request's nonce, as every <script> of a page served with one must have", () => {
    expect(out.html).toContain(`<script type="application/json" id="${BOOT_ID}" nonce="${NONCE}">`);
  });

  it('keeps the text, the stylesheet, our inline scripts, Turbopack\'s chunk list and the noModule polyfill', () => {
    expect(out.html).toContain('<p>The Hang Seng Index rose 0.62%.</p>');
    expect(out.html).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"');
    expect(out.html).toContain('applyTheme()');
    expect(out.html).toContain('id="_R_"');
    expect(out.html).toContain('src="/_next/static/chunks/polyfill.js" noModule=""');
  });

  it('moves the RSC payload out of the page, as one JSON array of what was pushed, without the nonce', () => {
    expect(out.html).not.toContain('__next_f.push');
    const rows = JSON.parse(out.payload!) as unknown[];
    expect(rows).toEqual([[0], [1, '0:{"a":1}\n:HL["/x.css","style",{}]\n2:["$","script",null,{"src":"/y.js","async":true}]\n']]);
    expect(out.payload).not.toContain(NONCE);
  });

  it('names the payload by the SHA-256 of its bytes and by the page, so a lost copy can be rebuilt', () => {
    const hash = createHash('sha256').update(out.payload!).digest('base64url').slice(0, 22);
    expect(out.hash).toBe(hash);
    expect(boot(out.html).payload).toBe(`${PAYLOAD_PATH}${hash}?page=%2Fsessions%2F2025-05-21%3Fperiod%3D1m`);
  });

  it('writes the same payload for the same page whatever the nonce of the request', () => {
    const other = deferScripts(PAGE.split(NONCE).join('b3RoZXJub25jZQ'), '/sessions/2025-05-21?period=1m', 'b3RoZXJub25jZQ');
    expect(other.hash).toBe(out.hash);
  });

  it('escapes "<" in the boot block, so no URL can close the element', () => {
    const evil = deferScripts(PAGE, '/sessions/</script><script>alert(1)</script>', NONCE);
    expect(evil.html).not.toContain('</script><script>alert(1)');
    expect(boot(evil.html).payload).toContain('%3C%2Fscript%3E');
  });

  it('leaves alone a document without Next scripts, and one already rewritten', () => {
    const plain = '<html><body><p>Embed</p><script>x()</script></body></html>';
    expect(deferScripts(plain, '/embed').html).toBe(plain);
    expect(deferScripts(plain, '/embed').payload).toBeNull();
    expect(deferScripts(out.html, '/sessions/2025-05-21').html).toBe(out.html);
  });
});
