/**
 * The view options an embed or an image URL takes: `?chart=summary|heatmap`, `?colors=hk|mainland|cb`,
 * `?theme=auto|light|dark`, `?period=1d|1w|1m|3m|ytd|1y` (as on the page). Unknown values fall back to the
 * default, as the page does with its own parameters. `auto` (the default) follows the reader's colour scheme
 * by CSS alone in an embed; images, which cannot, draw it light.
 */
import { isPeriod, type Period } from '@/lib/history/types';
import { isColorConvention, type ColorConvention } from '@/lib/palette';

export const CHART_KINDS = ['summary', 'heatmap'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];
export type Theme = 'light' | 'dark';
export type ThemeChoice = Theme | 'auto';

export interface EmbedOptions {
  chart: ChartKind;
  colors: ColorConvention;
  theme: ThemeChoice;
  /** The period of the % changes; 1d (the session's own) when absent. */
  period?: Period;
}

export const DEFAULT_EMBED_OPTIONS: EmbedOptions = { chart: 'summary', colors: 'hk', theme: 'auto', period: '1d' };

/** The theme an image is drawn in: `auto` cannot follow the reader in a PNG, so it is light. */
export function fixedTheme(theme: ThemeChoice): Theme {
  return theme === 'dark' ? 'dark' : 'light';
}

/** Logical size of each chart (the SVG viewBox); embeds scale it to their frame. */
export const CHART_SIZES: Record<ChartKind, { width: number; height: number }> = {
  summary: { width: 800, height: 450 },
  heatmap: { width: 1200, height: 690 },
};

export function isChartKind(value: unknown): value is ChartKind {
  return typeof value === 'string' && (CHART_KINDS as readonly string[]).includes(value);
}

type ParamSource = URLSearchParams | Record<string, string | string[] | undefined>;

function get(params: ParamSource, key: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(key) ?? undefined;
  const value = params[key];
  return Array.isArray(value) ? value[0] : value;
}

export function parseEmbedOptions(params: ParamSource): EmbedOptions {
  const chart = get(params, 'chart');
  const colors = get(params, 'colors');
  const theme = get(params, 'theme');
  const period = get(params, 'period')?.toLowerCase();
  return {
    chart: isChartKind(chart) ? chart : DEFAULT_EMBED_OPTIONS.chart,
    colors: isColorConvention(colors) ? colors : DEFAULT_EMBED_OPTIONS.colors,
    theme: theme === 'dark' || theme === 'light' || theme === 'auto' ? theme : DEFAULT_EMBED_OPTIONS.theme,
    period: isPeriod(period) ? period : DEFAULT_EMBED_OPTIONS.period,
  };
}
