import { direction, formatPct } from '@/lib/format';
import type { Period } from '@/lib/history/types';
import { PERIOD_LABELS } from '@/lib/stocks/period-labels';
import type { PeriodRow } from '@/lib/views/stock-page';

function Pct({ value }: { value: number | null }) {
  if (value === null) return <span className="muted">–</span>;
  return <span className={direction(value)}>{formatPct(value)}</span>;
}

/** 1D…1Y beside the industry's and the HSI's, with the rank in the industry. */
export function PeriodReturns({ rows, name, industry, selected }: { rows: PeriodRow[]; name: string; industry: string; selected: Period | null }) {
  return (
    <section className="panel" aria-labelledby="periods-title">
      <h2 id="periods-title">Returns</h2>
      <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="periods-title">
        <table className="data" data-testid="period-returns">
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col" className="num">
                {name}
              </th>
              <th scope="col" className="num">
                Rank in industry
              </th>
              <th scope="col" className="num">
                {industry}
              </th>
              <th scope="col" className="num">
                HSI
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.period} data-period={r.period} aria-current={r.period === selected ? 'true' : undefined} className={r.period === selected ? 'current' : undefined}>
                <th scope="row">
                  {PERIOD_LABELS[r.period]}
                  {!r.complete ? <abbr title={`The archive holds only ${r.sessions} sessions of this period`}> *</abbr> : null}
                </th>
                <td className="num">
                  <Pct value={r.stock?.returnPct ?? null} />
                  {r.stock?.partial ? <abbr title={`Since its first session, ${r.stock.fromDate}`}> since listing</abbr> : null}
                  {r.stock?.extreme ? <abbr title="An extreme day (beyond ±50 %) inside the period: check it"> !</abbr> : null}
                </td>
                <td className="num">{r.stock ? `${r.stock.rank} of ${r.stock.of}` : '–'}</td>
                <td className="num">
                  <Pct value={r.industry} />
                </td>
                <td className="num">
                  <Pct value={r.hsi} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted note">
        1D is the session shown; 1W, 1M, 3M and 1Y are the last 5, 21, 63 and 250 sessions; YTD is since the previous year&apos;s
        last close. A stock&apos;s return chains its daily % changes; the industry is the equal-weighted mean of its members&apos;
        returns (members with a day beyond ±50 % left out); the HSI&apos;s comes from its closes. Rank 1 = best in the industry.
      </p>
    </section>
  );
}
