/**
 * The summary chart as a static SVG string: a diverging horizontal bar per industry, the HSI as a dashed
 * reference line, breadth beside each bar. For embeds and images (fixed colours from the palette), and for
 * the page (colours: 'css', so fills follow the convention's CSS variables). All text is escaped.
 */
import { summaryChartInLocale, type SummaryChartData } from '@/lib/charts/summary';
import { formatPct } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locale';
import { shareText } from '@/lib/i18n/messages/share';
import { stepColor, type ColorConvention } from '@/lib/palette';

export interface SummarySvgOptions {
  width?: number;
  height?: number;
  /** A convention for fixed colours, or 'css' for `var(--hm-…)` fills (page use). */
  colors?: ColorConvention | 'css';
  theme?: 'light' | 'dark';
  title?: string;
  /** The edition's words, for images and embeds (the page hands data already in its locale, with `text`). */
  locale?: Locale;
}

const THEMES = {
  light: { bg: '#ffffff', text: '#14171c', muted: '#545b66', grid: '#d9dde3' },
  dark: { bg: '#171b21', text: '#e8eaed', muted: '#a3abb7', grid: '#2e343d' },
} as const;

/** Escapes text for XML element content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Fills `{key}` placeholders of the chart's words. */
function fillWords(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

const r1 = (x: number) => Math.round(x * 10) / 10;

function stepClass(step: number): string {
  return step > 0 ? `s-p${step}` : step < 0 ? `s-m${-step}` : 's-0';
}

export function renderSummarySvg(source: SummaryChartData, options: SummarySvgOptions = {}): string {
  const locale = options.locale ?? 'en';
  const data =
    locale === 'en' || source.text
      ? source
      : summaryChartInLocale(source, locale, source.periodLabel === null ? null : shareText[locale].periodLabel(source.periodLabel));
  const width = options.width ?? 960;
  const narrow = width < 480;
  const n = Math.max(1, data.rows.length);
  const top = 46;
  const bottom = 10;
  const height = options.height ?? top + bottom + n * (narrow ? 26 : 28);
  const colors = options.colors ?? 'hk';
  const theme = THEMES[options.theme ?? 'light'];
  // data.text: the Chinese edition's words (lib/charts/summary.ts summaryChartInLocale); English otherwise.
  const words = data.text;
  const title = options.title ?? words?.title ?? `Industries on ${data.date}: ${data.periodLabel ? `${data.periodLabel} ` : ''}% change (${data.basis})`;
  const css = colors === 'css';
  // Paint for text and lines: CSS variables on the page, fixed colours in images.
  const paint = (kind: 'text' | 'muted' | 'grid', attr: 'fill' | 'stroke' = 'fill') =>
    css ? `style="${attr}:var(--${kind === 'grid' ? 'border' : kind})"` : `${attr}="${theme[kind]}"`;
  const barPaint = (step: number) => (css ? `class="${stepClass(step)}"` : `fill="${stepColor(step, colors as ColorConvention, options.theme ?? 'light')}"`);

  // A halo in the background colour keeps value labels legible where the HSI line crosses them.
  const haloText = `paint-order="stroke" stroke-width="4" stroke-linejoin="round" ${
    css ? 'style="fill:var(--text);stroke:var(--surface)"' : `fill="${theme.text}" stroke="${theme.bg}"`
  }`;
  const labelW = narrow ? 96 : 190;
  const breadthW = narrow ? 58 : 96;
  const x0 = labelW + 8;
  const x1 = width - breadthW - 8;
  // Domain from the data (always including 0), with room for the value labels on the side(s) in use.
  const values = [0, ...data.rows.map((r) => r.pct), data.hsiPct ?? 0];
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (hi - lo < 0.5) [lo, hi] = lo < 0 ? [Math.min(lo, -0.5), hi] : [lo, Math.max(hi, 0.5)];
  const room = narrow ? 46 : 60;
  const px0 = x0 + (lo < 0 ? room : 0);
  const px1 = x1 - (hi > 0 ? room : 0);
  const x = (pct: number) => px0 + ((pct - lo) / (hi - lo)) * (px1 - px0);
  const rowH = (height - top - bottom) / n;
  const font = narrow ? 11 : 13;

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${r1(height)}" width="${width}" height="${r1(height)}" role="img" aria-label="${escapeXml(title)}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif" font-size="${font}">`,
  );
  out.push(`<title>${escapeXml(title)}</title>`);
  out.push(
    `<desc>${escapeXml(
      data.rows
        .map((r) =>
          words
            ? fillWords(words.rowTitle, { name: r.name ?? r.industry, pct: formatPct(r.pct), a: r.advancers, d: r.decliners })
            : `${r.industry} ${formatPct(r.pct)} (${r.advancers} up, ${r.decliners} down)`,
        )
        .join(words ? '；' : '; ') + (data.hsiPct === null ? '' : words ? `。${words.hsi} ${formatPct(data.hsiPct)}。` : `. HSI ${formatPct(data.hsiPct)}.`),
    )}</desc>`,
  );
  if (!css) out.push(`<rect width="${width}" height="${r1(height)}" fill="${theme.bg}"/>`);
  out.push(`<text x="4" y="15" ${paint('muted')} font-size="${font - 1}">${words ? escapeXml(words.caption) : `Industry ${data.periodLabel ? `${escapeXml(data.periodLabel)} ` : ''}% change, ${escapeXml(data.basis)}`}</text>`);
  out.push(`<text x="${width - 4}" y="15" ${paint('muted')} font-size="${font - 1}" text-anchor="end">${escapeXml(narrow ? (words?.breadthNarrow ?? 'up/down') : (words?.breadthWide ?? 'advancers / decliners'))}</text>`);
  const zx = r1(x(0));
  out.push(`<line x1="${zx}" x2="${zx}" y1="${top - 6}" y2="${r1(height - bottom)}" ${paint('grid', 'stroke')}/>`);

  // The HSI line goes under the bars and value labels (their halo keeps them legible where it crosses).
  if (data.hsiPct !== null) {
    const hx = r1(x(data.hsiPct));
    out.push(`<line x1="${hx}" x2="${hx}" y1="${top - 8}" y2="${r1(height - bottom)}" stroke-dasharray="4 3" stroke-width="1.5" ${paint('text', 'stroke')}/>`);
    out.push(`<text x="${hx}" y="${top - 12}" text-anchor="middle" font-size="${font - 1}" font-weight="600" ${paint('text')}>${words ? `${escapeXml(words.hsi)} ` : `HSI ${data.periodLabel ? `${escapeXml(data.periodLabel)} ` : ''}`}${escapeXml(formatPct(data.hsiPct))}</text>`);
  }

  data.rows.forEach((row, i) => {
    const y = top + i * rowH;
    const barY = r1(y + rowH * 0.18);
    const barH = r1(rowH * 0.64);
    const xa = x(Math.min(0, row.pct));
    const xb = x(Math.max(0, row.pct));
    const mid = r1(y + rowH / 2 + font * 0.35);
    const name = narrow ? row.short : (row.name ?? row.industry);
    const rowTitle = words
      ? fillWords(words.rowTitle, { name: row.name ?? row.industry, pct: formatPct(row.pct), a: row.advancers, d: row.decliners })
      : `${row.industry}: ${formatPct(row.pct)}, ${row.advancers} advancers, ${row.decliners} decliners`;
    out.push(`<g><title>${escapeXml(rowTitle)}</title>`);
    out.push(`<text x="${labelW}" y="${mid}" text-anchor="end" ${paint('text')}>${escapeXml(name)}</text>`);
    out.push(`<rect x="${r1(xa)}" y="${barY}" width="${r1(Math.max(1, xb - xa))}" height="${barH}" ${barPaint(row.step)}/>`);
    const valueX = row.pct >= 0 ? r1(xb + 4) : r1(xa - 4);
    out.push(`<text x="${valueX}" y="${mid}" text-anchor="${row.pct >= 0 ? 'start' : 'end'}" font-weight="600" ${haloText}>${escapeXml(formatPct(row.pct))}</text>`);
    out.push(`<text x="${width - 4}" y="${mid}" text-anchor="end" ${paint('muted')}>${row.advancers}/${row.decliners}</text></g>`);
  });

  out.push('</svg>');
  return out.join('');
}
