import { direction, formatPct, formatPoints, formatSignedPoints } from '@/lib/format';
import type { IndexQuote } from '@/lib/session/model';

export function IndexCards({ indices }: { indices: readonly IndexQuote[] }) {
  if (indices.length === 0) return <p className="muted">No index closes in this snapshot.</p>;
  return (
    <section className="index-cards" aria-label="Index closes">
      {indices.map((index) => {
        const dir = direction(index.changePct);
        return (
          <article key={index.id} className={`index-card ${dir}`} data-index={index.id}>
            <h3>
              {index.name}
              {index.nameZh ? <span lang="zh-Hant"> {index.nameZh}</span> : null}
            </h3>
            <div className="close" data-testid={`close-${index.id}`}>
              {formatPoints(index.close)}
            </div>
            <div className={`change ${dir}`}>
              <span data-testid={`points-${index.id}`}>{formatSignedPoints(index.change)}</span>
              <span data-testid={`pct-${index.id}`}>{formatPct(index.changePct)}</span>
            </div>
          </article>
        );
      })}
    </section>
  );
}
