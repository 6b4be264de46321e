/**
 * The stock over the archive (server-rendered SVG): its chain-linked growth rebased to 100, beside the
 * HSI and its industry on the same base. The series switches are checkboxes that CSS reads (:has), so
 * they work before and without JavaScript; the hover read-out is a small client leaf loaded on first use.
 * The table under the chart holds every plotted value (the chart's accessible equivalent).
 */
import { ChartHover } from '@/components/stock/chart-hover';
import { formatMonth, formatSessionDate } from '@/lib/dates';
import { formatPoints } from '@/lib/format';
import { CHART_BOX, chartGeometry } from '@/lib/stocks/chart-geometry';
import { chartTableRowsHtml } from '@/lib/stocks/chart-table';
import type { ChartPoint } from '@/lib/stocks/figures';
import type { Locale } from '@/lib/i18n/locale';
import { stocksText } from '@/lib/i18n/messages/stocks';

interface Props {
  points: ChartPoint[];
  name: string;
  industry: string;
  basisNote: string | null;
  locale: Locale;
  /** The stock's name in the edition's language when it differs from the page's (lang="en" on a Chinese page). */
  nameLang?: string;
}

const monthLabel = (date: string, locale: Locale) => (locale === 'zh-hk' ? formatMonth(date.slice(0, 7), locale) : formatSessionDate(date).slice(-8));

export function StockChart({ points, name, industry, basisNote, locale, nameLang }: Props) {
  const t = stocksText[locale].chart;
  const g = chartGeometry(points);
  const { width, height, left, right } = CHART_BOX;
  const first = points[0];
  const last = points[points.length - 1];
  return (
    <section className="panel stock-chart" aria-labelledby="chart-title" data-testid="stock-chart">
      <div className="sc-head">
        <h2 id="chart-title">{t.since(first ? formatSessionDate(first.date, locale) : '–')}</h2>
        <fieldset className="series-toggles">
          <legend className="visually-hidden">{t.lines}</legend>
          <label className="k-stock">
            <input type="checkbox" checked disabled /> <span lang={nameLang}>{name}</span>
          </label>
          <label className="k-industry">
            <input type="checkbox" id="show-industry" defaultChecked /> {t.industry(industry)}
          </label>
          <label className="k-hsi">
            <input type="checkbox" id="show-hsi" defaultChecked /> {t.hsi}
          </label>
        </fieldset>
      </div>
      <p className="muted note">
        {t.note(basisNote)} {g.scale === 'log' ? t.log : ''}
      </p>
      <div className="sc-plot">
        <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="chart-title chart-desc" data-testid="stock-chart-svg" data-scale={g.scale}>
          <desc id="chart-desc">
            {last
              ? t.desc(
                  name,
                  formatPoints(last.stock, 1),
                  industry,
                  last.industry === null ? '–' : formatPoints(last.industry, 1),
                  last.hsi === null ? '–' : formatPoints(last.hsi, 1),
                  first ? formatSessionDate(first.date, locale) : '',
                )
              : t.noData}
          </desc>
          <g className="grid">
            {g.yTicks.map((tick) => (
              <g key={tick.value}>
                <line x1={left} x2={width - right} y1={tick.y} y2={tick.y} />
                <text x={left - 6} y={tick.y + 4} textAnchor="end">
                  {tick.value}
                </text>
              </g>
            ))}
            {g.xTicks.map((tick) => (
              <text key={tick.date} x={tick.x} y={height - 6} textAnchor="middle">
                {monthLabel(tick.date, locale)}
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
        <summary>{t.data(points.length)}</summary>
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t.dataLabel}>
          <table className="data" data-testid="chart-data">
            <thead>
              <tr>
                <th scope="col">{t.date}</th>
                <th scope="col" className="num" lang={nameLang}>
                  {name}
                </th>
                <th scope="col" className="num">
                  {industry}
                </th>
                <th scope="col" className="num">
                  {t.hsiShort}
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
