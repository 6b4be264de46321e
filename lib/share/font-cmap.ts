/**
 * The characters a font file can draw: its `cmap` table read directly (formats 4 and 12, the ones
 * TrueType/OpenType fonts carry for Unicode). Pure, no dependency: the server uses it to keep text it
 * cannot draw out of images (nothing may be fetched), and the tests use it to check the bundled subsets.
 */

/** Code points mapped to a glyph other than .notdef, from a TTF/OTF buffer. */
export function fontCodePoints(font: Uint8Array): Set<number> {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tag = String.fromCharCode(font[0]!, font[1]!, font[2]!, font[3]!);
  if (tag === 'ttcf') throw new Error('fontCodePoints: a font collection (.ttc); pass one face');
  const numTables = view.getUint16(4);
  let cmap = -1;
  for (let i = 0; i < numTables; i++) {
    const r = 12 + i * 16;
    if (String.fromCharCode(font[r]!, font[r + 1]!, font[r + 2]!, font[r + 3]!) === 'cmap') cmap = view.getUint32(r + 8);
  }
  if (cmap < 0) throw new Error('fontCodePoints: the font has no cmap table');
  // Prefer the full-repertoire subtable (3,10 format 12) over the BMP one (3,1 or 0,x format 4).
  const subtables: { offset: number; format: number }[] = [];
  const count = view.getUint16(cmap + 2);
  for (let i = 0; i < count; i++) {
    const r = cmap + 4 + i * 8;
    const platform = view.getUint16(r);
    const encoding = view.getUint16(r + 2);
    const offset = cmap + view.getUint32(r + 4);
    if (platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10))) subtables.push({ offset, format: view.getUint16(offset) });
  }
  const chosen = subtables.find((s) => s.format === 12) ?? subtables.find((s) => s.format === 4);
  if (!chosen) throw new Error('fontCodePoints: no Unicode cmap subtable of format 4 or 12');
  const out = new Set<number>();
  const o = chosen.offset;
  if (chosen.format === 12) {
    const groups = view.getUint32(o + 12);
    for (let g = 0; g < groups; g++) {
      const r = o + 16 + g * 12;
      const start = view.getUint32(r);
      const end = view.getUint32(r + 4);
      const glyph = view.getUint32(r + 8);
      for (let c = start; c <= end; c++) if (glyph + (c - start) !== 0) out.add(c);
    }
    return out;
  }
  const segX2 = view.getUint16(o + 6);
  const ends = o + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const rangeOffsets = deltas + segX2;
  for (let s = 0; s < segX2 / 2; s++) {
    const end = view.getUint16(ends + s * 2);
    const start = view.getUint16(starts + s * 2);
    const delta = view.getInt16(deltas + s * 2);
    const ro = view.getUint16(rangeOffsets + s * 2);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (ro === 0) glyph = (c + delta) & 0xffff;
      else {
        const g = view.getUint16(rangeOffsets + s * 2 + ro + (c - start) * 2);
        glyph = g === 0 ? 0 : (g + delta) & 0xffff;
      }
      if (glyph !== 0) out.add(c);
    }
  }
  return out;
}

/** The characters of `text` (by code point) missing from `codePoints`, each once. */
export function missingCharacters(text: string, codePoints: ReadonlySet<number>): string[] {
  const missing = new Set<string>();
  for (const ch of text) if (!codePoints.has(ch.codePointAt(0)!) && !/\s/.test(ch)) missing.add(ch);
  return [...missing];
}
