/**
 * The embed page as one HTML string: inline <style>, the chart's inline <svg> scaled to the frame
 * (100vw × 100vh, viewBox), and an attribution link to the permalink. No script, no external resource:
 * the document is complete as sent. Every piece of text is escaped here or in the SVG renderer.
 */
import type { SummaryChartData } from '@/lib/charts/summary';
import { INDEX_NAMES } from '@/lib/config';
import { formatPct } from '@/lib/format';
import { HTML_LANG, type Locale } from '@/lib/i18n/locale';
import { shareText } from '@/lib/i18n/messages/share';
import { industryName } from '@/lib/industries';
import { escapeXml } from '@/lib/share/escape';
import type { Theme, ThemeChoice } from '@/lib/share/embed-options';

const COLORS = {
  light: { bg: '#ffffff', text: '#14171c', muted: '#545b66', link: '#1f5694' },
  dark: { bg: '#171b21', text: '#e8eaed', muted: '#a3abb7', link: '#8fbaf0' },
} as const;

function colors(theme: Theme): string {
  const c = COLORS[theme];
  return `html,body{background:${c.bg};color:${c.text}}footer{color:${c.muted}}a{color:${c.link}}`;
}

/**
 * `auto`: light colours, and dark ones under `prefers-color-scheme: dark`; the chart is in the document
 * twice (light and dark drawings) and the media query shows one. No script decides anything.
 */
function style(theme: ThemeChoice): string {
  const base =
    `html,body{margin:0;height:100%}` +
    `body{display:flex;flex-direction:column;font:12px/1.3 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;overflow:hidden}` +
    `main{flex:1;min-height:0;display:flex;align-items:center;justify-content:center}` +
    `main svg{display:block;width:100%;height:100%}` +
    `.chart{width:100%;height:100%}` +
    `footer{flex:none;display:flex;justify-content:flex-end;padding:2px 6px 4px}` +
    `a{text-decoration:none}a:hover,a:focus{text-decoration:underline}` +
    `.msg{padding:1em;text-align:center}.msg h1{font-size:1.2em;margin:0 0 .4em}` +
    // Visually hidden, read by screen readers (the values behind the chart).
    `.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}`;
  if (theme !== 'auto') return base + colors(theme);
  return (
    base +
    colors('light') +
    `.chart-dark{display:none}` +
    `@media (prefers-color-scheme:dark){${colors('dark')}.chart-light{display:none}.chart-dark{display:block}}`
  );
}

interface Page {
  title: string;
  theme: ThemeChoice;
  permalink: string | null;
  /** The link text of the attribution. */
  attribution: string;
  /** The edition: `<html lang>` (default English). */
  locale?: Locale;
}

function page(p: Page, body: string): string {
  const link = p.permalink
    ? `<footer><a href="${escapeXml(p.permalink)}" target="_blank" rel="noopener">${escapeXml(p.attribution)}</a></footer>`
    : '';
  return (
    `<!doctype html><html lang="${HTML_LANG[p.locale ?? 'en']}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width,initial-scale=1">` +
    `<meta name="robots" content="noindex">` +
    `<meta name="color-scheme" content="${p.theme === 'auto' ? 'light dark' : p.theme}">` +
    `<title>${escapeXml(p.title)}</title>` +
    (p.permalink ? `<link rel="canonical" href="${escapeXml(p.permalink)}">` : '') +
    `<style>${style(p.theme)}</style></head>` +
    `<body><main>${body}</main>${link}</body></html>`
  );
}

/**
 * The values behind the chart as a visually hidden table (as Datawrapper does): each industry's % change
 * and its advancers and decliners, with the HSI, so a screen reader gets the figures, not only a title.
 */
export function valuesTable(data: SummaryChartData, caption: string, locale: Locale = 'en'): string {
  const t = shareText[locale];
  const rows = data.rows
    .map((r) => `<tr><th scope="row">${escapeXml(industryName(r.industry, locale))}</th><td>${escapeXml(formatPct(r.pct))}</td><td>${r.advancers}</td><td>${r.decliners}</td></tr>`)
    .join('');
  const hsiName = locale === 'en' ? 'Hang Seng Index' : INDEX_NAMES.HSI!.zh;
  const hsi = data.hsiPct === null ? '' : `<tr><th scope="row">${escapeXml(hsiName)}</th><td>${escapeXml(formatPct(data.hsiPct))}</td><td></td><td></td></tr>`;
  return (
    `<table class="sr-only"><caption>${escapeXml(caption)}</caption>` +
    `<thead><tr><th scope="col">${escapeXml(t.industry)}</th><th scope="col">${escapeXml(t.pctChange(t.basis[data.basis]))}</th><th scope="col">${escapeXml(t.advancers)}</th><th scope="col">${escapeXml(t.decliners)}</th></tr></thead>` +
    `<tbody>${hsi}${rows}</tbody></table>`
  );
}

/**
 * The chart page. `svg` must already be escaped markup (the renderers guarantee it); with theme `auto`,
 * `svgDark` is the dark drawing. `table` (valuesTable) describes the values.
 */
export function embedDocument(p: Page & { svg: string; svgDark?: string; table?: string }): string {
  // preserveAspectRatio is the SVG default (xMidYMid meet): the chart scales to the frame, letterboxed.
  const chart =
    p.theme === 'auto' && p.svgDark
      ? `<div class="chart chart-light">${p.svg}</div><div class="chart chart-dark">${p.svgDark}</div>`
      : p.svg;
  return page(p, chart + (p.table ?? ''));
}

/** A message in place of the chart: unknown session, invalid data. */
export function embedMessageDocument(p: Page & { heading: string; message: string }): string {
  return page(p, `<div class="msg" role="alert"><h1>${escapeXml(p.heading)}</h1><p>${escapeXml(p.message)}</p></div>`);
}
