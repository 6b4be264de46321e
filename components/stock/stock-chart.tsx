/**
 * The stock over the archive (server-rendered SVG): its chain-linked growth rebased to 100, beside the
 * HSI and its industry on the same base. The series switches are checkboxes that CSS reads (:has), so
 * they work before and without JavaScript; the hover read-out is a small client leaf loaded on first use.
 * The table under the chart holds every plotted value (the chart's accessible equivalent).
 */
import { ChartHover } from '@/components/stock/chart-hover';
import { formatSessionDate } from '@/lib/dates';
import { formatPoints } from '@/lib/format';
import { CHART_BOX, chartGeometry } from '@/lib/stocks/chart-geometry';
import { chartTableRowsHtml } from '@/lib/stocks/chart-table';
import type { ChartPoint } from '@/lib/stocks/figures';

interface Props {
  points: ChartPoint[];
  name: string;
  industry: string;
  basisNote: string | null;
}

const monthLabel = (date: string) => formatSessionDate(date).slice(-8);

export function StockChart({ points, name, industry, basisNote }: Props) {
  const g = chartGeometry(points);
  const { width, height, left, right } = CHART_BOX;
  const first = points[0];
  const last = points[points.length - 1];
  return (
    <section className="panel stock-chart" aria-labelledby="chart-title" data-testid="stock-chart">
      <div className="sc-head">
        <h2 id="chart-title">Since {first ? formatSessionDate(first.date) : '–'}</h2>
        <fieldset className="series-toggles">
          <legend className="visually-hidden">Lines shown</legend>
          <label className="k-stock">
            <input type="checkbox" checked disabled /> {name}
          </label>
          <label className="k-industry">
            <input type="checkbox" id="show-industry" defaultChecked /> {industry} (equal-weighted)
          </label>
          <label className="k-hsi">
            <input type="checkbox" id="show-hsi" defaultChecked /> Hang Seng Index
          </label>
        </fieldset>
      </div>
      <p className="muted note">
        Growth of 100 held from the first session shown: the stock&apos;s daily % changes chained, so a change of close basis or a
        bonus issue is never drawn as a move{basisNote ? ` (${basisNote})` : ''}. {g.scale === 'log' ? 'Logarithmic scale: equal distances are equal % moves.' : ''}
      </p>
      <div className="sc-plot">
        <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="chart-title chart-desc" data-testid="stock-chart-svg" data-scale={g.scale}>
          <desc id="chart-desc">
            {last ? `${name} at ${formatPoints(last.stock, 1)}, ${industry} at ${last.industry === null ? '–' : formatPoints(last.industry, 1)}, HSI at ${last.hsi === null ? '–' : formatPoints(last.hsi, 1)} (100 = ${first ? formatSessionDate(first.date) : ''}).` : 'No data.'}
          </desc>
          <g className="grid">
            {g.yTicks.map((t) => (
              <g key={t.value}>
                <line x1={left} x2={width - right} y1={t.y} y2={t.y} />
                <text x={left - 6} y={t.y + 4} textAnchor="end">
                  {t.value}
                </text>
              </g>
            ))}
            {g.xTicks.map((t) => (
              <text key={t.date} x={t.x} y={height - 6} textAnchor="middle">
                {monthLabel(t.date)}
              </text>
            ))}
            <line className="base" x1={left} x2={width - right} y1={g.baseY} y2={g.baseY} />
          </g>
          <path className="line line-hsi" d={g.paths.hsi} />
          <path className="line line-industry" d={g.paths.industry} />
          <path className="line line-stock" d={g.paths.stock} />
        </svg>
        <ChartHover xs={g.xs} width={width} />
      </div>
      <details className="chart-data">
        <summary>Chart data ({points.length} sessions)</summary>
        <div className="table-wrap" tabIndex={0} role="region" aria-label="Chart data">
          <table className="data" data-testid="chart-data">
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col" className="num">
                  {name}
                </th>
                <th scope="col" className="num">
                  {industry}
                </th>
                <th scope="col" className="num">
                  HSI
                </th>
              </tr>
            </thead>
            <tbody dangerouslySetInnerHTML={{ __html: chartTableRowsHtml(points) }} />
          </table>
        </div>
      </details>
    </section>
  );
}
