import { direction, formatPct, formatPoints, formatSignedPoints } from '@/lib/format';
import { Sparkline } from '@/components/sparkline';
import type { IndexQuote } from '@/lib/session/model';
import { refKey } from '@/lib/session/refs';

export function IndexCards({ indices, sparklines = {} }: { indices: readonly IndexQuote[]; sparklines?: Record<string, number[]> }) {
  if (indices.length === 0) return <p className="muted">No index closes in this snapshot.</p>;
  return (
    <section className="index-cards" aria-label="Index closes">
      {indices.map((index) => {
        const dir = direction(index.changePct);
        return (
          <article key={index.id} className={`index-card ${dir}`} data-index={index.id} data-ref={refKey.index(index.id)}>
            <h2>
              {index.name}
              {index.nameZh ? <span lang="zh-Hant"> {index.nameZh}</span> : null}
            </h2>
            <div className="close" data-testid={`close-${index.id}`}>
              {formatPoints(index.close)}
            </div>
            <div className={`change ${dir}`}>
              <span data-testid={`points-${index.id}`}>{formatSignedPoints(index.change)}</span>
              <span data-testid={`pct-${index.id}`}>{formatPct(index.changePct)}</span>
            </div>
            <Sparkline closes={sparklines[index.id] ?? []} label={`${index.name}, last ${(sparklines[index.id] ?? []).length} sessions`} />
          </article>
        );
      })}
    </section>
  );
}
