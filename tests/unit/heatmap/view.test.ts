import { describe, expect, it } from 'vitest';
import { loadSession } from '@/lib/data/sessions';
import { HEATMAP_BOXES, type CompactTile } from '@/lib/heatmap/types';
import { heatmapData } from '@/lib/heatmap/view';
import { INDUSTRIES } from '@/lib/industries';
import type { Session } from '@/lib/session/model';
import { dayMoves } from './hk-data';

function session(date: string): Session {
  const load = loadSession(date);
  if (load.status !== 'ok') throw new Error(`${date}: ${load.status}`);
  return load.session;
}

const may21 = session('2025-05-21');
const moves = dayMoves('2025-05-20', '2025-05-21');
const materials = moves.filter((m) => m.industry === 'Materials' && Math.abs(m.pct) <= 50);
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
/** Wide-layout area of a tile, in % of the map. */
const area = (t: CompactTile) => t[11] * t[12];

describe('heatmapData on 2025-05-21', () => {
  const data = heatmapData(may21);

  it('puts every stock on the map once', () => {
    expect(data.tiles).toHaveLength(moves.length);
    expect(new Set(data.tiles.map((t) => t[0])).size).toBe(moves.length);
  });

  it('shows Materials at its equal-weighted % from the vendor closes (+2.24 %) with its breadth', () => {
    const g = data.groups.find((x) => INDUSTRIES[x.i] === 'Materials')!;
    expect(data.basis).toBe('equal-weighted');
    expect(g.p).toBeCloseTo(mean(materials.map((m) => m.pct)), 2);
    expect(g.p).toBe(2.24);
    expect(g.a).toBe(materials.filter((m) => m.pct >= 0.005).length);
    expect(g.dn).toBe(materials.filter((m) => m.pct <= -0.005).length);
  });

  it('sizes by turnover by default (no market caps in this data) and offers equal', () => {
    expect(data.size).toBe('turnover');
    expect(data.sizes.map((s) => s.measure)).toEqual(['turnover', 'equal']);
  });

  it('gives CATL its % change and a strong up step', () => {
    const catl = data.tiles.find((t) => t[0] === '03750')!;
    expect(catl[4]).toBe(10.19);
    expect(catl[7]).toBe(6);
  });

  it('makes tile areas proportional to turnover within an industry (1 %, before rounding to 0.01 %)', () => {
    const fin = data.tiles.filter((t) => INDUSTRIES[t[3]] === 'Financials' && t[6]! > 0);
    const big = fin.filter((t) => area(t) > 20);
    const [a, b] = [big[0]!, big[1]!];
    expect(area(a) / area(b)).toBeCloseTo(a[6]! / b[6]!, 1);
    expect(Math.abs(area(a) / area(b) / (a[6]! / b[6]!) - 1)).toBeLessThan(0.01);
  });

  it('zooms into Materials: only its stocks, filling the map, and links keep other parameters', () => {
    const zoomed = heatmapData(may21, { sector: 'Materials', size: 'turnover', colors: 'mainland' });
    expect(zoomed.tiles.map((t) => t[0]).sort()).toEqual(moves.filter((m) => m.industry === 'Materials').map((m) => m.code).sort());
    expect(zoomed.groups).toHaveLength(1);
    const covered = zoomed.tiles.reduce((s, t) => s + area(t), 0);
    const expected = 100 * (100 * (1 - HEATMAP_BOXES.d.headerHeight / HEATMAP_BOXES.d.height));
    expect(Math.abs(covered - expected) / expected).toBeLessThan(0.005);
    expect(zoomed.zoomOutHref).toBe('?size=turnover&colors=mainland#heatmap');
    expect(zoomed.groups[0]!.href).toBe(zoomed.zoomOutHref);
  });

  it('links an industry header to its zoom, keeping colors', () => {
    const d = heatmapData(may21, { colors: 'cb' });
    expect(d.groups.find((x) => INDUSTRIES[x.i] === 'Materials')!.href).toBe('?colors=cb&sector=Materials#heatmap');
  });

  it('falls back to the default size for a measure the snapshot lacks, and ignores an unknown sector', () => {
    const d = heatmapData(may21, { size: 'marketCap', sector: 'Crypto' });
    expect(d.size).toBe('turnover');
    expect(d.sector).toBeNull();
  });

  it('sizes equally when the snapshot has no turnover or market cap', () => {
    const bare: Session = { ...may21, stocks: may21.stocks.slice(0, 50).map((s) => ({ ...s, turnover: null, volume: null, marketCap: null })) };
    const d = heatmapData(bare);
    expect(d.size).toBe('equal');
    expect(d.sizes.map((s) => s.measure)).toEqual(['equal']);
    for (const g of d.groups) {
      const members = d.tiles.filter((t) => t[3] === g.i);
      const areas = members.map(area);
      for (const a of areas) expect(Math.abs(a / areas[0]! - 1)).toBeLessThan(0.02); // 0.01 % rounding of small tiles
    }
  });

  it('keeps an extreme mover on the capped scale and out of its industry average', () => {
    const one = may21.stocks.find((s) => s.sector === 'Materials')!;
    const spiked: Session = { ...may21, stocks: may21.stocks.map((s) => (s.code === one.code ? { ...s, changePct: 400, extreme: true } : s)) };
    const d = heatmapData(spiked);
    const t = d.tiles.find((x) => x[0] === one.code)!;
    expect(t[7]).toBe(6);
    expect(t[8] & 1).toBe(1);
    const others = materials.filter((m) => m.code !== one.code).map((m) => m.pct);
    expect(d.groups.find((x) => INDUSTRIES[x.i] === 'Materials')!.p).toBeCloseTo(mean(others), 2);
  });
});
