import 'server-only';
/**
 * A stock page's link-preview card (1200 × 630, next/og): code and name, the latest close and % change,
 * and its growth over the archive beside the HSI (both rebased to 100). In Chinese, the stock's Chinese
 * name where names.csv has one (else the English one); text the bundled fonts cannot draw is left out,
 * since nothing may be fetched.
 */
import { ImageResponse } from 'next/og';
import { siteConfig } from '@/lib/config';
import { formatSessionDate } from '@/lib/dates';
import { direction, formatPct, formatPrice } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locale';
import { shareText } from '@/lib/i18n/messages/share';
import { siteText } from '@/lib/i18n/messages/site';
import { industryName } from '@/lib/industries';
import { palette } from '@/lib/palette';
import { canDraw, loadOgFonts, OG_FONT_STACK } from '@/lib/share/fonts';
import { OG_SIZE } from '@/lib/share/og-image';
import { PERIOD_LABELS } from '@/lib/stocks/period-labels';
import { getStockPageView, lookupStock } from '@/lib/views/stock-page';

const INK = { bg: '#ffffff', text: '#14171c', muted: '#545b66', grid: '#d9dde3', stock: '#1f5fbf', hsi: '#8a9099' } as const;

/** Keeps only characters the bundled Latin font can draw. */
const latin = (s: string) => s.replace(/[^\u0020-\u024f]/g, '').trim();

const PERIOD_ZH: Record<string, string> = { '1m': '一個月', ytd: '年初至今', '1y': '一年' };

export async function stockPreviewImageResponse(segment: string, locale: Locale = 'en'): Promise<Response> {
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
  const t = shareText[locale];
  const zhName = locale === 'en' ? null : view.entry.nameZh;
  const name = zhName && canDraw(zhName) ? zhName : latin(view.entry.name);
  const site = locale === 'en' ? siteConfig.name : siteText[locale].name;
  const periodLabel = (p: string) => (locale === 'en' ? PERIOD_LABELS[p as keyof typeof PERIOD_LABELS] : (PERIOD_ZH[p] ?? p));
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', background: INK.bg, color: INK.text, fontFamily: OG_FONT_STACK, padding: '40px 48px', ...(locale === 'en' ? {} : { lineHeight: 1.2 }) }}>
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline' }}>
          <div style={{ display: 'flex', fontSize: 54, fontWeight: 700 }}>{`${view.entry.code} ${name}`}</div>
          <div style={{ display: 'flex', fontSize: 24, color: INK.muted }}>{site}</div>
        </div>
        <div style={{ display: 'flex', fontSize: 26, color: INK.muted, marginTop: 6 }}>{t.stockCloseOf(industryName(view.entry.sector, locale), formatSessionDate(view.latest.date, locale))}</div>
        <div style={{ display: 'flex', alignItems: 'baseline', marginTop: 18 }}>
          <div style={{ display: 'flex', fontSize: 64, fontWeight: 700, flexShrink: 0, whiteSpace: 'nowrap' }}>{view.latest.close === null ? '–' : t.stockPrice(formatPrice(view.latest.close))}</div>
          <div style={{ display: 'flex', fontSize: 48, fontWeight: 700, color, marginLeft: 28, flexShrink: 0, whiteSpace: 'nowrap' }}>{formatPct(view.latest.changePct)}</div>
          {periods.map((p) => (
            <div key={p.period} style={{ display: 'flex', fontSize: 28, marginLeft: locale === 'en' ? 28 : 18, color: INK.muted, flexShrink: 0, whiteSpace: 'nowrap' }}>{`${periodLabel(p.period)} ${formatPct(p.stock!.returnPct, 1)}`}</div>
          ))}
        </div>
        <div style={{ display: 'flex', flex: 1, marginTop: 20 }}>
          <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`}>
            <line x1={0} x2={W} y1={y(100)} y2={y(100)} stroke={INK.grid} strokeWidth={2} />
            <polyline points={line((i) => pts[i]!.hsi)} fill="none" stroke={INK.hsi} strokeWidth={3} />
            <polyline points={line((i) => pts[i]!.stock)} fill="none" stroke={INK.stock} strokeWidth={4} />
          </svg>
        </div>
        <div style={{ display: 'flex', fontSize: 22, color: INK.muted }}>{t.stockGrowth(formatSessionDate(pts[0]?.date ?? view.latest.date, locale), name)}</div>
      </div>
    ),
    { ...OG_SIZE, fonts: await loadOgFonts() },
  );
}
