/**
 * HKEX stock codes as people type them: `700`, `0700`, `00700`, `0700.HK`, `700.hk`, `HK:700`, `HKEX 0700`.
 * Pages and links use the 5-digit form (`00700`); anything else either normalises to it or is not a code.
 * Pure; shared by the routes, the search and the browser's suggestions.
 */

/** The canonical form: exactly five digits. */
export const STOCK_CODE = /^\d{5}$/;

// An optional exchange prefix or suffix around 1 to 5 digits. Nothing else (no paths, no letters inside).
const TYPED_CODE = /^(?:(?:hkex|hkg|hk|sehk)\s*[:.]?\s*)?(\d{1,5})(?:\s*\.?\s*(?:hk|hkg|hkex))?$/i;

/** `0700.HK` → `00700`; null when the text is not a code (`00000` included: HKEX has no such code). */
export function normaliseStockCode(input: string): string | null {
  const m = TYPED_CODE.exec(input.trim());
  if (!m) return null;
  const code = m[1]!.padStart(5, '0');
  return code === '00000' ? null : code;
}

export function isStockCode(value: string): boolean {
  return STOCK_CODE.test(value);
}
