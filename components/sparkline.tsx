import { direction } from '@/lib/format';

/**
 * A small line of an index's last closes (oldest first), coloured by the change over the window.
 * Server-rendered SVG: a few hundred bytes.
 */
export function Sparkline({ closes, label }: { closes: readonly number[]; label: string }) {
  if (closes.length < 2) return null;
  const width = 120;
  const height = 28;
  const min = Math.min(...closes);
  const max = Math.max(...closes);
  const span = max - min || 1;
  const points = closes
    .map((c, i) => `${((i / (closes.length - 1)) * width).toFixed(1)},${(height - 2 - ((c - min) / span) * (height - 4)).toFixed(1)}`)
    .join(' ');
  const first = closes[0]!;
  const last = closes[closes.length - 1]!;
  const dir = direction(((last - first) / first) * 100);
  return (
    <svg className={`sparkline ${dir}`} viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={label}>
      <polyline points={points} fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
    </svg>
  );
}
