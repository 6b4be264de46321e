'use client';
/**
 * The chart's hover read-out, an enhancement: nothing loads until the pointer first enters the chart
 * (or it takes focus); then the read-out module is imported and reads the values from the chart's data
 * table, so no series travels twice.
 */
import { useRef, useState, type ComponentType } from 'react';

export interface ChartHoverProps {
  xs: number[];
  width: number;
}

type Readout = ComponentType<ChartHoverProps>;

export function ChartHover(props: ChartHoverProps) {
  const [Impl, setImpl] = useState<Readout | null>(null);
  const asked = useRef(false);
  const load = () => {
    if (asked.current) return;
    asked.current = true;
    void import('@/components/stock/chart-readout').then((m) => setImpl(() => m.ChartReadout));
  };
  if (Impl) return <Impl {...props} />;
  return <div className="sc-hover" onPointerEnter={load} onFocus={load} onTouchStart={load} aria-hidden="true" />;
}
