/**
 * The heatmap's URL state: `?size=marketCap|turnover|equal` and `?sector=<industry>`. Links rewrite only
 * these two and keep every other parameter (e.g. `colors`), so a zoomed view can be shared as is.
 */
import { isIndustry, type Industry } from '@/lib/industries';
import { SIZE_MEASURES, type SizeMeasure } from '@/lib/heatmap/types';

export type Query = Record<string, string | string[] | undefined>;

export interface HeatmapQuery {
  size: SizeMeasure | null;
  sector: Industry | null;
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Unknown values are ignored (null): the page then shows its default rather than an error. */
export function parseHeatmapQuery(query: Query): HeatmapQuery {
  const size = first(query.size);
  const sector = first(query.sector);
  return {
    size: (SIZE_MEASURES as readonly string[]).includes(size ?? '') ? (size as SizeMeasure) : null,
    sector: sector !== undefined && isIndustry(sector) ? sector : null,
  };
}

/**
 * A query-only relative link (`?…#heatmap`) to the same page with `patch` applied: a null value removes the
 * parameter. The fragment keeps the reader at the map after a full-page (no-JS) navigation.
 */
export function heatmapHref(query: Query, patch: Partial<Record<'size' | 'sector', string | null>>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (key in patch || value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, v);
  }
  for (const [key, value] of Object.entries(patch)) if (value !== null && value !== undefined) params.set(key, value);
  const qs = params.toString();
  return `?${qs}#heatmap`;
}
