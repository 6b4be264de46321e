import 'server-only';
/**
 * A stock page's link-preview card (1200 × 630, next/og): code and English name, the latest close and
 * % change, and its growth over the archive beside the HSI (both rebased to 100). Latin text only, like
 * the session card (the bundled font has no Chinese glyphs and nothing may be fetched).
 */
import fs from 'node:fs/promises';
import { ImageResponse } from 'next/og';
import { siteConfig } from '@/lib/config';
import { formatSessionDate } from '@/lib/dates';
import { direction, formatPct, formatPrice } from '@/lib/format';
import { palette } from '@/lib/palette';
import { FONT_FAMILY, FONT_FILES } from '@/lib/share/fonts';
import { OG_SIZE } from '@/lib/share/og-image';
import { PERIOD_LABELS } from '@/lib/stocks/period-labels';
import { getStockPageView, lookupStock } from '@/lib/views/stock-page';

const INK = { bg: '#ffffff', text: '#14171c', muted: '#545b66', grid: '#d9dde3', stock: '#1f5fbf', hsi: '#8a9099' } as const;

let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]> | undefined;
function loadFonts() {
  fonts ??= Promise.all([
    fs.readFile(FONT_FILES.regular).then((data) => ({ name: FONT_FAMILY, data, weight: 400 as const, style: 'normal' as const })),
    fs.readFile(FONT_FILES.bold).then((data) => ({ name: FONT_FAMILY, data, weight: 700 as const, style: 'normal' as const })),
  ]);
  return fonts;
}

/** Keeps only characters the bundled Latin font can draw. */
const latin = (s: string) => s.replace(/[^\u0020-\u024f]/g, '').trim();

export async function stockPreviewImageResponse(segment: string): Promise<Response> {
  const found = await lookupStock(segment);
  const view = found.status === 'ok' ? await getStockPageView(found.code) : null;
  if (!view) return new Response('No image for this stock.\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const W = 1104;
  const H = 300;
  const pts = view.chart;
  const values = pts.flatMap((p) => (p.hsi === null ? [p.stock] : [p.stock, p.hsi]));
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const y = (v: number) => H - 8 - ((v - lo) / Math.max(hi - lo, 1e-9)) * (H - 16);
  const x = (i: number) => (pts.length <= 1 ? W / 2 : (i / (pts.length - 1)) * W);
  const line = (get: (i: number) => number | null) =>
    pts
      .map((_, i) => {
        const v = get(i);
        return v === null ? '' : `${x(i).toFixed(1)},${y(v).toFixed(1)}`;
      })
      .filter(Boolean)
      .join(' ');
  const dir = direction(view.latest.changePct);
  const text = palette.text.light.hk;
  const color = dir === 'up' ? text.up : dir === 'down' ? text.down : INK.muted;
  const periods = view.periods.filter((p) => p.stock && ['1m', 'ytd', '1y'].includes(p.period));
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', background: INK.bg, color: INK.text, fontFamily: FONT_FAMILY, padding: '40px 48px' }}>
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline' }}>
          <div style={{ display: 'flex', fontSize: 54, fontWeight: 700 }}>{`${view.entry.code} ${latin(view.entry.name)}`}</div>
          <div style={{ display: 'flex', fontSize: 24, color: INK.muted }}>{siteConfig.name}</div>
        </div>
        <div style={{ display: 'flex', fontSize: 26, color: INK.muted, marginTop: 6 }}>{`${view.entry.sector} · close of ${formatSessionDate(view.latest.date)}`}</div>
        <div style={{ display: 'flex', alignItems: 'baseline', marginTop: 18 }}>
          <div style={{ display: 'flex', fontSize: 64, fontWeight: 700 }}>{view.latest.close === null ? '–' : `HKD ${formatPrice(view.latest.close)}`}</div>
          <div style={{ display: 'flex', fontSize: 48, fontWeight: 700, color, marginLeft: 28 }}>{formatPct(view.latest.changePct)}</div>
          {periods.map((p) => (
            <div key={p.period} style={{ display: 'flex', fontSize: 28, marginLeft: 28, color: INK.muted }}>{`${PERIOD_LABELS[p.period]} ${formatPct(p.stock!.returnPct, 1)}`}</div>
          ))}
        </div>
        <div style={{ display: 'flex', flex: 1, marginTop: 20 }}>
          <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`}>
            <line x1={0} x2={W} y1={y(100)} y2={y(100)} stroke={INK.grid} strokeWidth={2} />
            <polyline points={line((i) => pts[i]!.hsi)} fill="none" stroke={INK.hsi} strokeWidth={3} />
            <polyline points={line((i) => pts[i]!.stock)} fill="none" stroke={INK.stock} strokeWidth={4} />
          </svg>
        </div>
        <div style={{ display: 'flex', fontSize: 22, color: INK.muted }}>{`Growth of 100 since ${formatSessionDate(pts[0]?.date ?? view.latest.date)}: ${latin(view.entry.name)} (blue) and the HSI (grey)`}</div>
      </div>
    ),
    { ...OG_SIZE, fonts: await loadFonts() },
  );
}
