/**
 * The heatmap's tiles and table rows as HTML strings. The client leaf sets them with
 * dangerouslySetInnerHTML, so React hydrates one element for the whole map instead of ~2,000 nodes
 * (the server HTML already holds the markup; the same function builds the same string on both sides,
 * and React leaves it alone while the string is unchanged). Events are delegated on the map.
 * Every piece of data is escaped: a stock named `<img onerror=…>` stays text.
 */
import { escapeXml } from '@/lib/charts/summary-svg';
import { direction, formatAmountZh, formatCompact, formatPct } from '@/lib/format';
import type { CompactTile } from '@/lib/heatmap/types';
import type { HeatmapClientText } from '@/lib/i18n/messages/heatmap';
import { INDUSTRIES } from '@/lib/industries';
import { tileId } from '@/lib/heatmap/tile-id';

/** The words the markup needs (a part of the client map's strings). */
export type MarkupText = Pick<
  HeatmapClientText,
  'names' | 'stockBase' | 'amounts' | 'industries' | 'tile' | 'tileExtreme' | 'tileListed' | 'tableExtreme'
>;

/** The English words (the markup's default; the same strings the English client map is given). */
const ENGLISH: MarkupText = {
  names: 'en',
  stockBase: '/stocks/',
  amounts: 'en',
  industries: [...INDUSTRIES],
  tile: '{name} ({code}), {industry}, {pct}',
  tileExtreme: ', extreme move: check',
  tileListed: ', listed inside the period',
  tableExtreme: ' (extreme move: check)',
};

/** Fills `{key}` placeholders: fill('{name} ({code})', { name: 'CATL', code: '03750' }). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/**
 * A tile's or row's stock name in the edition: [text, lang]. The Chinese edition shows the Chinese name,
 * or the English one (lang "en") when none is known; the English edition the English name.
 */
export function tileName(t: CompactTile, text: Pick<MarkupText, 'names'>): [string, string | null] {
  if (text.names === 'en') return [t[1], null];
  return t[2] ? [t[2], null] : [t[1], 'en'];
}

const langAttr = (lang: string | null) => (lang ? ` lang="${lang}"` : '');

export function stepClass(step: number): string {
  return step > 0 ? `s-p${step}` : step < 0 ? `s-m${-step}` : 's-0';
}

/** Tiles with an area under the current size measure; the first takes the map's single Tab stop. */
export function firstFocusableTile(tiles: readonly CompactTile[]): number {
  return tiles.findIndex((t) => t[11] > 0 && t[12] > 0);
}

const r2 = (x: number) => Math.round(x * 100) / 100;

/** `inset` (top right bottom left) of a box given as x, y, w, h in % of the map. */
function inset(x: number, y: number, w: number, h: number): string {
  return `${y}% ${r2(100 - x - w)}% ${r2(100 - y - h)}% ${x}%`;
}

/** The class of a tile list the page's head script draws later (lib/heatmap/draw-on-approach.ts). */
export const SLICE_CLASS = 'sl';

/**
 * The tiles, each positioned by plain `inset` percentages: the phone layout in the tile's style attribute,
 * the wide layout in one <style> of id rules inside a container query. No per-tile custom properties: a
 * `calc(var(--x) * 1%)` per tile made the browser substitute and re-parse four values for each of ~500
 * tiles on every style recalculation (a Chromium trace put the map's style cost at about twice that of
 * plain values). Labels neither layout has room for are left out, and only the first tile carries a
 * tabindex (the map's one Tab stop; the map's script sets it on the tile it moves focus to).
 *
 * Each tile is an <li> named by its id alone (tileId): a page of the whole exchange has 2,600 of them, and
 * every attribute is parsed 2,600 times on a phone before the page can respond (the bytes of the tiles
 * are most of that page's HTML).
 *
 * One list per industry, in the tiles' order, inside a group named `listLabel` (the map's accessible name):
 * a screen reader can move from industry to industry. `slices`: the server's HTML marks each list
 * (SLICE_CLASS) so that, with script, the page draws the map a few industries per frame instead of all
 * 2,600 tiles of the whole exchange in the one task that first lays out the page; without script the
 * mark does nothing. Tiles drawn in the browser (a zoom, a client navigation) are never marked.
 *
 * `highlight`: the code of a tile to outline (`?highlight=` on the session page).
 */
