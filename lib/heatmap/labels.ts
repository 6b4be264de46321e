/**
 * Which label a tile can carry without spilling, from its size and an estimate of the text's width.
 * The estimate is deliberately generous (bold system sans, per-character widths in em), so a label that
 * passes fits; tiles also clip, so a miss is cut, never spilled.
 */

/** 0: no label; 1: code; 2: code and % change; 3: short name and % change. */
export type LabelLevel = 0 | 1 | 2 | 3;

/** Approximate advance width of a character in em, for a bold sans-serif. */
function charWidthEm(ch: string): number {
  // Sized for wide fallback fonts (DejaVu Sans Bold digits are 0.7 em); narrower system fonts only leave room.
  if (/[0-9]/.test(ch)) return 0.7;
  if (ch === '.' || ch === ',' || ch === ' ' || ch === "'") return 0.32;
  if (ch === '+' || ch === '-' || ch === '−') return 0.62;
  if (ch === '%') return 1.0;
  if (/[A-Z&]/.test(ch)) return 0.78;
  if (/[a-z]/.test(ch)) return 0.58;
  if (ch.charCodeAt(0) > 0x2e80) return 1.0; // CJK
  return 0.7;
}

export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += charWidthEm(ch);
  return em * fontSize;
}

export interface LabelMetrics {
  /** Font size of tile labels, in layout units. */
  fontSize: number;
  /** Padding inside a tile on each side, in layout units. */
  padding: number;
  /** Line height as a multiple of the font size. */
  lineHeight: number;
}

/** The richest label that fits a w × h tile. */
export function labelLevel(w: number, h: number, text: { code: string; name: string; pct: string }, m: LabelMetrics): LabelLevel {
  const innerW = w - 2 * m.padding;
  const innerH = h - 2 * m.padding;
  const line = m.fontSize * m.lineHeight;
  const fits = (s: string) => estimateTextWidth(s, m.fontSize) <= innerW;
  if (innerH < line || !fits(text.code)) return 0;
  if (innerH < 2 * line || !fits(text.pct)) return 1;
  return fits(text.name) ? 3 : 2;
}
