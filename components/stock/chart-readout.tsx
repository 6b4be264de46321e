'use client';
/** Crosshair and values under the pointer, read from the chart's data table (see chart-hover.tsx). */
import { useRef, useState, type PointerEvent } from 'react';
import type { ChartHoverProps } from '@/components/stock/chart-hover';

interface Reading {
  i: number;
  left: number;
  cells: string[];
  headers: string[];
}

export function ChartReadout({ xs, width }: ChartHoverProps) {
  const box = useRef<HTMLDivElement>(null);
  const [reading, setReading] = useState<Reading | null>(null);

  const onMove = (e: PointerEvent) => {
    const el = box.current;
    if (!el || xs.length === 0) return;
    const r = el.getBoundingClientRect();
    const x = ((e.clientX - r.left) / r.width) * width;
    let i = 0;
    while (i < xs.length - 1 && Math.abs(xs[i + 1]! - x) <= Math.abs(xs[i]! - x)) i++;
    const table = el.closest('.stock-chart')?.querySelector('table[data-testid="chart-data"]');
    const row = table?.querySelectorAll('tbody tr')[i];
    if (!row) return;
    const headers = [...(table?.querySelectorAll('thead th') ?? [])].map((th) => th.textContent ?? '');
    setReading({ i, left: (xs[i]! / width) * 100, cells: [...row.querySelectorAll('th, td')].map((td) => td.textContent ?? ''), headers });
  };

  return (
    <div ref={box} className="sc-hover" onPointerMove={onMove} onPointerLeave={() => setReading(null)} aria-hidden="true">
      {reading ? (
        <>
          <div className="sc-cross" style={{ left: `${reading.left}%` }} />
          <div className={`sc-read${reading.left > 60 ? ' flip' : ''}`} style={{ left: `${reading.left}%` }}>
            <strong>{reading.cells[0]}</strong>
            {reading.cells.slice(1).map((c, k) => (
              <span key={k} className={`r-${k}`}>
                {reading.headers[k + 1]}: {c}
              </span>
            ))}
          </div>
        </>
      ) : null}
    </div>
  );
}
