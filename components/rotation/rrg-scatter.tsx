'use client';

import { CartesianGrid, ReferenceArea, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { RrgSeries } from '@/components/rotation/rrg-types';
import type { RrgClientText } from '@/lib/i18n/messages/rotation';

/** Leading, Weakening, Lagging, Improving: the order of `labels.quadrants`. */
const QUADRANTS = [
  { x: [100, 1], y: [100, 1], fill: 'var(--up-fill)' },
  { x: [100, 1], y: [-1, 100], fill: '#edc948' },
  { x: [-1, 100], y: [-1, 100], fill: 'var(--down-fill)' },
  { x: [-1, 100], y: [100, 1], fill: '#4e79a7' },
] as const;

type Labels = Pick<RrgClientText, 'ratio' | 'momentum' | 'quadrants'>;

interface Point {
  ratio: number;
  momentum: number;
  date: string;
  industry: string;
  last: boolean;
}

function TooltipBody({ active, payload, labels }: { active?: boolean; payload?: { payload: Point }[]; labels: Labels }) {
  const p = payload?.[0]?.payload;
  if (!active || !p) return null;
  return (
    <div className="chart-tooltip">
      <strong>{p.industry}</strong>
      <div>{p.date}</div>
      <div>
        {labels.ratio} {p.ratio.toFixed(2)}
      </div>
      <div>
        {labels.momentum} {p.momentum.toFixed(2)}
      </div>
    </div>
  );
}

/** The Relative Rotation Graph: one tail per industry, quadrants shaded. Loaded lazily by RrgChart. */
export default function RrgScatter({ series, labels }: { series: RrgSeries[]; labels: Labels }) {
  const all = series.flatMap((s) => s.tail);
  const spread = Math.max(0.5, ...all.map((p) => Math.abs(p.ratio - 100)), ...all.map((p) => Math.abs(p.momentum - 100))) * 1.1;
  const lo = 100 - spread;
  const hi = 100 + spread;
  const edge = (v: number) => (v === 1 ? hi : v === -1 ? lo : v);
  return (
    <ResponsiveContainer width="100%" height={360}>
      <ScatterChart margin={{ top: 10, right: 16, bottom: 24, left: 8 }}>
        {QUADRANTS.map((q, k) => (
          <ReferenceArea
            key={k}
            x1={edge(q.x[0])}
            x2={edge(q.x[1])}
            y1={edge(q.y[0])}
            y2={edge(q.y[1])}
            fill={q.fill}
            fillOpacity={0.08}
            stroke="none"
            label={{ value: labels.quadrants[k], position: 'insideTopLeft', fill: 'var(--muted)', fontSize: 12 }}
            ifOverflow="hidden"
          />
        ))}
        <CartesianGrid strokeDasharray="2 4" stroke="var(--border)" />
        <XAxis type="number" dataKey="ratio" domain={[lo, hi]} tickFormatter={(v: number) => v.toFixed(1)} name={labels.ratio} stroke="var(--muted)" fontSize={12} />
        <YAxis type="number" dataKey="momentum" domain={[lo, hi]} tickFormatter={(v: number) => v.toFixed(1)} name={labels.momentum} stroke="var(--muted)" fontSize={12} width={44} />
        <ReferenceLine x={100} stroke="var(--muted)" />
        <ReferenceLine y={100} stroke="var(--muted)" />
        <Tooltip content={<TooltipBody labels={labels} />} cursor={false} />
        {series.map((s) => (
          <Scatter
            key={s.industry}
            name={s.name ?? s.industry}
            data={s.tail.map((p, i) => ({ ...p, industry: s.name ?? s.industry, last: i === s.tail.length - 1 }))}
            fill={s.color}
            line={{ stroke: s.color, strokeWidth: 1.5 }}
            isAnimationActive={false}
            shape={(props: { cx?: number; cy?: number; payload?: Point }) => (
              <circle cx={props.cx} cy={props.cy} r={props.payload?.last ? 5 : 2} fill={s.color} stroke="var(--surface)" strokeWidth={props.payload?.last ? 1 : 0} />
            )}
          />
        ))}
      </ScatterChart>
    </ResponsiveContainer>
  );
}
