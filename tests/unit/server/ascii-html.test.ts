import { describe, expect, it } from 'vitest';
import { asciiHtml } from '../../../server/ascii-html';

// An English page cut down by hand: a title with "·", a Chinese name in a lang span, "→" in a link,
// "±" and an emoji in an attribute, and a script and a style whose characters must stay as they are; a
// list of 400 tiles in ASCII, as a session page's map is, is most of its bytes.
const ROWS = Array.from({ length: 400 }, (_, i) => `<li aria-label="Stock ${i}, Industrials, +1.23%" id="t${String(i).padStart(5, '0')}"><b>${String(i).padStart(5, '0')}</b></li>`).join('');
const PAGE = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><title>Hong Kong close, Wed 21 May 2025 · HK Market Recap</title>',
  '<style>.next::after{content:"→"}</style>',
  '<script>(function(){document.title.indexOf("·")})()</script></head>',
  `<body><a href="/weeks/2025-W21">Week 21 recap →</a><ul>${ROWS}</ul>`,
  '<p title="±0.5% 📈">Tencent <span lang="zh-Hant">騰訊控股</span> rose 0.68%.</p>',
  '<script type="application/json" id="hkmr-boot">{"note":"→"}</script></body></html>',
].join('');

describe('an English page sent as ASCII bytes (server/ascii-html)', () => {
  const out = asciiHtml(PAGE);

  it('has no byte beyond ASCII outside its scripts and styles', () => {
    const outside = out.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/g, '');
    expect(Buffer.from(outside, 'utf8').every((b) => b < 0x80)).toBe(true);
  });

  it('writes each such character as its numeric reference, in text and in attributes', () => {
    expect(out).toContain('<title>Hong Kong close, Wed 21 May 2025 &#xb7; HK Market Recap</title>');
    expect(out).toContain('Week 21 recap &#x2192;</a>');
    expect(out).toContain('<span lang="zh-Hant">&#x9a30;&#x8a0a;&#x63a7;&#x80a1;</span>');
    // One reference for the emoji's code point, not two for its UTF-16 halves.
    expect(out).toContain('title="&#xb1;0.5% &#x1f4c8;"');
  });

  it('leaves the contents of <script> and <style> alone (a reference is not decoded there)', () => {
    expect(out).toContain('<style>.next::after{content:"→"}</style>');
    expect(out).toContain('<script>(function(){document.title.indexOf("·")})()</script>');
    expect(out).toContain('<script type="application/json" id="hkmr-boot">{"note":"→"}</script>');
  });

  it('reads the same once the references are decoded', () => {
    const decoded = out.replace(/&#x([0-9a-f]+);/g, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
    expect(decoded).toBe(PAGE);
  });

  it('returns a page that is ASCII already unchanged', () => {
    const ascii = '<!DOCTYPE html><html lang="en"><body><p>The Hang Seng Index rose 0.62%.</p></body></html>';
    expect(asciiHtml(ascii)).toBe(ascii);
  });

  it('leaves a Chinese page as it is: references would more than double its text', () => {
    const zh = `<!DOCTYPE html><html lang="zh-Hant-HK"><body><p>${'恒生指數收市升146點或0.62%，報23,827點。'.repeat(50)}</p></body></html>`;
    expect(asciiHtml(zh)).toBe(zh);
  });

  it('leaves a short page with a few such characters as it is when the references would add over 1%', () => {
    const short = '<!DOCTYPE html><html lang="en"><body><p>Tencent <span lang="zh-Hant">騰訊控股</span></p></body></html>';
    expect(asciiHtml(short)).toBe(short);
  });
});
