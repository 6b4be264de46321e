import { describe, expect, it } from 'vitest';
import { assertFinitePct, mean, median, moveDirection, populationStdDev, weightedMean, zScore } from '@/lib/metrics/stats';

describe('mean / median / populationStdDev', () => {
  it.each([
    ['empty', [], null, null, null],
    ['one value', [2.5], 2.5, 2.5, 0],
    ['all unchanged', [0, 0, 0], 0, 0, 0],
    ['odd count', [3, -1, 1], 1, 1, Math.sqrt(8 / 3)],
    ['even count', [4, 1, 2, 3], 2.5, 2.5, Math.sqrt(1.25)],
  ])('%s', (_label, values, mu, med, sd) => {
    expect(mean(values)).toBe(mu);
    expect(median(values)).toBe(med);
    if (sd === null) expect(populationStdDev(values)).toBeNull();
    else expect(populationStdDev(values)).toBeCloseTo(sd, 12);
  });
});

describe('weightedMean', () => {
  it.each([
    ['no weights', [1, 2], [null, null], null],
    ['zero weights ignored', [1, 3], [0, 2], 3],
    ['Σwx/Σw', [1, 3], [1, 3], 2.5],
  ])('%s', (_label, xs, ws, expected) => {
    expect(weightedMean(xs, ws)).toBe(expected);
  });
});

describe('moveDirection: unchanged is |pct| < 0.005', () => {
  it.each([
    [0, 'unchanged'],
    [-0, 'unchanged'],
    [0.0049, 'unchanged'],
    [-0.0049, 'unchanged'],
    [0.005, 'up'],
    [-0.005, 'down'],
    [3, 'up'],
  ] as const)('%s → %s', (pct, dir) => {
    expect(moveDirection(pct)).toBe(dir);
  });
});

describe('assertFinitePct', () => {
  it.each([NaN, Infinity, -Infinity])('rejects %s', (v) => {
    expect(() => assertFinitePct(v, 'stock 00700')).toThrow(/stock 00700: changePct is (NaN|-?Infinity)/);
  });
  it.each([0, -0, 1.5, -99])('accepts %s', (v) => {
    expect(() => assertFinitePct(v, 'x')).not.toThrow();
  });
});

describe('zScore', () => {
  it.each([
    ['flat window', 5, [5, 5, 5], 0],
    ['empty window', 1, [], 0],
    ['one sd above', 2, [0, 2], 1],
  ])('%s', (_label, x, w, z) => {
    expect(zScore(x, w)).toBeCloseTo(z, 12);
  });
});
