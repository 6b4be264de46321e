/**
 * Number formatting for display, en-US as Intl.NumberFormat writes it (fixed decimals by hand, compact
 * amounts by Intl itself).
 * Metrics return raw numbers; components and takeaways format them here.
 */
const cache = new Map<string, Intl.NumberFormat>();

/** One Intl.NumberFormat per distinct format, named by `key`: building one costs far more than a format call. */
function nf(key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat('en-US', options);
    cache.set(key, f);
  }
  return f;
}

/** "0199" → "0200": one unit added to a string of decimal digits. */
function incrementDigits(digits: string): string {
  const out = digits.split('');
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] === '9') out[i] = '0';
    else {
      out[i] = String(Number(out[i]) + 1);
      return out.join('');
    }
  }
  return `1${out.join('')}`;
}

/**
 * |value| with exactly `digits` decimals and thousands separators, the way Intl.NumberFormat('en-US') writes
 * it: it rounds the shortest decimal form of the number (what String() gives), halves away from zero, so
 * 1.005 → "1.01" where toFixed says "1.00". Null when String() uses an exponent (the caller falls back to
 * Intl). Hand-written because the page formats every tile and header as it hydrates, and the first
 * Intl.NumberFormat a browser builds costs ~15 ms of main thread for its locale data; the unit tests check
 * this against Intl.
 */
function fixedAbs(value: number, digits: number): string | null {
  const shortest = String(Math.abs(value));
  if (!/^\d+(\.\d+)?$/.test(shortest)) return null;
  const [int = '0', frac = ''] = shortest.split('.');
  let all = int + frac.slice(0, digits).padEnd(digits, '0');
  if (frac.length > digits && frac.charCodeAt(digits) >= 53 /* '5' */) all = incrementDigits(all);
  const intPart = all.slice(0, all.length - digits).replace(/^0+(?=\d)/, '') || '0';
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return digits > 0 ? `${grouped}.${all.slice(all.length - digits)}` : grouped;
}

/** `digits` decimals; a minus sign for negative numbers (also those that round to 0, as Intl does). */
function fixed(value: number, digits: number): string {
  const abs = fixedAbs(value, digits);
  if (abs === null) return nf(`fixed${digits}`, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
  return value < 0 || Object.is(value, -0) ? `-${abs}` : abs;
}

/** `digits` decimals with a sign, "+" or "-", unless the rounded value is 0 (Intl's signDisplay: exceptZero). */
function signed(value: number, digits: number): string {
  const abs = fixedAbs(value, digits);
  if (abs === null) {
    return nf(`signed${digits}`, { minimumFractionDigits: digits, maximumFractionDigits: digits, signDisplay: 'exceptZero' }).format(value);
  }
  if (/^[0.,]+$/.test(abs)) return abs;
  return value < 0 ? `-${abs}` : `+${abs}`;
}

/** 23827.78 → "23,827.78". */
export function formatPoints(value: number, digits = 2): string {
  return fixed(value, digits);
}

/** 146.3 → "+146.30"; a signed change in points or HKD. */
export function formatSignedPoints(value: number, digits = 2): string {
  return signed(value, digits);
}

/** 0.6178 → "+0.62%"; -0.87 → "-0.87%"; 0 → "0.00%". */
export function formatPct(value: number, digits = 2): string {
  const rounded = Number(value.toFixed(digits));
  return `${signed(rounded === 0 ? 0 : rounded, digits)}%`;
}

/** 0.62 → "0.62%" (no sign: for phrases like "up 0.62%"). */
export function formatPctAbs(value: number, digits = 2): string {
  return `${fixed(Math.abs(value), digits)}%`;
}

/** A share price: up to 3 decimals as HKEX quotes them, at least 2. */
export function formatPrice(value: number): string {
  const three = fixed(value, 3);
  return three.endsWith('0') ? three.slice(0, -1) : three;
}

/** 9849965861 → "9.85B"; HKD amounts in compact form. */
export function formatCompact(value: number): string {
  return nf('compact', { notation: 'compact', maximumFractionDigits: 2 }).format(value);
}

export function formatInteger(value: number): string {
  return fixed(value, 0);
}

/** Direction of a change, for colour: up, down or flat (|x| below half a display unit). */
export function direction(value: number, digits = 2): 'up' | 'down' | 'flat' {
  const half = 0.5 * 10 ** -digits;
  return value >= half ? 'up' : value <= -half ? 'down' : 'flat';
}

/** 183910187391 → "HK$183.9 bn": a market's turnover. */
export function formatHkdBn(value: number, digits = 1): string {
  return `HK$${fixed(value / 1e9, digits)} bn`;
}

/**
 * Chinese (Hong Kong) amounts, as the local press writes them: 億 (10⁸) and 萬億 (10¹²), never "bn".
 * 183,910,187,391 → "1,839.1億"; 2.4e12 → "2.40萬億"; 12,345,678 → "1,234.6萬"; below 10,000 the number.
 */
export function formatAmountZh(value: number, digits = 1): string {
  const abs = Math.abs(value);
  const units = [
    { size: 1, name: '', dp: 0 },
    { size: 1e4, name: '萬', dp: digits },
    { size: 1e8, name: '億', dp: digits },
    { size: 1e12, name: '萬億', dp: 2 },
  ] as const;
  let i = abs >= 1e12 ? 3 : abs >= 1e8 ? 2 : abs >= 1e4 ? 1 : 0;
  const inUnit = (k: number) => fixed(abs / units[k]!.size, units[k]!.dp);
  let text = inUnit(i);
  // The unit goes by the figure as printed: 99,999,999 rounds to 10,000.0萬, which is 1.0億.
  while (i < units.length - 1 && Number(text.replace(/,/g, '')) >= 1e4) text = inUnit(++i);
  const sign = value < 0 && /[1-9]/.test(text) ? '-' : '';
  return `${sign}${text}${units[i]!.name}`;
}

/** A market's turnover in the locale's words: "HK$183.9 bn" / "1,839.1億港元". */
export function formatTurnover(value: number, locale: 'en' | 'zh-hk', digits = 1): string {
  return locale === 'zh-hk' ? `${formatAmountZh(value, digits)}港元` : formatHkdBn(value, digits);
}

/** A compact HKD amount in the locale's words: "HKD 9.85B" / "98.5億港元". */
export function formatHkdCompact(value: number, locale: 'en' | 'zh-hk'): string {
  return locale === 'zh-hk' ? `${formatAmountZh(value)}港元` : `HKD ${formatCompact(value)}`;
}
