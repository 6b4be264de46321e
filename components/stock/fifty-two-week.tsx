import { formatSessionDate } from '@/lib/dates';
import { formatPctAbs, formatPrice } from '@/lib/format';
import type { FiftyTwoWeekRange, RangePoint } from '@/lib/stocks/figures';

function Close({ p, comparable }: { p: RangePoint; comparable: boolean }) {
  if (p.close === null) return <>–</>;
  return (
    <>
      {formatPrice(p.close)}
      {p.closeBasis === 'adjusted' ? <abbr title="Dividend/split-adjusted close, not the traded price"> adj.</abbr> : null}
      {!comparable ? <abbr title="As recorded that day; a basis change or capital change since makes it incomparable with the latest close"> †</abbr> : null}
    </>
  );
}

/** The 52-week closing high and low, their dates, and where the latest close sits. */
export function FiftyTwoWeek({ range }: { range: FiftyTwoWeekRange | null }) {
  if (!range) return null;
  const pos = Math.round(range.position * 100);
  return (
    <section className="panel" aria-labelledby="range-title" data-testid="fifty-two-week">
      <h2 id="range-title">52-week range {!range.complete ? <small className="muted">({range.sessions} sessions of 250)</small> : null}</h2>
      <dl className="facts">
        <div>
          <dt>Closing high</dt>
          <dd data-testid="range-high">
            <Close p={range.high} comparable={range.closesComparable} /> on <time dateTime={range.high.date}>{formatSessionDate(range.high.date)}</time>
          </dd>
        </div>
        <div>
          <dt>Closing low</dt>
          <dd data-testid="range-low">
            <Close p={range.low} comparable={range.closesComparable} /> on <time dateTime={range.low.date}>{formatSessionDate(range.low.date)}</time>
          </dd>
        </div>
        <div>
          <dt>Latest</dt>
          <dd data-testid="range-latest">
            <Close p={range.latest} comparable /> · {range.fromHighPct === 0 ? 'at the high' : `${formatPctAbs(range.fromHighPct)} below the high`},{' '}
            {range.fromLowPct === 0 ? 'at the low' : `${formatPctAbs(range.fromLowPct)} above the low`}
          </dd>
        </div>
      </dl>
      <div className="range-bar" role="img" aria-label={`Latest close at ${pos}% of the 52-week range, from low (0%) to high (100%)`}>
        <span className="range-fill" style={{ width: `${pos}%` }} />
        <span className="range-mark" style={{ left: `${pos}%` }} />
      </div>
      <p className="muted note">
        Highs and lows are measured on the chained daily % changes (250 sessions ending at the latest).
        {range.closesComparable && range.latest.closeBasis === 'adjusted'
          ? ' The source gives dividend/split-adjusted closes for this stock, not traded prices: read the levels as adjusted.'
          : range.closesComparable
          ? ' Every close in the window is an actual close on the same footing, so they read as prices.'
          : ' † The close basis or the share capital changed inside the window: closes are shown as recorded, and the distances are measured on % changes.'}
      </p>
    </section>
  );
}
