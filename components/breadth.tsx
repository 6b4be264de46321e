import { formatInteger } from '@/lib/format';
import type { Breadth as BreadthMetrics } from '@/lib/metrics';
import { refKey } from '@/lib/session/refs';

export function Breadth({ breadth, title = 'Breadth' }: { breadth: BreadthMetrics; title?: string }) {
  const total = breadth.total;
  const pct = (n: number) => (total === 0 ? 0 : (n / total) * 100);
  return (
    <section className="panel" aria-labelledby="breadth-title" data-testid="breadth" data-ref={refKey.market('breadth')}>
      <h2 id="breadth-title">{title}</h2>
      <div className="breadth-bar" aria-hidden="true">
        <span className="adv" style={{ width: `${pct(breadth.advancers)}%` }} />
        <span className="unch" style={{ width: `${pct(breadth.unchanged)}%` }} />
        <span className="dec" style={{ width: `${pct(breadth.decliners)}%` }} />
      </div>
      <div className="breadth-legend">
        <span>
          <strong className="up" data-testid="advancers">{formatInteger(breadth.advancers)}</strong> advancers
        </span>
        <span>
          <strong className="down" data-testid="decliners">{formatInteger(breadth.decliners)}</strong> decliners
        </span>
        <span>
          <strong data-testid="unchanged">{formatInteger(breadth.unchanged)}</strong> unchanged
        </span>
        <span className="muted">of {formatInteger(total)} stocks</span>
        {breadth.extremeCount > 0 ? (
          <span className="muted" data-testid="breadth-extremes">
            ({breadth.extremeCount} flagged move{breadth.extremeCount === 1 ? '' : 's'} beyond ±50 % not counted)
          </span>
        ) : null}
      </div>
    </section>
  );
}
