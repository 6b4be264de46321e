'use client';
/**
 * The summary chart on the page. First paint is the static SVG (the same renderer as the image endpoint,
 * with CSS-variable colours), server-rendered into the HTML from the 12-row data; recharts is loaded only
 * when the reader reaches for the chart (pointer, touch or the Explore button; focusing the button fetches its
 * code), so it is not in the initial JS.
 */
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import type { SummaryChartData } from '@/lib/charts/summary';
import { renderSummarySvg } from '@/lib/charts/summary-svg';
import '@/components/heatmap/heatmap.css';

const loadInteractive = () => import('@/components/summary-chart/summary-chart-interactive');
const InteractiveSummaryChart = lazy(loadInteractive);

export function SummaryChart({ data }: { data: SummaryChartData }) {
  const [live, setLive] = useState(false);
  const wide = useMemo(() => renderSummarySvg(data, { colors: 'css', width: 960 }), [data]);
  const narrow = useMemo(() => renderSummarySvg(data, { colors: 'css', width: 360 }), [data]);
  const button = useRef<HTMLButtonElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const refocus = useRef(false);
  // The Explore button goes away when the chart wakes: if it had focus, focus moves to the chart rather
  // than being dropped on <body> (a keyboard user would lose their place).
  const wake = () => {
    refocus.current = button.current !== null && document.activeElement === button.current;
    setLive(true);
  };
  useEffect(() => {
    if (live && refocus.current) {
      refocus.current = false;
      body.current?.focus();
    }
  }, [live]);
  const staticChart = (
    <>
      <div className="sc-static sc-wide" dangerouslySetInnerHTML={{ __html: wide }} />
      <div className="sc-static sc-narrow" dangerouslySetInnerHTML={{ __html: narrow }} />
    </>
  );
  return (
    <section className="panel summary-chart" aria-labelledby="summary-chart-title" data-testid="summary-chart" onPointerEnter={wake} onTouchStart={wake}>
      <div className="sc-head">
        <h2 id="summary-chart-title">Industries vs the HSI{data.periodLabel ? `, ${data.periodLabel}` : ''}</h2>
        {live ? null : (
          // Focus only fetches the chart's code; swapping on focus would pull the button from under the keyboard.
          <button ref={button} type="button" className="hm-toggle" onClick={wake} onFocus={() => void loadInteractive()}>
            Explore
          </button>
        )}
      </div>
      <div className="sc-body" ref={body} tabIndex={-1}>
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
