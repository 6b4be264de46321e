import { describe, expect, it } from 'vitest';
import { layoutHeatmap, type LayoutItem, type Rect } from '@/lib/heatmap/layout';

const area = (r: Rect) => (r.x1 - r.x0) * (r.y1 - r.y0);
const EPS = 1e-6;
const overlaps = (a: Rect, b: Rect) => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > EPS && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > EPS;

/** A deterministic spread of weights over 12 groups, from tiny to large (like turnover). */
function items(n: number): LayoutItem[] {
  return Array.from({ length: n }, (_, i) => ({
    id: String(i).padStart(5, '0'),
    group: `G${i % 12}`,
    value: 1 + ((i * 7919) % 1000) ** 2,
  }));
}

const box = { width: 1200, height: 660, headerHeight: 20, groupGap: 3 };

describe('layoutHeatmap', () => {
  it.each([1, 12, 491, 2600])('%i items: each appears once, inside the box, no overlaps', (n) => {
    const input = items(n);
    const { tiles, groups } = layoutHeatmap(input, box);
    expect(tiles.map((t) => t.id).sort()).toEqual(input.map((i) => i.id).sort());
    for (const t of tiles) {
      expect(t.x0).toBeGreaterThanOrEqual(-EPS);
      expect(t.y0).toBeGreaterThanOrEqual(-EPS);
      expect(t.x1).toBeLessThanOrEqual(box.width + EPS);
      expect(t.y1).toBeLessThanOrEqual(box.height + EPS);
    }
    if (n <= 491) {
      for (let i = 0; i < tiles.length; i++) for (let j = i + 1; j < tiles.length; j++) expect(overlaps(tiles[i]!, tiles[j]!)).toBe(false);
    }
    for (let i = 0; i < groups.length; i++) for (let j = i + 1; j < groups.length; j++) expect(overlaps(groups[i]!, groups[j]!)).toBe(false);
  });

  it('puts each tile inside its group, below the header band', () => {
    const { tiles, groups } = layoutHeatmap(items(491), box);
    const byId = new Map(groups.map((g) => [g.id, g]));
    for (const t of tiles) {
      const g = byId.get(t.group)!;
      expect(t.x0).toBeGreaterThanOrEqual(g.x0 - EPS);
      expect(t.x1).toBeLessThanOrEqual(g.x1 + EPS);
      expect(t.y0).toBeGreaterThanOrEqual(g.y0 + box.headerHeight - EPS);
      expect(t.y1).toBeLessThanOrEqual(g.y1 + EPS);
    }
  });

  it('makes tile areas proportional to value within each group (1 %)', () => {
    const input = items(491);
    const value = new Map(input.map((i) => [i.id, i.value]));
    const { tiles, groups } = layoutHeatmap(input, box);
    for (const g of groups) {
      const members = tiles.filter((t) => t.group === g.id);
      const inner = (g.x1 - g.x0) * (g.y1 - g.y0 - box.headerHeight);
      for (const t of members) {
        const expected = (value.get(t.id)! / g.value) * inner;
        expect(Math.abs(area(t) - expected)).toBeLessThanOrEqual(0.01 * expected + 1e-9);
      }
    }
  });

  it('makes group areas proportional to their totals when there are no gaps or headers (1 %)', () => {
    const input = items(491);
    const { groups } = layoutHeatmap(input, { ...box, headerHeight: 0, groupGap: 0 });
    const total = input.reduce((s, i) => s + i.value, 0);
    for (const g of groups) {
      const expected = (g.value / total) * box.width * box.height;
      expect(Math.abs(area(g) - expected)).toBeLessThanOrEqual(0.01 * expected);
    }
  });

  it('gives equal tiles equal areas', () => {
    const input = items(60).map((i) => ({ ...i, group: 'G', value: 1 }));
    const { tiles } = layoutHeatmap(input, { ...box, headerHeight: 0, groupGap: 0 });
    const each = (box.width * box.height) / 60;
    for (const t of tiles) expect(area(t)).toBeCloseTo(each, 6);
  });

  it('fills the whole box with a single group (a zoomed industry)', () => {
    const input = items(40).map((i) => ({ ...i, group: 'Materials' }));
    const { tiles, groups } = layoutHeatmap(input, box);
    expect(groups).toHaveLength(1);
    const covered = tiles.reduce((s, t) => s + area(t), 0);
    expect(covered).toBeCloseTo(box.width * (box.height - box.headerHeight), 3);
  });

  it.each([
    ['zero', 0],
    ['negative', -5],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
  ])('gives a %s weight no area, without disturbing the rest', (_, bad) => {
    const input = [...items(10), { id: '99999', group: 'G0', value: bad }];
    const { tiles } = layoutHeatmap(input, box);
    const t = tiles.find((x) => x.id === '99999')!;
    expect(area(t)).toBe(0);
    for (const x of tiles) expect(Number.isFinite(x.x0 + x.x1 + x.y0 + x.y1)).toBe(true);
  });

  it('is empty for no items', () => {
    expect(layoutHeatmap([], box)).toEqual({ groups: [], tiles: [] });
  });
});
