/**
 * Number and date formatting for display: the one place built on Intl.NumberFormat.
 * Metrics return raw numbers; components and takeaways format them here.
 */
const cache = new Map<string, Intl.NumberFormat>();

function nf(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat('en-US', options);
    cache.set(key, f);
  }
  return f;
}

/** 23827.78 → "23,827.78". */
export function formatPoints(value: number, digits = 2): string {
  return nf({ minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** 146.3 → "+146.30"; a signed change in points or HKD. */
export function formatSignedPoints(value: number, digits = 2): string {
  return nf({ minimumFractionDigits: digits, maximumFractionDigits: digits, signDisplay: 'exceptZero' }).format(value);
}

/** 0.6178 → "+0.62%"; -0.87 → "-0.87%"; 0 → "0.00%". */
export function formatPct(value: number, digits = 2): string {
  const rounded = Number(value.toFixed(digits));
  return `${nf({ minimumFractionDigits: digits, maximumFractionDigits: digits, signDisplay: 'exceptZero' }).format(rounded === 0 ? 0 : rounded)}%`;
}

/** 0.62 → "0.62%" (no sign: for phrases like "up 0.62%"). */
export function formatPctAbs(value: number, digits = 2): string {
  return `${nf({ minimumFractionDigits: digits, maximumFractionDigits: digits }).format(Math.abs(value))}%`;
}

/** A share price: up to 3 decimals as HKEX quotes them, at least 2. */
export function formatPrice(value: number): string {
  return nf({ minimumFractionDigits: 2, maximumFractionDigits: 3 }).format(value);
}

/** 9849965861 → "9.85B"; HKD amounts in compact form. */
export function formatCompact(value: number): string {
  return nf({ notation: 'compact', maximumFractionDigits: 2 }).format(value);
}

export function formatInteger(value: number): string {
  return nf({ maximumFractionDigits: 0 }).format(value);
}

/** Direction of a change, for colour: up, down or flat (|x| below half a display unit). */
export function direction(value: number, digits = 2): 'up' | 'down' | 'flat' {
  const half = 0.5 * 10 ** -digits;
  return value >= half ? 'up' : value <= -half ? 'down' : 'flat';
}
