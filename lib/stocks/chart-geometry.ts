/**
 * The stock chart's geometry (pure): SVG paths for the rebased lines, the y scale (linear, or logarithmic
 * when the lines span more than 4×, so a stock that tripled and halved reads fairly), and the axis ticks.
 * The server draws the SVG from this; nothing here formats text beyond tick values.
 */
import type { ChartPoint } from '@/lib/stocks/figures';

export const CHART_BOX = { width: 960, height: 320, left: 48, right: 12, top: 12, bottom: 26 } as const;

export type SeriesKey = 'stock' | 'industry' | 'hsi';

export interface ChartGeometry {
  paths: Record<SeriesKey, string>;
  scale: 'linear' | 'log';
  yTicks: { y: number; value: number }[];
  xTicks: { x: number; date: string }[];
  /** x of each point, for the hover layer. */
  xs: number[];
  /** y of the 100 baseline. */
  baseY: number;
}

function niceStep(span: number, target: number): number {
  const raw = span / target;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const n = raw / pow;
  return (n < 1.5 ? 1 : n < 3 ? 2 : n < 7 ? 5 : 10) * pow;
}

const fmt = (n: number) => (Math.round(n * 10) / 10).toString();

export function chartGeometry(points: readonly ChartPoint[]): ChartGeometry {
  const { width, height, left, right, top, bottom } = CHART_BOX;
  const values: number[] = [];
  for (const p of points) {
    values.push(p.stock);
    if (p.hsi !== null) values.push(p.hsi);
    if (p.industry !== null) values.push(p.industry);
  }
  const lo = Math.min(100, ...values.filter((v) => v > 0));
  const hi = Math.max(100, ...values);
  const scale: ChartGeometry['scale'] = hi / lo > 4 ? 'log' : 'linear';
  const t = (v: number) => (scale === 'log' ? Math.log(Math.max(v, lo)) : v);
  const pad = (t(hi) - t(lo)) * 0.05 || 1;
  const y0 = t(lo) - pad;
  const y1 = t(hi) + pad;
  const plotH = height - top - bottom;
  const plotW = width - left - right;
  const y = (v: number) => top + plotH - ((t(v) - y0) / (y1 - y0)) * plotH;
  const n = points.length;
  const x = (i: number) => left + (n <= 1 ? plotW / 2 : (i / (n - 1)) * plotW);
  const xs = points.map((_, i) => Math.round(x(i) * 10) / 10);

  const path = (get: (p: ChartPoint) => number | null) => {
    let d = '';
    let pen = false;
    points.forEach((p, i) => {
      const v = get(p);
      if (v === null || !(v > 0 || scale === 'linear')) {
        pen = false;
        return;
      }
      d += `${pen ? 'L' : 'M'}${xs[i]} ${fmt(y(v))}`;
      pen = true;
    });
    return d;
  };

  let yTicks: { y: number; value: number }[];
  if (scale === 'log') {
    const candidates = [1, 2, 5].flatMap((m) => [-2, -1, 0, 1, 2, 3, 4].map((e) => m * 10 ** e)).sort((a, b) => a - b);
    yTicks = candidates.filter((v) => t(v) >= y0 && t(v) <= y1).map((v) => ({ y: Math.round(y(v) * 10) / 10, value: v }));
  } else {
    const step = niceStep(y1 - y0, 5);
    yTicks = [];
    for (let v = Math.ceil(y0 / step) * step; v <= y1; v += step) yTicks.push({ y: Math.round(y(v) * 10) / 10, value: Math.round(v * 1e6) / 1e6 });
  }

  // A tick at the first session of each month, thinned to at most ~8 labels.
  const monthStarts = points.map((p, i) => ({ i, month: p.date.slice(0, 7) })).filter((m, k, all) => k === 0 || m.month !== all[k - 1]!.month);
  const every = Math.max(1, Math.ceil(monthStarts.length / 8));
  const xTicks = monthStarts.filter((_, k) => k % every === 0).map((m) => ({ x: xs[m.i]!, date: points[m.i]!.date }));

  return {
    paths: { stock: path((p) => p.stock), industry: path((p) => p.industry), hsi: path((p) => p.hsi) },
    scale,
    yTicks,
    xTicks,
    xs,
    baseY: Math.round(y(100) * 10) / 10,
  };
}