export function tilesHtml(
  tiles: readonly CompactTile[],
  highlight: string | null = null,
  text: MarkupText = ENGLISH,
  listLabel = '',
  slices = false,
): string {
  const first = firstFocusableTile(tiles);
  let wide = '';
  // Industry index → its tiles' markup, in the order the industries first appear.
  const lists = new Map<number, string>();
  tiles.forEach((t, i) => {
    // A tile with no area under this size measure (e.g. no turnover) is only in the table.
    if (t[11] <= 0 || t[12] <= 0) return;
    const d = t[17] >> 2;
    const m = t[17] & 3;
    const cls = `t ${stepClass(t[7])} d${d} m${m}${t[8] & 1 ? ' x' : ''}${t[0] === highlight ? ' hl' : ''}`;
    // The visible label may be just the code; the accessible one names the stock, its industry and move.
    const [name, lang] = tileName(t, text);
    const spoken =
      fill(text.tile, { name, code: t[0], industry: text.industries[t[3]] ?? '', pct: formatPct(t[4]) }) +
      (t[8] & 1 ? text.tileExtreme : '') +
      (t[8] & 2 ? text.tileListed : '');
    const id = tileId(t[0]);
    wide += `#${id}{inset:${inset(t[9], t[10], t[11], t[12])}}`;
    // Label levels (lib/heatmap/labels.ts): 1 code, 2 code and %, 3 name and %. The code stays as the tile's
    // visible key even when hidden by the level (tests and find-in-page look for it).
    const pct = d >= 2 || m >= 2 ? `<i>${formatPct(t[4], 1)}</i>` : '';
    const li =
      `<li aria-label="${escapeXml(spoken)}" id="${id}"${i === first ? ' tabindex="0"' : ''} class="${cls}" style="inset:${inset(t[13], t[14], t[15], t[16])}">` +
      `<b>${escapeXml(t[0])}</b>${d === 3 || m === 3 ? `<span${langAttr(lang)}>${escapeXml(name)}</span>` : ''}${pct}</li>`;
    lists.set(t[3], (lists.get(t[3]) ?? '') + li);
  });
  const cls = slices ? ` class="${SLICE_CLASS}"` : '';
  let html = '';
  for (const [industry, items] of lists) html += `<ul role="list" aria-label="${escapeXml(text.industries[industry] ?? '')}"${cls}>${items}</ul>`;
  // !important: the rule must beat the style attribute (the phone layout) when the map is wide. The rules
  // go before the lists (a <ul> holds only <li>s).
  return `<style>@container (min-width: 640px){${wide.replaceAll('}', '!important}')}}</style><div role="group" aria-label="${escapeXml(listLabel)}">${html}</div>`;
}

/** `linkQuery`: appended to each stock link (e.g. `?period=1w`). */
export function tableRowsHtml(tiles: readonly CompactTile[], linkQuery = '', text: MarkupText = ENGLISH): string {
  let html = '';
  for (const t of tiles) {
    // English: the English name, then the Chinese one (lang="zh-Hant") where known. Chinese: tileName.
    const [name, lang] = tileName(t, text);
    const zh = text.names === 'en' && t[2] ? `<span class="zh" lang="zh-Hant"> ${escapeXml(t[2])}</span>` : '';
    const extreme = t[8] & 1 ? text.tableExtreme : '';
    const href = `${text.stockBase}${escapeXml(t[0])}${escapeXml(linkQuery)}`;
    const turnover = t[6] === null ? '–' : text.amounts === 'zh' ? formatAmountZh(t[6]) : formatCompact(t[6]);
    html +=
      `<tr><td>${escapeXml(text.industries[t[3]] ?? '')}</td><td class="code"><a href="${href}">${escapeXml(t[0])}</a></td>` +
      `<td><a href="${href}"${langAttr(lang)}>${escapeXml(name)}</a>${zh}${extreme}</td><td class="num ${direction(t[4])}">${formatPct(t[4])}</td>` +
      `<td class="num">${turnover}</td></tr>`;
  }
  return html;
}
