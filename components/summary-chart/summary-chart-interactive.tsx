'use client';
/**
 * The interactive summary chart (recharts), loaded on demand by SummaryChart. Bars take the palette's
 * step classes, so they follow the colour convention like the heatmap.
 */
import { Bar, BarChart, Cell, LabelList, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { SummaryChartData, SummaryRow } from '@/lib/charts/summary';
import { direction, formatPct } from '@/lib/format';

function stepClass(step: number): string {
  return step > 0 ? `s-p${step}` : step < 0 ? `s-m${-step}` : 's-0';
}

function TooltipBody({ active, payload, text }: { active?: boolean; payload?: ReadonlyArray<{ payload?: SummaryRow }>; text?: SummaryChartData['text'] }) {
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  return (
    <div className="sc-tip">
      <strong>{row.name ?? row.industry}</strong>
      <div className={direction(row.pct)}>{formatPct(row.pct)}</div>
      <div className="muted">
        {text
          ? text.tipBreadth.replace('{a}', String(row.advancers)).replace('{d}', String(row.decliners)).replace('{u}', String(row.unchanged))
          : `${row.advancers} advancers, ${row.decliners} decliners, ${row.unchanged} unchanged`}
      </div>
    </div>
  );
}

export default function InteractiveSummaryChart({ data }: { data: SummaryChartData }) {
  // The same domain as the static SVG: from the data, always including 0, padded for the value labels.
  const values = [0, ...data.rows.map((r) => r.pct), data.hsiPct ?? 0];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = Math.max(0.25, (hi - lo) * 0.18);
  const domain: [number, number] = [lo < 0 ? lo - pad : 0, hi > 0 ? hi + pad : 0];
  const height = 56 + data.rows.length * 28;
  return (
    <div className="sc-live" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data.rows} layout="vertical" margin={{ top: 24, right: 16, bottom: 4, left: 4 }}>
          <XAxis type="number" domain={domain} tickFormatter={(v: number) => formatPct(v, 1)} tick={{ fill: 'var(--muted)', fontSize: 11 }} stroke="var(--border)" />
          <YAxis type="category" dataKey="short" width={110} tick={{ fill: 'var(--text)', fontSize: 13 }} stroke="var(--border)" interval={0} />
          <Tooltip content={<TooltipBody text={data.text} />} cursor={{ fill: 'var(--surface-2)' }} />
          <ReferenceLine x={0} stroke="var(--border)" />
          {data.hsiPct === null ? null : (
            <ReferenceLine
              x={data.hsiPct}
              stroke="var(--text)"
              strokeDasharray="4 3"
              label={{ value: `${data.text?.hsi ?? 'HSI'} ${formatPct(data.hsiPct)}`, position: 'top', fill: 'var(--text)', fontSize: 11 }}
            />
          )}
          <Bar dataKey="pct" isAnimationActive={false}>
            {data.rows.map((r) => (
              <Cell key={r.industry} className={stepClass(r.step)} />
            ))}
            <LabelList dataKey="pct" position="right" formatter={(v) => formatPct(Number(v))} fill="var(--text)" fontSize={12} fontWeight={600} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
