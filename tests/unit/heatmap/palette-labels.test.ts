import { describe, expect, it } from 'vitest';
import { estimateTextWidth, labelLevel } from '@/lib/heatmap/labels';
import { heatmapHref, parseHeatmapQuery } from '@/lib/heatmap/query';
import { colorStep, palette, stepColor } from '@/lib/palette';

describe('colorStep', () => {
  it.each([0.1, 0.5, 0.51, 1, 1.7, 2.5, 3, 10, 400])('is symmetric: ±%f', (pct) => {
    expect(colorStep(-pct)).toBe(-colorStep(pct));
  });
  it.each([
    [0, 0],
    [-0, 0],
    [0.004, 0],
    [0.01, 1],
    [0.5, 1],
    [0.51, 2],
    [3, 6],
    [3.01, 6],
    [9876, 6],
    [-9876, -6],
    [Number.NaN, 0],
    [Number.POSITIVE_INFINITY, 0],
  ])('colorStep(%f) = %i (capped at ±3 %)', (pct, step) => {
    expect(colorStep(pct)).toBe(step);
  });
  it('flips with the convention: mainland up is Hong Kong down, and the reverse', () => {
    for (let s = 1; s <= 6; s++) {
      expect(stepColor(s, 'mainland')).toBe(stepColor(-s, 'hk'));
      expect(stepColor(-s, 'mainland')).toBe(stepColor(s, 'hk'));
      expect(stepColor(s, 'hk')).toBe(palette.ramps.hk.up[s - 1]);
    }
    expect(stepColor(0, 'hk')).toBe(stepColor(0, 'mainland'));
  });
});

describe('labelLevel', () => {
  const m = { fontSize: 12, padding: 3, lineHeight: 1.2 };
  const text = { code: '00700', name: 'TENCENT', pct: '+0.7%' };
  it.each([
    [10, 10, 0],
    [60, 10, 0],
    [60, 22, 1],
    [30, 40, 0],
    [50, 40, 2],
    [90, 40, 3],
  ])('%i × %i → level %i', (w, h, level) => {
    expect(labelLevel(w, h, text, m)).toBe(level);
  });
  it('never picks a label wider than the tile', () => {
    for (let w = 1; w < 200; w += 3) {
      const level = labelLevel(w, 60, text, m);
      const widest = level === 0 ? 0 : level === 1 ? estimateTextWidth(text.code, 12) : Math.max(estimateTextWidth(level === 3 ? text.name : text.code, 12), estimateTextWidth(text.pct, 12));
      if (level > 0) expect(widest).toBeLessThanOrEqual(w - 6);
    }
  });
});

describe('heatmap query', () => {
  it.each([
    [{ size: 'turnover', sector: 'Materials' }, { size: 'turnover', sector: 'Materials' }],
    [{ size: 'huge', sector: 'Crypto' }, { size: null, sector: null }],
    [{ size: ['equal', 'turnover'] }, { size: 'equal', sector: null }],
    [{}, { size: null, sector: null }],
  ])('parses %o', (q, expected) => {
    expect(parseHeatmapQuery(q)).toEqual(expected);
  });
  it('rewrites only size and sector, escaping values', () => {
    expect(heatmapHref({ colors: 'mainland', sector: 'Energy' }, { sector: 'Properties & Construction' })).toBe(
      '?colors=mainland&sector=Properties+%26+Construction#heatmap',
    );
    expect(heatmapHref({ sector: 'Energy' }, { sector: null })).toBe('?#heatmap');
  });
});
