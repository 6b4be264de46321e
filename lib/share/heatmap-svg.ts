/**
 * The heatmap as a static SVG string, for embeds and images: the layout and label levels of
 * lib/heatmap (heatmapData's wide layout), drawn as rectangles and text in a convention's fixed colours.
 * A title band on top names the session and the size measure. All text is escaped.
 */
import { formatPct } from '@/lib/format';
import { estimateTextWidth } from '@/lib/heatmap/labels';
import { HEATMAP_BOXES, INDUSTRY_SHORT, type HeatmapData } from '@/lib/heatmap/types';
import type { Locale } from '@/lib/i18n/locale';
import { INDUSTRIES, industryName } from '@/lib/industries';
import { stepColor, type ColorConvention } from '@/lib/palette';
import { escapeXml } from '@/lib/share/escape';
import { CHART_SIZES, type Theme } from '@/lib/share/embed-options';

export interface HeatmapSvgOptions {
  colors: ColorConvention;
  theme: Theme;
  /** Accessible name (<title> and aria-label). */
  title: string;
  /** Text of the band above the map. */
  caption: string;
  /** The edition of the names on the map: Chinese industry names, and a stock's Chinese name where known. */
  locale?: Locale;
}

export const SVG_THEMES = {
  light: { bg: '#ffffff', text: '#14171c', muted: '#545b66', onStrong: '#ffffff', onFaint: '#14171c' },
  dark: { bg: '#171b21', text: '#e8eaed', muted: '#a3abb7', onStrong: '#ffffff', onFaint: '#14171c' },
} as const;

export const HEATMAP_BAND = CHART_SIZES.heatmap.height - HEATMAP_BOXES.d.height;

const r1 = (x: number) => Math.round(x * 10) / 10;

export function renderHeatmapSvg(data: HeatmapData, options: HeatmapSvgOptions): string {
  const { width, height } = CHART_SIZES.heatmap;
  const box = HEATMAP_BOXES.d;
  const theme = SVG_THEMES[options.theme];
  // Boxes are in % of the wide layout box; the map sits under the title band.
  const sx = (pct: number) => r1((pct / 100) * box.width);
  const sy = (pct: number) => r1(HEATMAP_BAND + (pct / 100) * box.height);
  const sh = (pct: number) => r1((pct / 100) * box.height);

  const zh = (options.locale ?? 'en') !== 'en';
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeXml(options.title)}"` +
      ` font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif" font-size="${box.fontSize}">`,
    `<title>${escapeXml(options.title)}</title>`,
    `<rect width="${width}" height="${height}" fill="${theme.bg}"/>`,
    `<text x="4" y="${HEATMAP_BAND - 10}" fill="${theme.muted}" font-size="13">${escapeXml(options.caption)}</text>`,
  ];

  for (const t of data.tiles) {
    const [code, nameEn, nameZh, , pct, , , step, , dx, dy, dw, dh] = t;
    const name = zh && nameZh ? nameZh : nameEn;
    if (dw <= 0 || dh <= 0) continue;
    const x = sx(dx);
    const y = sy(dy);
    const w = sx(dw);
    const h = sh(dh);
    const level = t[17] >> 2;
    // The page's rule (heatmap.css): white only on steps 4–6, where the palette keeps it at ≥ 4.5:1.
    const ink = Math.abs(step) >= 4 ? theme.onStrong : step === 0 ? theme.text : theme.onFaint;
    out.push(`<g><title>${escapeXml(`${code} ${name}: ${formatPct(pct)}`)}</title>`);
    out.push(`<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${stepColor(step, options.colors, options.theme)}" stroke="${theme.bg}" stroke-width="0.75"/>`);
    const cx = r1(x + w / 2);
    const line = box.fontSize * 1.2;
    if (level === 1) {
      out.push(`<text x="${cx}" y="${r1(y + h / 2 + box.fontSize * 0.35)}" text-anchor="middle" font-weight="700" fill="${ink}">${escapeXml(code)}</text>`);
    } else if (level >= 2) {
      const top = r1(y + h / 2 - line / 2 + box.fontSize * 0.35);
      // A Chinese name is measured on its own (the level was chosen for the English one).
      const first = level === 3 && (!zh || estimateTextWidth(name, box.fontSize) <= w - 6) ? name : code;
      out.push(`<text x="${cx}" y="${top}" text-anchor="middle" font-weight="700" fill="${ink}">${escapeXml(first)}</text>`);
      out.push(`<text x="${cx}" y="${r1(top + line)}" text-anchor="middle" fill="${ink}">${escapeXml(formatPct(pct, 1))}</text>`);
    }
    out.push('</g>');
  }

  for (const g of data.groups) {
    const industry = INDUSTRIES[g.i] ?? '';
    const level = g.l >> 2;
    const pct = g.p === null ? '' : formatPct(g.p);
    // Chinese names are about as short as the English abbreviations: the name and % where they fit, else the %.
    const label = level === 2 ? industry : level === 1 ? INDUSTRY_SHORT[industry as keyof typeof INDUSTRY_SHORT] : '';
    const room = sx(g.d[2]) - 6;
    const zhText = [[industryName(industry, 'zh-hk'), pct].filter(Boolean).join(' '), pct].find((s) => s && estimateTextWidth(s, box.headerFontSize) <= room);
    const text = zh ? (zhText ?? '') : [label, pct].filter(Boolean).join(' ');
    // A header that would spill past its block (a sliver of an industry) is left out; the tiles still say it.
    if (!text || estimateTextWidth(text, box.headerFontSize) > room) continue;
    out.push(
      `<text x="${r1(sx(g.d[0]) + 3)}" y="${r1(sy(g.d[1]) + box.headerHeight - 6)}" font-size="${box.headerFontSize}" font-weight="700" fill="${theme.text}">${escapeXml(text)}</text>`,
    );
  }
  out.push('</svg>');
  return out.join('');
}
