import { direction, formatPct, formatPoints, formatSignedPoints } from '@/lib/format';
import { formatSessionDate } from '@/lib/dates';
import { Sparkline } from '@/components/sparkline';
import type { IndexQuote } from '@/lib/session/model';
import { refKey } from '@/lib/session/refs';
import type { IndexContext } from '@/lib/views/index-context';

interface Props {
  /** The session's own quotes (1D). */
  indices: readonly IndexQuote[];
  sparklines?: Record<string, number[]>;
  /** The period shown ('1M') with each index's change over it; absent for 1D. */
  period?: { label: string; indices: readonly IndexQuote[] } | null;
  /** 52-week range and "highest close since", per index id, from the history store. */
  context?: Record<string, IndexContext>;
}

function RangeBar({ context, name }: { context: IndexContext; name: string }) {
  const { range } = context;
  const pct = Math.round(context.position * 1000) / 10;
  const label = `${name}: 52-week closing range ${formatPoints(range.low)} to ${formatPoints(range.high)}, today's close ${formatPoints(context.close)}`;
  return (
    <div className="range" data-testid={`range-${context.id}`}>
      <div className="range-bar" role="img" aria-label={label}>
        <span className="range-mark" style={{ left: `${pct}%` }} />
      </div>
      <div className="range-ends muted">
        <span title={`Low close, ${formatSessionDate(range.lowDate)}`}>{formatPoints(range.low, 0)}</span>
        <span>{range.sessions < 250 ? `${range.sessions}-session range` : '52-week range'}</span>
        <span title={`High close, ${formatSessionDate(range.highDate)}`}>{formatPoints(range.high, 0)}</span>
      </div>
    </div>
  );
}

function sincePhrase(since: NonNullable<IndexContext['since']>): string {
  // "highest close since 24 Mar 2025": the last session that closed at least as high; none in the archive otherwise.
  return since.date
    ? `${since.kind} close since ${formatSessionDate(since.date).slice(4)}`
    : `${since.kind} close in the archive (which starts ${formatSessionDate(since.archiveStart).slice(4)})`;
}

export function IndexCards({ indices, sparklines = {}, period = null, context = {} }: Props) {
  if (indices.length === 0) return <p className="muted">No index closes in this snapshot.</p>;
  const periodById = new Map((period?.indices ?? []).map((i) => [i.id, i]));
  return (
    <section className="index-cards" aria-label="Index closes">
      {indices.map((index) => {
        const over = periodById.get(index.id);
        const shown = period && over ? over : index;
        const dir = direction(shown.changePct);
        const ctx = context[index.id];
        return (
          <article key={index.id} className={`index-card ${dir}`} data-index={index.id} data-ref={refKey.index(index.id)}>
            <h2>
              {index.name}
              {index.nameZh ? <span lang="zh-Hant"> {index.nameZh}</span> : null}
            </h2>
            <div className="close" data-testid={`close-${index.id}`}>
              {formatPoints(index.close)}
            </div>
            {period && over ? (
              <>
                <div className={`change ${dir}`} data-testid={`period-change-${index.id}`}>
                  <span className="period-tag">{period.label}</span>
                  <span data-testid={`period-points-${index.id}`}>{formatSignedPoints(over.change)}</span>
                  <span data-testid={`period-pct-${index.id}`}>{formatPct(over.changePct)}</span>
                </div>
                <div className={`change small ${direction(index.changePct)}`}>
                  <span className="period-tag">1D</span>
                  <span data-testid={`points-${index.id}`}>{formatSignedPoints(index.change)}</span>
                  <span data-testid={`pct-${index.id}`}>{formatPct(index.changePct)}</span>
                </div>
              </>
            ) : (
              <div className={`change ${dir}`}>
                <span data-testid={`points-${index.id}`}>{formatSignedPoints(index.change)}</span>
                <span data-testid={`pct-${index.id}`}>{formatPct(index.changePct)}</span>
              </div>
            )}
            {period && !over ? <p className="muted small">No {period.label} change: the index has no close at the period&apos;s start.</p> : null}
            {ctx?.since ? (
              <p className="since" data-testid={`since-${index.id}`}>
                {sincePhrase(ctx.since).replace(/^./, (c) => c.toUpperCase())}
              </p>
            ) : null}
            {ctx ? <RangeBar context={ctx} name={index.name} /> : null}
            <Sparkline closes={sparklines[index.id] ?? []} label={`${index.name}, last ${(sparklines[index.id] ?? []).length} sessions`} />
          </article>
        );
      })}
    </section>
  );
}
