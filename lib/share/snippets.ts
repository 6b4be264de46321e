/**
 * The copy-paste snippets for a session: link, iframe, Markdown image, HTML image. One builder per snippet,
 * shared by the share panel and the oEmbed answer, so what a wiki discovers is what a user would paste.
 */
import type { Locale } from '@/lib/i18n/locale';
import { escapeMarkdownText, escapeXml } from '@/lib/share/escape';
import type { EmbedOptions } from '@/lib/share/embed-options';
import { embedUrl, imageUrl, permalinkUrl } from '@/lib/share/urls';

export interface FrameSize {
  width: number;
  height: number;
}

/**
 * The embed iframe. Sandboxed without allow-scripts (the embed has none); popups are allowed so the
 * attribution link can open the permalink in a new tab. Responsive by itself: as wide as its column, its
 * height from the chart's aspect ratio; where a host strips the style attribute, the width and height
 * attributes still give it a fixed size.
 */
export function iframeSnippet(date: string, options: Partial<EmbedOptions>, size: FrameSize, title: string, baseUrl?: string, locale: Locale = 'en'): string {
  const src = embedUrl(date, options, baseUrl, locale);
  return (
    `<iframe src="${escapeXml(src)}" width="${size.width}" height="${size.height}" title="${escapeXml(title)}"` +
    ` style="border:0;width:100%;height:auto;aspect-ratio:${size.width}/${size.height}" loading="lazy" sandbox="allow-popups allow-popups-to-escape-sandbox"></iframe>`
  );
}

export function markdownImageSnippet(date: string, options: Partial<EmbedOptions>, alt: string, baseUrl?: string, locale: Locale = 'en'): string {
  const chart = options.chart ?? 'summary';
  return `[![${escapeMarkdownText(alt)}](${imageUrl(date, chart, 'svg', options, baseUrl, locale)})](${permalinkUrl(date, baseUrl, locale)})`;
}

export function htmlImageSnippet(date: string, options: Partial<EmbedOptions>, alt: string, size: FrameSize, baseUrl?: string, locale: Locale = 'en'): string {
  const chart = options.chart ?? 'summary';
  const src = imageUrl(date, chart, 'png', options, baseUrl, locale);
  return `<a href="${escapeXml(permalinkUrl(date, baseUrl, locale))}"><img src="${escapeXml(src)}" width="${size.width}" height="${size.height}" alt="${escapeXml(alt)}"></a>`;
}
