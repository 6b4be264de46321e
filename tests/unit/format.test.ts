/**
 * The display formatters. Fixed-decimal numbers are written by hand (the page formats every tile while it
 * hydrates, and building Intl.NumberFormat is what costs there), so they are checked against
 * Intl.NumberFormat('en-US') itself: on the numbers a reader sees, on halfway cases where rounding the
 * binary value and rounding the decimal one disagree, and on random numbers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatInteger, formatPct, formatPctAbs, formatPoints, formatPrice, formatSignedPoints } from '@/lib/format';

const intl = (digits: number, signDisplay: 'auto' | 'exceptZero' = 'auto') =>
  new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits, signDisplay });
const intlPrice = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 3 });

describe('figures as the session page shows them', () => {
  it('writes the 2025-05-21 HSI card as the index reports it', () => {
    expect(formatPoints(23827.78)).toBe('23,827.78');
    expect(formatSignedPoints(146.3)).toBe('+146.30');
    expect(formatPct(0.6178)).toBe('+0.62%');
  });

  it('signs changes, but not a change that rounds to zero', () => {
    expect(formatPct(-0.87)).toBe('-0.87%');
    expect(formatPct(0)).toBe('0.00%');
    expect(formatPct(-0.004)).toBe('0.00%');
    expect(formatPct(0.004)).toBe('0.00%');
    expect(formatSignedPoints(-0.001)).toBe('0.00');
    expect(formatPct(10.19, 1)).toBe('+10.2%');
    expect(formatPctAbs(-2.24)).toBe('2.24%');
  });

  it('groups thousands and rounds halves away from zero, as Intl does', () => {
    expect(formatPoints(1234567.891)).toBe('1,234,567.89');
    expect(formatPoints(999.995)).toBe('1,000.00');
    expect(formatPoints(1.005)).toBe('1.01'); // (1.005).toFixed(2) is "1.00"
    expect(formatPoints(-1.005)).toBe('-1.01');
    expect(formatPoints(-0.001)).toBe('-0.00');
    expect(formatInteger(1999.5)).toBe('2,000');
    expect(formatInteger(0)).toBe('0');
  });

  it('writes prices with 2 or 3 decimals', () => {
    expect(formatPrice(462.6)).toBe('462.60');
    expect(formatPrice(6.9273)).toBe('6.927');
    expect(formatPrice(0.0345)).toBe('0.035');
    expect(formatPrice(12345.1)).toBe('12,345.10');
  });
});

describe('hand-written fixed decimals agree with Intl.NumberFormat', () => {
  const digits = fc.integer({ min: 0, max: 3 });
  const finite = fc.double({ min: -1e15, max: 1e15, noNaN: true, noDefaultInfinity: true });
  // Numbers whose shortest decimal form ends in a 5 just past the rounding point: the halfway cases.
  const halfway = fc
    .tuple(fc.integer({ min: -10_000_000, max: 10_000_000 }), digits)
    .map(([n, d]) => ({ value: (n * 10 + 5) / 10 ** (d + 1), d }));

  it('formatPoints and formatSignedPoints on any finite number', () => {
    fc.assert(
      fc.property(finite, digits, (value, d) => {
        expect(formatPoints(value, d)).toBe(intl(d).format(value));
        expect(formatSignedPoints(value, d)).toBe(intl(d, 'exceptZero').format(value));
      }),
      { numRuns: 3000 },
    );
  });

  it('on halfway cases', () => {
    fc.assert(
      fc.property(halfway, ({ value, d }) => {
        expect(formatPoints(value, d)).toBe(intl(d).format(value));
        expect(formatSignedPoints(value, d)).toBe(intl(d, 'exceptZero').format(value));
      }),
      { numRuns: 3000 },
    );
  });

  it('on tiny numbers, which String() writes with an exponent', () => {
    for (const value of [1e-7, -3.2e-9, 5e-324, 1e21, -2.5e22]) {
      for (const d of [0, 2, 3]) {
        expect(formatPoints(value, d)).toBe(intl(d).format(value));
        expect(formatSignedPoints(value, d)).toBe(intl(d, 'exceptZero').format(value));
      }
    }
  });

  it('formatPrice and formatInteger', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e9, noNaN: true }), (value) => {
        expect(formatPrice(value)).toBe(intlPrice.format(value));
        expect(formatInteger(value)).toBe(intl(0).format(value));
      }),
      { numRuns: 3000 },
    );
  });
});
