import 'server-only';
/**
 * The session's Open Graph / Twitter card image (1200 × 630, next/og): the date, the HSI card and the
 * industry bars of the summary chart, in English or Chinese. It renders offline: every glyph comes from
 * the bundled fonts (Liberation Sans; Noto Sans CJK HK subset for Chinese; lib/share/fonts), since next/og
 * would otherwise fetch fonts from the internet for glyphs it lacks. No emoji; the arrows are SVG shapes.
 */
import { ImageResponse } from 'next/og';
import { summaryChartData, type SummaryChartData } from '@/lib/charts/summary';
import { siteConfig, indexName } from '@/lib/config';
import { formatSessionDate } from '@/lib/dates';
import type { Locale } from '@/lib/i18n/locale';
import { shareText } from '@/lib/i18n/messages/share';
import { siteText } from '@/lib/i18n/messages/site';
import { industryName } from '@/lib/industries';
import { direction, formatPct, formatPoints, formatSignedPoints } from '@/lib/format';
import { palette, stepColor } from '@/lib/palette';
import type { Session } from '@/lib/session/model';
import { loadOgFonts, OG_FONT_STACK } from '@/lib/share/fonts';

export const OG_SIZE = { width: 1200, height: 630 } as const;

const INK = { bg: '#ffffff', text: '#14171c', muted: '#545b66', grid: '#d9dde3', card: '#f4f6f8' } as const;

function Triangle({ up, color }: { up: boolean; color: string }) {
  return (
    <svg width="28" height="24" viewBox="0 0 28 24">
      <path d={up ? 'M14 2 L26 22 L2 22 Z' : 'M2 2 L26 2 L14 22 Z'} fill={color} />
    </svg>
  );
}


/**
 * `card` lets a week's or month's recap draw its own card: its title, its footer line and its industries
 * chart (the session given is then the period's view of its last session, % changes over the period).
 */
export async function sessionOgImage(session: Session, card: { heading?: string; footer?: string; chart?: SummaryChartData } = {}, locale: Locale = 'en'): Promise<ImageResponse> {
  const chart = card.chart ?? summaryChartData(session);
  const t = shareText[locale];
  const site = locale === 'en' ? siteConfig.name : siteText[locale].name;
  const hsi = session.indices.find((i) => i.id === 'HSI') ?? null;
  const text = palette.text.light.hk;
  const hsiDir = hsi ? direction(hsi.changePct) : 'flat';
  const hsiColor = hsiDir === 'up' ? text.up : hsiDir === 'down' ? text.down : INK.muted;
  // The bars' domain spans zero and every value, so a one-sided day uses the whole track.
  const lo = Math.min(0, ...chart.rows.map((r) => r.pct));
  const hi = Math.max(0, ...chart.rows.map((r) => r.pct));
  const span = Math.max(0.5, hi - lo);
  const track = 330;
  const zero = ((0 - lo) / span) * track;
  const rowH = Math.min(36, Math.floor(430 / Math.max(1, chart.rows.length)));

  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', background: INK.bg, color: INK.text, fontFamily: OG_FONT_STACK, padding: '40px 48px' }}>
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline' }}>
          <div style={{ display: 'flex', fontSize: 52, fontWeight: 700 }}>{card.heading ?? formatSessionDate(session.date, locale)}</div>
          <div style={{ display: 'flex', fontSize: 26, color: INK.muted }}>{site}</div>
        </div>
        <div style={{ display: 'flex', flex: 1, marginTop: 28 }}>
          <div style={{ display: 'flex', flexDirection: 'column', width: 380, background: INK.card, borderRadius: 16, padding: '28px 30px', marginRight: 36 }}>
            <div style={{ display: 'flex', fontSize: 26, color: INK.muted }}>{hsi ? indexName(hsi.id, hsi.name, locale) : indexName('HSI', 'Hang Seng Index', locale)}</div>
            {hsi ? (
              <div style={{ display: 'flex', flexDirection: 'column' }}>
                <div style={{ display: 'flex', fontSize: 60, fontWeight: 700, marginTop: 18 }}>{formatPoints(hsi.close)}</div>
                <div style={{ display: 'flex', alignItems: 'center', marginTop: 16, fontSize: 34, fontWeight: 700, color: hsiColor }}>
                  {hsiDir === 'flat' ? null : <Triangle up={hsiDir === 'up'} color={hsiColor} />}
                  <div style={{ display: 'flex', marginLeft: hsiDir === 'flat' ? 0 : 10 }}>{formatSignedPoints(hsi.change)}</div>
                </div>
                <div style={{ display: 'flex', fontSize: 34, fontWeight: 700, color: hsiColor, marginTop: 6 }}>{formatPct(hsi.changePct)}</div>
              </div>
            ) : (
              <div style={{ display: 'flex', fontSize: 30, marginTop: 18, color: INK.muted }}>{t.notInSnapshot}</div>
            )}
            <div style={{ display: 'flex', flex: 1 }} />
            <div style={{ display: 'flex', fontSize: 22, color: INK.muted }}>
              {card.footer ?? t.sessionFooter(session.stocks.length, session.session === 'half')}
            </div>
          </div>
          <div style={{ display: 'flex', flexDirection: 'column', flex: 1 }}>
            <div style={{ display: 'flex', fontSize: 22, color: INK.muted, marginBottom: 8, flexShrink: 0 }}>{t.industriesHeader(t.basis[chart.basis])}</div>
            {chart.rows.map((row) => {
              const w = Math.max(2, (Math.abs(row.pct) / span) * track);
              const left = row.pct >= 0 ? zero : zero - w;
              return (
                <div key={row.industry} style={{ display: 'flex', alignItems: 'center', height: rowH, flexShrink: 0 }}>
                  <div style={{ display: 'flex', width: 180, justifyContent: 'flex-end', fontSize: 22, marginRight: 12 }}>{locale === 'en' ? row.short : industryName(row.industry, locale)}</div>
                  <div style={{ display: 'flex', position: 'relative', width: track, height: rowH - 10 }}>
                    <div style={{ display: 'flex', position: 'absolute', left: zero, top: -5, width: 1, height: rowH, background: INK.grid }} />
                    <div style={{ display: 'flex', position: 'absolute', left, top: 0, width: w, height: rowH - 10, background: stepColor(row.step, 'hk'), borderRadius: 3 }} />
                  </div>
                  <div style={{ display: 'flex', width: 110, justifyContent: 'flex-end', fontSize: 22, fontWeight: 700 }}>{formatPct(row.pct)}</div>
                </div>
              );
            })}
            {chart.rows.length === 0 ? <div style={{ display: 'flex', fontSize: 24, color: INK.muted }}>{t.noStocks}</div> : null}
          </div>
        </div>
      </div>
    ),
    { ...OG_SIZE, fonts: await loadOgFonts() },
  );
}
