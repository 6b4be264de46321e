/**
 * The embed page as one HTML string: inline <style>, the chart's inline <svg> scaled to the frame
 * (100vw × 100vh, viewBox), and an attribution link to the permalink. No script, no external resource:
 * the document is complete as sent. Every piece of text is escaped here or in the SVG renderer.
 */
import { escapeXml } from '@/lib/share/escape';
import type { Theme } from '@/lib/share/embed-options';

const COLORS = {
  light: { bg: '#ffffff', text: '#14171c', muted: '#545b66', link: '#1f5694' },
  dark: { bg: '#171b21', text: '#e8eaed', muted: '#a3abb7', link: '#8fbaf0' },
} as const;

function style(theme: Theme): string {
  const c = COLORS[theme];
  return (
    `html,body{margin:0;height:100%;background:${c.bg};color:${c.text}}` +
    `body{display:flex;flex-direction:column;font:12px/1.3 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;overflow:hidden}` +
    `main{flex:1;min-height:0;display:flex;align-items:center;justify-content:center}` +
    `main svg{display:block;width:100%;height:100%}` +
    `footer{flex:none;display:flex;justify-content:flex-end;padding:2px 6px 4px;color:${c.muted}}` +
    `a{color:${c.link};text-decoration:none}a:hover,a:focus{text-decoration:underline}` +
    `.msg{padding:1em;text-align:center}.msg h1{font-size:1.2em;margin:0 0 .4em}`
  );
}

interface Page {
  title: string;
  theme: Theme;
  permalink: string | null;
  /** The link text of the attribution. */
  attribution: string;
}

function page(p: Page, body: string): string {
  const link = p.permalink
    ? `<footer><a href="${escapeXml(p.permalink)}" target="_blank" rel="noopener">${escapeXml(p.attribution)}</a></footer>`
    : '';
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width,initial-scale=1">` +
    `<meta name="robots" content="noindex">` +
    `<title>${escapeXml(p.title)}</title>` +
    (p.permalink ? `<link rel="canonical" href="${escapeXml(p.permalink)}">` : '') +
    `<style>${style(p.theme)}</style></head>` +
    `<body><main>${body}</main>${link}</body></html>`
  );
}

/** The chart page. `svg` must already be escaped markup (the renderers guarantee it). */
export function embedDocument(p: Page & { svg: string }): string {
  // preserveAspectRatio is the SVG default (xMidYMid meet): the chart scales to the frame, letterboxed.
  return page(p, p.svg);
}

/** A message in place of the chart: unknown session, invalid data. */
export function embedMessageDocument(p: Page & { heading: string; message: string }): string {
  return page(p, `<div class="msg" role="alert"><h1>${escapeXml(p.heading)}</h1><p>${escapeXml(p.message)}</p></div>`);
}
