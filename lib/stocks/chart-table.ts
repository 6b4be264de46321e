/**
 * The chart's data table rows as one HTML string (pure): a year and a half of sessions is ~1,800 cells, which
 * React would otherwise create as elements on every render; the string is built once per view.
 */
import { escapeXml } from '@/lib/share/escape';
import { formatPoints } from '@/lib/format';
import type { ChartPoint } from '@/lib/stocks/figures';

const cache = new WeakMap<readonly ChartPoint[], string>();

export function chartTableRowsHtml(points: readonly ChartPoint[]): string {
  const hit = cache.get(points);
  if (hit !== undefined) return hit;
  let html = '';
  for (const p of points) {
    // Alignment comes from CSS (.chart-data td), so the cells carry no class: a third fewer bytes.
    const cell = (v: number | null) => `<td>${v === null ? '–' : formatPoints(v)}</td>`;
    const date = escapeXml(p.date);
    html += `<tr data-date="${date}"><th scope="row">${date}</th>${cell(p.stock)}${cell(p.industry)}${cell(p.hsi)}</tr>`;
  }
  cache.set(points, html);
  return html;
}
