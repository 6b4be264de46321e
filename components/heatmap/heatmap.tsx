/**
 * The heatmap section (server): title, size control, zoom-out link and legend around the client map.
 * Everything here is a plain link, so sizing and zooming work without JavaScript.
 */
import { HeatmapMap } from '@/components/heatmap/heatmap-map';
import { formatPct } from '@/lib/format';
import type { HeatmapData } from '@/lib/heatmap/types';
import { COLOR_CONVENTIONS, CONVENTION_LABELS } from '@/lib/palette';
import './heatmap.css';

const SIZE_NOTES = {
  marketCap: 'tile area is market capitalisation',
  turnover: 'tile area is turnover (HKD traded, an estimate of value traded)',
  equal: 'every tile the same size',
} as const;

function stepClass(step: number): string {
  return step > 0 ? `s-p${step}` : step < 0 ? `s-m${-step}` : 's-0';
}

export function HeatmapLegend({ cap, basis, periodLabel = null }: { cap: number; basis: HeatmapData['basis']; periodLabel?: string | null }) {
  const steps = Array.from({ length: 13 }, (_, i) => i - 6);
  const label = (step: number) =>
    step === -6 ? `≤${formatPct(-cap, 0)}` : step === 6 ? `≥${formatPct(cap, 0)}` : step === 0 ? '0' : Math.abs(step) === 3 ? formatPct((step / 6) * cap, 1) : '';
  return (
    <div className="hm-legend" data-testid="heatmap-legend">
      <div className="hm-scale" role="img" aria-label={`Colour scale: % change from ${formatPct(-cap, 0)} or less to ${formatPct(cap, 0)} or more, grey at 0`}>
        {steps.map((s) => (
          <span key={s} className={`hm-sw ${stepClass(s)}`}>
            <small>{label(s)}</small>
          </span>
        ))}
      </div>
      <p className="muted">
        Industry {periodLabel ? `${periodLabel} ` : ''}% change: <strong data-testid="heatmap-basis">{basis}</strong> average of its stocks
        {periodLabel ? ' (stocks with a day beyond ±50 % in the period left out)' : ' (moves beyond ±50 % left out)'}.{' '}
        <span data-testid="heatmap-cap">
          Colours capped at ±{cap}%{periodLabel ? ` for ${periodLabel} (±3% for 1D; the cap widens with the period)` : ''}
        </span>
        :{' '}
        {COLOR_CONVENTIONS.map((c) => (
          <span key={c} className={`hm-cv hm-cv-${c}`}>
            {CONVENTION_LABELS[c]}
          </span>
        ))}
        .
      </p>
    </div>
  );
}

export function Heatmap({ data }: { data: HeatmapData }) {
  const sizeNote = SIZE_NOTES[data.size];
  return (
    <section className="panel hm" id="heatmap" aria-labelledby="heatmap-title" data-testid="heatmap">
      <div className="hm-head">
        <h2 id="heatmap-title">
          {data.sector ? `Heatmap: ${data.sector}` : 'Heatmap'}
          {data.periodLabel ? `, ${data.periodLabel}` : ''}
        </h2>
        {data.zoomOutHref ? (
          <a className="hm-back" href={data.zoomOutHref} data-testid="heatmap-zoom-out">
            ← All industries
          </a>
        ) : null}
        <nav className="hm-sizes" aria-label="Tile size">
          <span className="muted">Size by</span>
          {data.sizes.map((s) => (
            <a key={s.measure} href={s.href} aria-current={s.current ? 'true' : undefined}>
              {s.label}
            </a>
          ))}
        </nav>
      </div>
      <p className="muted hm-note">
        {data.sector ? `${data.tiles.length} stocks in ${data.sector}` : `${data.tiles.length} stocks by industry`}; {sizeNote}
        {data.unsized > 0 ? ` (${data.unsized} without it are in the table only)` : ''}. Click an industry to{' '}
        {data.sector ? 'go back' : 'zoom in'}; hover or tap a tile for details, click it or press Enter for the stock&apos;s page; arrow keys move between tiles.
      </p>
      {data.highlight ? (
        <p className="hm-highlight" data-testid="heatmap-highlight">
          Outlined: <a href={`/stocks/${data.highlight.code}`}>{data.highlight.name} ({data.highlight.code})</a> {formatPct(data.highlight.pct)}
        </p>
      ) : null}
      <HeatmapMap
        groups={data.groups}
        tilesJson={JSON.stringify(data.tiles)}
        label={`Stocks by industry, ${data.periodLabel ? `${data.periodLabel} % change, ` : ''}${sizeNote}`}
        zoomed={data.sector !== null}
        changeLabel={data.periodLabel ? `${data.periodLabel} change` : undefined}
        highlight={data.highlight?.code ?? null}
      />
      <HeatmapLegend cap={data.cap} basis={data.basis} periodLabel={data.periodLabel} />
    </section>
  );
}
