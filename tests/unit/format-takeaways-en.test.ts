/** The English words of the takeaways: size bands of the style sheet, zero, decimals, ranges. */
import { describe, expect, it } from 'vitest';
import { directionWord, movePhrase, pctSigned, renderTakeawaysEn } from '@/lib/format/takeaways-en';
import type { StockMove } from '@/lib/takeaways/facts';

describe('movePhrase: the word goes by the size of the printed figure', () => {
  it.each([
    [0.12, 'edged up 0.12%'],
    [0.299, 'rose 0.30%'], // prints 0.30: the 0.3–2 band
    [0.3, 'rose 0.30%'],
    [1.994, 'rose 1.99%'],
    [1.996, 'jumped 2.00%'], // prints 2.00
    [4.99, 'jumped 4.99%'],
    [5, 'surged 5.00%'],
    [-0.05, 'edged down 0.05%'],
    [-1.3, 'fell 1.30%'],
    [-3.27, 'slid 3.27%'],
    [-13.22, 'plunged 13.22%'],
    [0, 'was unchanged'],
    [0.004, 'was unchanged'], // prints 0.00: never "rose 0.00%"
    [-0.004, 'was unchanged'],
  ])('%f → %s', (pct, expected) => {
    expect(movePhrase(pct)).toBe(expected);
  });

  it('offers the band synonyms', () => {
    expect([0, 1, 2].map((v) => directionWord(-1, v))).toEqual(['fell', 'slipped', 'eased']);
  });
});

describe('pctSigned: one decimals rule, 2 dp', () => {
  it.each([
    [7.8, '+7.80%'],
    [7.01, '+7.01%'],
    [-0.254, '-0.25%'],
    [0, '0.00%'],
  ])('%f → %s', (pct, expected) => {
    expect(pctSigned(pct)).toBe(expected);
  });
});

const stock = (name: string, changePct: number): StockMove => ({ code: '00000', name, nameZh: null, changePct });

describe('a sparse group: a range only when tight', () => {
  it.each([
    ['within 3 pp: a range', [stock('A', 5.9), stock('B', 4.4)], 'Materials names led gains — A and B advanced between 4.40% and 5.90%.'],
    ['wider: each move', [stock('A', 8.2), stock('B', 0.3)], 'Materials names led gains — A +8.20% and B +0.30%.'],
    ['one value: "by"', [stock('A', 2), stock('B', 2)], 'Materials names led gains — A and B advanced by 2.00%.'],
  ])('%s', (_, stocks, expected) => {
    expect(renderTakeawaysEn([{ kind: 'group', industry: 'Materials', up: true, led: true, themes: [], stocks }])).toEqual([expected]);
  });
});

describe('"equal-weighted" is said once', () => {
  it('where a group average first appears', () => {
    const [a, b] = renderTakeawaysEn([
      { kind: 'industry-leader', industry: 'Materials', pct: 2.24, advancers: 15, decliners: 6, count: 22, theme: null, stocks: [], bellwether: null },
      { kind: 'industry-laggard', industry: 'Healthcare', pct: -1.1, advancers: 3, decliners: 20, count: 25, theme: null, stocks: [], bellwether: null },
    ]);
    expect(a).toBe('Materials led the industries, up 2.24% equal-weighted (15 of 22 rose).');
    expect(b).toBe('Healthcare lagged the industries, down 1.10% on average (20 of 25 fell).');
  });
});
