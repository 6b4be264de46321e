'use client';
/**
 * The summary chart's interactive leaf. It shows the server's static chart (its children) until the reader
 * reaches for it (pointer, touch or the Explore button; focusing the button fetches the code), then loads
 * recharts and swaps the interactive chart in. recharts is not in the page's first JavaScript.
 */
import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import type { SummaryChartData } from '@/lib/charts/summary';

const loadInteractive = () => import('@/components/summary-chart/summary-chart-interactive');
const InteractiveSummaryChart = lazy(loadInteractive);

/** `title` and `explore`: the heading and the button's words, in the page's edition. */
export function SummaryChartExplorer({ data, title, explore, children }: { data: SummaryChartData; title: string; explore: string; children: ReactNode }) {
  const [live, setLive] = useState(false);
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
  return (
    <section className="panel summary-chart" aria-labelledby="summary-chart-title" data-testid="summary-chart" onPointerEnter={wake} onTouchStart={wake}>
      <div className="sc-head">
        <h2 id="summary-chart-title">{title}</h2>
        {live ? null : (
          // Focus only fetches the chart's code; swapping on focus would pull the button from under the keyboard.
          <button ref={button} type="button" className="hm-toggle" onClick={wake} onFocus={() => void loadInteractive()}>
            {explore}
          </button>
        )}
      </div>
      <div className="sc-body" ref={body} tabIndex={-1}>
        {live ? (
          <Suspense fallback={children}>
            <InteractiveSummaryChart data={data} />
          </Suspense>
        ) : (
          children
        )}
      </div>
    </section>
  );
}
