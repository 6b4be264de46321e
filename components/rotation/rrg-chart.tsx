'use client';

import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { RrgSeries } from '@/components/rotation/rrg-types';

// recharts is loaded only when the chart is about to scroll into view, so it is not in the page's first JS.
const RrgScatter = lazy(() => import('@/components/rotation/rrg-scatter'));

export function RrgChart({ series, windowLabel }: { series: RrgSeries[]; windowLabel: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setVisible(true);
          observer.disconnect();
        }
      },
      { rootMargin: '300px' },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  return (
    <figure className="rrg" ref={box} aria-label={`Relative Rotation Graph of the 12 industries against the HSI, ${windowLabel}`}>
      <div className="rrg-plot" data-testid="rrg-plot">
        {visible ? (
          <Suspense fallback={<p className="muted rrg-loading">Loading chart…</p>}>
            <RrgScatter series={series} />
          </Suspense>
        ) : (
          <p className="muted rrg-loading">The chart loads as it scrolls into view; the table above has the same quadrants.</p>
        )}
      </div>
      <ul className="rrg-legend" aria-hidden="true">
        {series.map((s) => (
          <li key={s.industry}>
            <i style={{ background: s.color }} />
            {s.industry}
            {s.quadrant ? <span className="muted"> · {s.quadrant}</span> : null}
          </li>
        ))}
      </ul>
      <figcaption className="muted">
        RS-Ratio (x) against RS-Momentum (y), 100 = in line with the HSI; tails show the last sessions, the dot is the latest. {windowLabel}.
      </figcaption>
    </figure>
  );
}
