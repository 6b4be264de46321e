/**
 * The heatmap's tiles and table rows as HTML strings. The client leaf sets them with
 * dangerouslySetInnerHTML, so React hydrates one element for the whole map instead of ~2,000 nodes
 * (the server HTML already holds the markup; the same function builds the same string on both sides,
 * and React leaves it alone while the string is unchanged). Events are delegated on the map.
 * Every piece of data is escaped: a stock named `<img onerror=…>` stays text.
 */
import { escapeXml } from '@/lib/charts/summary-svg';
import { direction, formatCompact, formatPct } from '@/lib/format';
import type { CompactTile } from '@/lib/heatmap/types';
import { INDUSTRIES } from '@/lib/industries';

export function stepClass(step: number): string {
  return step > 0 ? `s-p${step}` : step < 0 ? `s-m${-step}` : 's-0';
}

/** Tiles with an area under the current size measure; the first takes the map's single Tab stop. */
export function firstFocusableTile(tiles: readonly CompactTile[]): number {
  return tiles.findIndex((t) => t[11] > 0 && t[12] > 0);
}

/** `highlight`: the code of a tile to outline (`?highlight=` on the session page). */
export function tilesHtml(tiles: readonly CompactTile[], highlight: string | null = null): string {
  const first = firstFocusableTile(tiles);
  let html = '';
  tiles.forEach((t, i) => {
    // A tile with no area under this size measure (e.g. no turnover) is only in the table.
    if (t[11] <= 0 || t[12] <= 0) return;
    const d = t[17] >> 2;
    const m = t[17] & 3;
    const style = `--dx:${t[9]};--dy:${t[10]};--dw:${t[11]};--dh:${t[12]};--mx:${t[13]};--my:${t[14]};--mw:${t[15]};--mh:${t[16]}`;
    const cls = `t ${stepClass(t[7])} d${d} m${m}${t[8] & 1 ? ' x' : ''}${t[0] === highlight ? ' hl' : ''}`;
    // The visible label may be just the code; the accessible one names the stock, its industry and move.
    const label = `${t[1]} (${t[0]}), ${INDUSTRIES[t[3]] ?? ''}, ${formatPct(t[4])}${t[8] & 1 ? ', extreme move: check' : ''}`;
    html +=
      `<div role="listitem" aria-label="${escapeXml(label)}" data-i="${i}" data-ref="stock:${escapeXml(t[0])}" tabindex="${i === first ? 0 : -1}" class="${cls}" style="${style}">` +
      `<b>${escapeXml(t[0])}</b>${d === 3 || m === 3 ? `<span>${escapeXml(t[1])}</span>` : ''}<i>${formatPct(t[4], 1)}</i></div>`;
  });
  return html;
}

/** `linkQuery`: appended to each stock link (e.g. `?period=1w`). */
export function tableRowsHtml(tiles: readonly CompactTile[], linkQuery = ''): string {
  let html = '';
  for (const t of tiles) {
    const zh = t[2] ? `<span class="zh" lang="zh-Hant"> ${escapeXml(t[2])}</span>` : '';
    const extreme = t[8] & 1 ? ' (extreme move: check)' : '';
    html +=
      `<tr><td>${escapeXml(INDUSTRIES[t[3]] ?? '')}</td><td class="code"><a href="/stocks/${escapeXml(t[0])}${escapeXml(linkQuery)}">${escapeXml(t[0])}</a></td>` +
      `<td><a href="/stocks/${escapeXml(t[0])}${escapeXml(linkQuery)}">${escapeXml(t[1])}</a>${zh}${extreme}</td><td class="num ${direction(t[4])}">${formatPct(t[4])}</td>` +
      `<td class="num">${t[6] === null ? '–' : formatCompact(t[6])}</td></tr>`;
  }
  return html;
}
