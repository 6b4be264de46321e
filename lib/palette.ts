/**
 * The one palette. Colour conventions for gains and losses (Hong Kong: green up; mainland: red up;
 * colour-blind safe: blue up, orange down), and the diverging steps the heatmap and charts use.
 * The app turns this into CSS custom properties (see paletteCss), so a component only ever says
 * `var(--up)`, `var(--down)` or `var(--hm-p3)`; server-rendered SVG/PNG read the same values.
 */
export const COLOR_CONVENTIONS = ['hk', 'mainland', 'cb'] as const;
export type ColorConvention = (typeof COLOR_CONVENTIONS)[number];

export const CONVENTION_LABELS: Record<ColorConvention, string> = {
  hk: 'Hong Kong: green up, red down',
  mainland: 'Mainland: red up, green down',
  cb: 'Colour-blind safe: blue up, orange down',
};

export function isColorConvention(value: unknown): value is ColorConvention {
  return typeof value === 'string' && (COLOR_CONVENTIONS as readonly string[]).includes(value);
}

/**
 * Six steps from faint to strong, for one direction. Heatmap labels are dark on steps 1–3 and white on 4–6
 * (components/heatmap/heatmap.css), so steps 1–3 keep ≥ 4.5:1 against #111418 and steps 4–6 against #fff.
 */
type Ramp = readonly [string, string, string, string, string, string];

const green: Ramp = ['#9fd8ae', '#6cc287', '#3fa865', '#268449', '#1c703e', '#0f5a30'];
const red: Ramp = ['#f3aaa6', '#ea7d76', '#dc5149', '#c23a33', '#a32a25', '#84201c'];
const blue: Ramp = ['#a9c8ec', '#7aaade', '#4b8bcc', '#2f6fb3', '#1f5694', '#153f70'];
const orange: Ramp = ['#f7c49a', '#f2a366', '#e8833a', '#b45a19', '#a85418', '#853f10'];

export const palette = {
  ramps: {
    hk: { up: green, down: red },
    mainland: { up: red, down: green },
    cb: { up: blue, down: orange },
  },
  /** Text colours for +/− figures, chosen for ≥ 4.5:1 contrast on the light and dark backgrounds. */
  text: {
    light: { hk: { up: '#17753c', down: '#b42318' }, mainland: { up: '#b42318', down: '#17753c' }, cb: { up: '#1f5694', down: '#9a4a10' } },
    dark: { hk: { up: '#5fd38a', down: '#ff8a80' }, mainland: { up: '#ff8a80', down: '#5fd38a' }, cb: { up: '#8fbaf0', down: '#f5a864' } },
  },
  flat: { light: '#c9ccd1', dark: '#4a4f57' },
} as const satisfies {
  ramps: Record<ColorConvention, { up: Ramp; down: Ramp }>;
  text: Record<'light' | 'dark', Record<ColorConvention, { up: string; down: string }>>;
  flat: Record<'light' | 'dark', string>;
};

/** Default cap of the diverging colour scale, in %: moves beyond it get the strongest step. */
export const COLOR_SCALE_CAP_PCT = 3;

/**
 * The colour step of a % change: 0 is flat; ±1..±6 cover (0, cap] in equal slices, so the scale is
 * symmetric and capped. Non-finite input is flat.
 */
export function colorStep(changePct: number, cap = COLOR_SCALE_CAP_PCT): number {
  if (!Number.isFinite(changePct) || Math.abs(changePct) < 0.005) return 0;
  const slice = cap / 6;
  const step = Math.min(6, Math.ceil(Math.abs(changePct) / slice - 1e-9));
  return Math.sign(changePct) * Math.max(1, step);
}

/** The fill for a step in a convention: what server-rendered images use (pages use CSS variables). */
export function stepColor(step: number, convention: ColorConvention, theme: 'light' | 'dark' = 'light'): string {
  if (step === 0) return palette.flat[theme];
  const ramp = palette.ramps[convention][step > 0 ? 'up' : 'down'];
  return ramp[Math.min(6, Math.abs(step)) - 1]!;
}

/**
 * CSS custom properties for each convention: injected once by the root layout. Text colours differ by
 * theme and are written light-dark(light, dark), so the root's color-scheme (system setting or toggle)
 * picks one; the fills are the same in both themes.
 */
export function paletteCss(): string {
  const rules: string[] = [];
  for (const convention of COLOR_CONVENTIONS) {
    const { up, down } = palette.ramps[convention];
    const text = (dir: 'up' | 'down') => `light-dark(${palette.text.light[convention][dir]},${palette.text.dark[convention][dir]})`;
    const vars = [
      ...up.map((c, i) => `--hm-p${i + 1}:${c}`),
      ...down.map((c, i) => `--hm-m${i + 1}:${c}`),
      `--up-fill:${up[3]}`,
      `--down-fill:${down[3]}`,
      `--up:${text('up')}`,
      `--down:${text('down')}`,
    ];
    const sel = convention === 'hk' ? `:root,[data-colors="hk"]` : `[data-colors="${convention}"]`;
    rules.push(`${sel}{${vars.join(';')}}`);
  }
  rules.push(`:root{--hm-0:light-dark(${palette.flat.light},${palette.flat.dark})}`);
  return rules.join('\n');
}

/** Twelve distinguishable hues for the industries (Tableau 10 + 2), for series such as the RRG tails. */
export const CATEGORICAL = [
  '#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948',
  '#b07aa1', '#ff9da7', '#9c755f', '#7f7f7f', '#17becf', '#bcbd22',
] as const satisfies readonly string[];
