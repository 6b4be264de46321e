import 'server-only';
/**
 * The bundled font for server-drawn images (PNG charts, the Open Graph card): Liberation Sans 1.07,
 * regular and bold (public/fonts, GPL with the font exception, see LICENSE-LiberationSans.txt). Latin
 * only, 140 KB a weight: images carry no Chinese text, so no 16 MB CJK font is needed.
 */
import path from 'node:path';

export const FONT_FAMILY = 'Liberation Sans';

export const FONT_FILES = {
  regular: path.join(/*turbopackIgnore: true*/ process.cwd(), 'public', 'fonts', 'LiberationSans-Regular.ttf'),
  bold: path.join(/*turbopackIgnore: true*/ process.cwd(), 'public', 'fonts', 'LiberationSans-Bold.ttf'),
} as const;
