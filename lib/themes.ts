/**
 * Themes: curated groups of stocks finer than the 12 industries (gold miners, Macau gaming…), read from
 * `data/themes.json`. This module is pure: it parses text handed to it; the server loader reads the file.
 * Problems name the file, the JSON path and what is wrong, like session validation:
 *   data/themes.json: themes[3].codes[2]: unknown code "09999" (not in the securities list)
 */
import { z } from 'zod';
import { formatPath } from '@/lib/session/validate';

export const themeSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id such as "gold-miners"'),
  name: z.string().min(1).max(100),
  nameZh: z.string().min(1).max(100).optional(),
  codes: z.array(z.string().regex(/^\d{5}$/, 'expected a 5-digit HKEX code such as "00700"')).min(1, 'a theme needs at least one code').max(200),
});

export const themesFileSchema = z.object({
  themes: z.array(themeSchema).max(100),
});

export type Theme = z.infer<typeof themeSchema>;

export interface ThemeProblem {
  file: string;
  path: string;
  message: string;
}

export class ThemesError extends Error {
  constructor(readonly problems: ThemeProblem[]) {
    super(problems.map((p) => `${p.file}: ${p.path}: ${p.message}`).join('\n'));
    this.name = 'ThemesError';
  }
}

export type ThemesResult = { ok: true; themes: Theme[] } | { ok: false; problems: ThemeProblem[] };

/**
 * Parse and check a themes file. With `knownCodes` (e.g. the codes of securities.csv), a code outside it is
 * an error. Also errors: an empty theme, a duplicate id, a code listed twice in one theme. Never throws.
 */
export function parseThemes(text: string, file: string, knownCodes?: ReadonlySet<string>): ThemesResult {
  const problems: ThemeProblem[] = [];
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { ok: false, problems: [{ file, path: '(file)', message: `not valid JSON: ${(err as Error).message}` }] };
  }
  const parsed = themesFileSchema.safeParse(json);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push({ file, path: formatPath(issue.path), message: issue.message });
    return { ok: false, problems };
  }
  const seenIds = new Map<string, number>();
  parsed.data.themes.forEach((theme, i) => {
    const first = seenIds.get(theme.id);
    if (first !== undefined) problems.push({ file, path: `themes[${i}].id`, message: `duplicate id "${theme.id}" (first at themes[${first}])` });
    else seenIds.set(theme.id, i);
    const seenCodes = new Set<string>();
    theme.codes.forEach((code, j) => {
      if (seenCodes.has(code)) problems.push({ file, path: `themes[${i}].codes[${j}]`, message: `code "${code}" listed twice in "${theme.id}"` });
      seenCodes.add(code);
      if (knownCodes && !knownCodes.has(code)) {
        problems.push({ file, path: `themes[${i}].codes[${j}]`, message: `unknown code "${code}" (not in the securities list)` });
      }
    });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, themes: parsed.data.themes };
}

/** Like parseThemes, but throws a ThemesError listing every problem: for loaders that cannot go on without themes. */
export function loadThemesFromText(text: string, file: string, knownCodes?: ReadonlySet<string>): Theme[] {
  const result = parseThemes(text, file, knownCodes);
  if (!result.ok) throw new ThemesError(result.problems);
  return result.themes;
}
