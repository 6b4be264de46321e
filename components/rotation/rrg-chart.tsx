'use client';

import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { RrgSeries } from '@/components/rotation/rrg-types';
import type { RrgClientText } from '@/lib/i18n/messages/rotation';

// recharts is loaded only when the chart is about to scroll into view, so it is not in the page's first JS.
const RrgScatter = lazy(() => import('@/components/rotation/rrg-scatter'));

/**
 * The RRG with a legend that switches industries on and off (all on at first; the server renders the legend).
 * `text`: the figure's words in the page's edition (lib/i18n/messages/rotation.ts, resolved on the server).
 */
export function RrgChart({ series, text }: { series: RrgSeries[]; text: RrgClientText }) {
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
    <figure className="rrg" ref={box} aria-label={text.label}>
      {/* The page's scripts start when this comes near the screen (lib/hydrate-on-intent.ts), to draw the chart. */}
      <div className="rrg-plot" data-testid="rrg-plot" data-hydrate-visible="">
        {visible ? (
          <Suspense fallback={<p className="muted rrg-loading">{text.loading}</p>}>
            <RrgScatter series={shown} labels={text} />
          </Suspense>
        ) : (
          <p className="muted rrg-loading">{text.placeholder}</p>
        )}
      </div>
      <ul className="rrg-legend" data-testid="rrg-legend">
        {series.map((s) => (
          <li key={s.industry}>
            <button type="button" className="rrg-toggle" aria-pressed={!hidden.has(s.industry)} onClick={() => toggle(s.industry)} data-industry={s.industry}>
              <i style={{ background: hidden.has(s.industry) ? 'transparent' : s.color, borderColor: s.color }} />
              {s.name ?? s.industry}
              {s.quadrant ? <span className="muted"> · {s.quadrant}</span> : null}
            </button>
          </li>
        ))}
      </ul>
      <figcaption className="muted">{text.caption}</figcaption>
    </figure>
  );
}
