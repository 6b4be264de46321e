import 'server-only';
/**
 * The bundled fonts for server-drawn images (PNG charts, the link-preview cards), read from public/fonts,
 * never the machine's and never the network:
 *   - Liberation Sans 1.07, regular and bold (GPL with the font exception, LICENSE-LiberationSans.txt):
 *     the Latin text and the figures, in both editions;
 *   - Noto Sans CJK HK, regular and bold, subset to the characters the images can show (SIL OFL 1.1,
 *     LICENSE-NotoSansCJK.txt; rebuilt by scripts/build-cjk-font.mjs): the Chinese text. Regular holds
 *     the repo's Chinese text plus Big5's 5,401 common characters (1.3 MB); bold the repo's text (80 KB).
 * Text the fonts cannot draw is kept out of images (`canDraw`): next/og would otherwise try to fetch a
 * font for it from the internet.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fontCodePoints } from '@/lib/share/font-cmap';

export const FONT_FAMILY = 'Liberation Sans';
export const CJK_FONT_FAMILY = 'Noto Sans CJK HK';

const dir = () => path.join(/*turbopackIgnore: true*/ process.cwd(), 'public', 'fonts');

export const FONT_FILES = {
  regular: path.join(dir(), 'LiberationSans-Regular.ttf'),
  bold: path.join(dir(), 'LiberationSans-Bold.ttf'),
} as const;

export const CJK_FONT_FILES = {
  regular: path.join(dir(), 'NotoSansCJKhk-Regular-subset.otf'),
  bold: path.join(dir(), 'NotoSansCJKhk-Bold-subset.otf'),
} as const;

/** Every font file, for resvg (which falls back font by font for a glyph, so Chinese finds Noto). */
export const ALL_FONT_FILES = [FONT_FILES.regular, FONT_FILES.bold, CJK_FONT_FILES.regular, CJK_FONT_FILES.bold];

export interface OgFont {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}

let ogFonts: Promise<OgFont[]> | undefined;

/** The fonts of the next/og cards, read once per process (about 1.7 MB): Latin first, then Chinese. */
export function loadOgFonts(): Promise<OgFont[]> {
  const read = (file: string, name: string, weight: 400 | 700) => fs.promises.readFile(/*turbopackIgnore: true*/ file).then((data) => ({ name, data, weight, style: 'normal' as const }));
  ogFonts ??= Promise.all([
    read(FONT_FILES.regular, FONT_FAMILY, 400),
    read(FONT_FILES.bold, FONT_FAMILY, 700),
    read(CJK_FONT_FILES.regular, CJK_FONT_FAMILY, 400),
    read(CJK_FONT_FILES.bold, CJK_FONT_FAMILY, 700),
  ]);
  return ogFonts;
}

/** The CSS font-family of the cards: Liberation Sans for Latin and figures, Noto Sans CJK HK for Chinese. */
export const OG_FONT_STACK = `${FONT_FAMILY}, ${CJK_FONT_FAMILY}`;

let drawable: Set<number> | undefined;

/** Code points some bundled font (regular weights) can draw. */
function drawableCodePoints(): Set<number> {
  if (!drawable) {
    drawable = new Set<number>();
    for (const file of [FONT_FILES.regular, CJK_FONT_FILES.regular]) for (const c of fontCodePoints(fs.readFileSync(/*turbopackIgnore: true*/ file))) drawable.add(c);
  }
  return drawable;
}

/** True when every character of `text` has a glyph in the bundled fonts (so nothing is fetched, nothing is tofu). */
export function canDraw(text: string): boolean {
  const cps = drawableCodePoints();
  for (const ch of text) if (!/\s/.test(ch) && !cps.has(ch.codePointAt(0)!)) return false;
  return true;
}
