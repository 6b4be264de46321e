/**
 * The heatmap's geometry: a squarified treemap (d3-hierarchy) of stocks grouped by industry, each group
 * with a header band on top. Pure: items in, rectangles out, in the units of `width` × `height`.
 * The page computes this on the server; the browser only positions what it is given.
 */
import { hierarchy, treemap, treemapSquarify } from 'd3-hierarchy';

export interface LayoutItem {
  id: string;
  group: string;
  /** Area weight (≥ 0); non-finite or negative counts as 0. */
  value: number;
}

export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface LayoutGroup extends Rect {
  id: string;
  /** Sum of the members' values. */
  value: number;
}

export interface LayoutTile extends Rect {
  id: string;
  group: string;
}

export interface LayoutOptions {
  width: number;
  height: number;
  /** Height of the header band at the top of each group (the industry name and %). */
  headerHeight: number;
  /** Gap around each group, so groups read as blocks. */
  groupGap: number;
}

export interface HeatmapLayout {
  groups: LayoutGroup[];
  tiles: LayoutTile[];
}

interface Node {
  id: string;
  value: number;
  group?: string;
  children?: Node[];
}

/**
 * Lays the items out, groups sorted by total value (largest top-left) and tiles by value inside each group.
 * Groups whose members all weigh 0 get no area (their tiles are empty rectangles); ties sort by id so the
 * same data always gives the same map.
 */
export function layoutHeatmap(items: readonly LayoutItem[], options: LayoutOptions): HeatmapLayout {
  if (items.length === 0) return { groups: [], tiles: [] };
  const byGroup = new Map<string, Node[]>();
  for (const item of items) {
    const value = Number.isFinite(item.value) && item.value > 0 ? item.value : 0;
    let members = byGroup.get(item.group);
    if (!members) byGroup.set(item.group, (members = []));
    members.push({ id: item.id, group: item.group, value });
  }
  const root: Node = { id: '', value: 0, children: [...byGroup].map(([id, children]) => ({ id, value: 0, children })) };

  const h = hierarchy<Node>(root, (d) => d.children)
    .sum((d) => (d.children ? 0 : d.value))
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0) || (a.data.id < b.data.id ? -1 : a.data.id > b.data.id ? 1 : 0));

  const laid = treemap<Node>()
    .tile(treemapSquarify)
    .size([options.width, options.height])
    // A gap between industries, and each industry's header band on top of its tiles. Areas are proportional
    // to value within an industry; across industries the bands take a little off each (d3's padding model).
    .paddingInner((d) => (d.depth === 0 ? options.groupGap : 0))
    .paddingTop((d) => (d.depth === 1 ? options.headerHeight : 0))
    .round(false)(h);

  // d3 collapses a group thinner than the gap onto its centre line, which at the right or bottom edge lies
  // half a gap outside the box: clamp, so every rectangle is inside it.
  const cx = (x: number) => Math.min(options.width, Math.max(0, x));
  const cy = (y: number) => Math.min(options.height, Math.max(0, y));
  const groups: LayoutGroup[] = [];
  const tiles: LayoutTile[] = [];
  for (const g of laid.children ?? []) {
    groups.push({ id: g.data.id, value: g.value ?? 0, x0: cx(g.x0), y0: cy(g.y0), x1: cx(g.x1), y1: cy(g.y1) });
    for (const t of g.children ?? []) {
      tiles.push({ id: t.data.id, group: g.data.id, x0: cx(t.x0), y0: cy(t.y0), x1: cx(t.x1), y1: cy(t.y1) });
    }
  }
  return { groups, tiles };
}
