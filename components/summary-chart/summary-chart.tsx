'use client';
/**
 * The summary chart on the page. First paint is the static SVG (the same renderer as the image endpoint,
 * with CSS-variable colours), server-rendered into the HTML from the 12-row data; recharts is loaded only
 * when the reader reaches for the chart (pointer, touch, focus or the button), so it is not in the initial JS.
 */
import { lazy, Suspense, useMemo, useState } from 'react';
import type { SummaryChartData } from '@/lib/charts/summary';
import { renderSummarySvg } from '@/lib/charts/summary-svg';
import '@/components/heatmap/heatmap.css';

const InteractiveSummaryChart = lazy(() => import('@/components/summary-chart/summary-chart-interactive'));

export function SummaryChart({ data }: { data: SummaryChartData }) {
  const [live, setLive] = useState(false);
  const wide = useMemo(() => renderSummarySvg(data, { colors: 'css', width: 960 }), [data]);
  const narrow = useMemo(() => renderSummarySvg(data, { colors: 'css', width: 360 }), [data]);
  const wake = () => setLive(true);
  const staticChart = (
    <>
      <div className="sc-static sc-wide" dangerouslySetInnerHTML={{ __html: wide }} />
      <div className="sc-static sc-narrow" dangerouslySetInnerHTML={{ __html: narrow }} />
    </>
  );
  return (
    <section className="panel summary-chart" aria-labelledby="summary-chart-title" data-testid="summary-chart" onPointerEnter={wake} onTouchStart={wake} onFocus={wake}>
      <div className="sc-head">
        <h2 id="summary-chart-title">Industries vs the HSI</h2>
        {live ? null : (
          <button type="button" className="hm-toggle" onClick={wake}>
            Explore
          </button>
        )}
      </div>
      <div className="sc-body">
        {live ? (
          <Suspense fallback={staticChart}>
            <InteractiveSummaryChart data={data} />
          </Suspense>
        ) : (
          staticChart
        )}
      </div>
    </section>
  );
}
