/**
 * Number phrasing for takeaways. Points and closes use lib/format (en-US, as Intl writes it); % in prose
 * drops trailing zeros the way a wire report writes them ("rose 0.9%", "up 0.31%"), which lib/format's
 * fixed-digit helpers do not, so that one formatter is kept here.
 */
import { formatPoints, formatSignedPoints } from '@/lib/format';

const pctNumber = new Intl.NumberFormat('en-US', { minimumFractionDigits: 0, maximumFractionDigits: 2 });

/** 0.9 → "0.9%", -0.254 → "0.25%" (magnitude; the verb carries the sign). */
export function pctAbs(value: number): string {
  return `${pctNumber.format(Math.abs(Number(value.toFixed(2))))}%`;
}

/** 2.238 → "+2.24%", -0.54 → "-0.54%", 0 → "0%". */
export function pctSigned(value: number): string {
  const rounded = Number(value.toFixed(2));
  if (rounded === 0) return '0%';
  return `${rounded > 0 ? '+' : '-'}${pctAbs(rounded)}`;
}

/** Percentage points, signed: "+7.43 pp". */
export function ppSigned(value: number): string {
  return `${pctSigned(value).replace('%', '')} pp`;
}

export { formatPoints, formatSignedPoints };

/**
 * The span of a set of moves of one sign, rounded outward to whole numbers: 4.4…5.9 → "between ~4–6%".
 * When both ends round to the same number: "about 5%".
 */
export function rangePhrase(values: readonly number[]): string {
  const mags = values.map((v) => Math.abs(v));
  const lo = Math.floor(Math.min(...mags));
  const hi = Math.ceil(Math.max(...mags));
  if (hi - lo <= 0) return `about ${hi}%`;
  return `between ~${lo}–${hi}%`;
}

/** ["a", "b", "c"] → "a, b and c". */
export function listJoin(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export const ORDINALS = ['', 'debut', 'second trading day', 'third trading day', 'fourth trading day', 'fifth trading day'] as const;
