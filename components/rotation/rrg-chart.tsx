'use client';

import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { RrgSeries } from '@/components/rotation/rrg-types';

// recharts is loaded only when the chart is about to scroll into view, so it is not in the page's first JS.
const RrgScatter = lazy(() => import('@/components/rotation/rrg-scatter'));

const DEFAULT_CAPTION = 'RS-Ratio (x) against RS-Momentum (y), 100 = in line with the HSI; tails show the last sessions, the dot is the latest.';

/** The RRG with a legend that switches industries on and off (all on at first; the server renders the legend). */
export function RrgChart({ series, windowLabel, caption = DEFAULT_CAPTION }: { series: RrgSeries[]; windowLabel: string; caption?: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());

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

  const toggle = (industry: string) =>
    setHidden((prev) => {
      const next = new Set(prev);
      if (next.has(industry)) next.delete(industry);
      else next.add(industry);
      return next;
    });
  const shown = series.filter((s) => !hidden.has(s.industry));

  return (
    <figure className="rrg" ref={box} aria-label={`Relative Rotation Graph of the 12 industries against the HSI, ${windowLabel}`}>
      <div className="rrg-plot" data-testid="rrg-plot">
        {visible ? (
          <Suspense fallback={<p className="muted rrg-loading">Loading chart…</p>}>
            <RrgScatter series={shown} />
          </Suspense>
        ) : (
          <p className="muted rrg-loading">The chart loads as it scrolls into view; the table above has the same quadrants.</p>
        )}
      </div>
      <ul className="rrg-legend" data-testid="rrg-legend">
        {series.map((s) => (
          <li key={s.industry}>
            <button type="button" className="rrg-toggle" aria-pressed={!hidden.has(s.industry)} onClick={() => toggle(s.industry)} data-industry={s.industry}>
              <i style={{ background: hidden.has(s.industry) ? 'transparent' : s.color, borderColor: s.color }} />
              {s.industry}
              {s.quadrant ? <span className="muted"> · {s.quadrant}</span> : null}
            </button>
          </li>
        ))}
      </ul>
      <figcaption className="muted">
        {caption} {caption === DEFAULT_CAPTION ? `${windowLabel}. ` : ''}Click an industry in the legend to hide or show it.
      </figcaption>
    </figure>
  );
}
