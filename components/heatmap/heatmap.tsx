/**
 * The heatmap section (server): title, size control, zoom-out link and legend around the client map.
 * Everything here is a plain link, so sizing and zooming work without JavaScript. Words come from
 * lib/i18n/messages/heatmap.ts; the client map gets only the strings it shows.
 */
import { HeatmapMap } from '@/components/heatmap/heatmap-map';
import { formatPct } from '@/lib/format';
import type { HeatmapData } from '@/lib/heatmap/types';
import { industryName } from '@/lib/industries';
import { localePath, type Locale } from '@/lib/i18n/locale';
import { heatmapClientText, heatmapText } from '@/lib/i18n/messages/heatmap';
import { COLOR_CONVENTIONS } from '@/lib/palette';
import { stockHref } from '@/lib/stocks/urls';
import './heatmap.css';

function stepClass(step: number): string {
  return step > 0 ? `s-p${step}` : step < 0 ? `s-m${-step}` : 's-0';
}

export function HeatmapLegend({
  cap,
  basis,
  periodLabel = null,
  locale = 'en',
}: {
  cap: number;
  basis: HeatmapData['basis'];
  periodLabel?: string | null;
  locale?: Locale;
}) {
  const t = heatmapText[locale].legend;
  const steps = Array.from({ length: 13 }, (_, i) => i - 6);
  const label = (step: number) =>
    step === -6 ? `≤${formatPct(-cap, 0)}` : step === 6 ? `≥${formatPct(cap, 0)}` : step === 0 ? '0' : Math.abs(step) === 3 ? formatPct((step / 6) * cap, 1) : '';
  return (
    <div className="hm-legend" data-testid="heatmap-legend">
      <div className="hm-scale" role="img" aria-label={t.scale(formatPct(-cap, 0), formatPct(cap, 0))}>
        {steps.map((s) => (
          <span key={s} className={`hm-sw ${stepClass(s)}`}>
            <small>{label(s)}</small>
          </span>
        ))}
      </div>
      <p className="muted">
        {t.industry(periodLabel)}
        <strong data-testid="heatmap-basis">{t.basis[basis]}</strong>
        {t.average}
        {t.leftOut(periodLabel)}
        {locale === 'en' ? '. ' : '。'}
        <span data-testid="heatmap-cap">{t.capped(cap, periodLabel)}</span>
        {locale === 'en' ? ': ' : '：'}
        {COLOR_CONVENTIONS.map((c) => (
          <span key={c} className={`hm-cv hm-cv-${c}`}>
            {t.conventions[c]}
          </span>
        ))}
        {locale === 'en' ? '.' : '。'}
      </p>
    </div>
  );
}

export function Heatmap({
  data,
  locale = 'en',
  periodLabel: periodLabelShown,
}: {
  data: HeatmapData;
  locale?: Locale;
  /** The period's label in the edition ('1個月'); data.periodLabel (English) when absent. */
  periodLabel?: string | null;
}) {
  const t = heatmapText[locale];
  const periodLabel = periodLabelShown !== undefined ? periodLabelShown : data.periodLabel;
  const sizeNote = t.sizeNotes[data.size];
  const sector = data.sector === null ? null : industryName(data.sector, locale);
  const text = heatmapClientText(locale, periodLabel ? t.changeLabel(periodLabel) : locale === 'en' ? 'Change' : '升跌幅');
  // The outlined stock's name: Chinese where known on the Chinese page, else the English one marked so.
  const highlightZh = data.highlight && locale !== 'en' ? data.tiles.find((x) => x[0] === data.highlight!.code)?.[2] || null : null;
  const highlightLang = data.highlight && locale !== 'en' && !highlightZh ? 'en' : undefined;
  return (
    <section className="panel hm" id="heatmap" aria-labelledby="heatmap-title" data-testid="heatmap">
      <div className="hm-head">
        <h2 id="heatmap-title">
          {sector ? t.titleSector(sector) : t.title}
          {periodLabel ? t.titlePeriod(periodLabel) : ''}
        </h2>
        {data.zoomOutHref ? (
          <a className="hm-back" href={data.zoomOutHref} data-testid="heatmap-zoom-out">
            {t.allIndustries}
          </a>
        ) : null}
        <nav className="hm-sizes" aria-label={t.tileSize}>
          <span className="muted">{t.sizeBy}</span>
          {data.sizes.map((s) => (
            <a key={s.measure} href={s.href} aria-current={s.current ? 'true' : undefined}>
              {t.sizes[s.measure]}
            </a>
          ))}
        </nav>
      </div>
      <p className="muted hm-note">
        {sector ? t.countSector(data.tiles.length, sector) : t.countAll(data.tiles.length)}
        {locale === 'en' ? '; ' : '；'}
        {sizeNote}
        {data.unsized > 0 ? t.unsized(data.unsized) : ''}
        {t.howTo(data.sector !== null)}
      </p>
      {data.highlight ? (
        <p className="hm-highlight" data-testid="heatmap-highlight">
          {t.outlined}{' '}
          <a href={localePath(locale, stockHref(data.highlight.code))}>
            <span lang={highlightLang}>{highlightZh ?? data.highlight.name}</span> ({data.highlight.code})
          </a>{' '}
          {formatPct(data.highlight.pct)}
        </p>
      ) : null}
      <HeatmapMap
        groups={data.groups}
        tilesJson={JSON.stringify(data.tiles)}
        label={t.mapLabel(periodLabel, sizeNote)}
        zoomed={data.sector !== null}
        text={text}
        highlight={data.highlight?.code ?? null}
      />
      <HeatmapLegend cap={data.cap} basis={data.basis} periodLabel={periodLabel} locale={locale} />
    </section>
  );
}
