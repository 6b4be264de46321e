/**
 * Market activity (server-rendered): the universe's turnover against the previous session and the 20
 * before, the ten most-traded stocks, and new 52-week closing highs and lows.
 */
import { formatSessionDate } from '@/lib/dates';
import { direction, formatHkdBn, formatInteger, formatPct, formatPctAbs } from '@/lib/format';
import { FIFTY_TWO_WEEK_SESSIONS, type StockRef } from '@/lib/history/types';
import { refKey } from '@/lib/session/refs';
import type { MarketActivity as Activity } from '@/lib/views/market-activity';

function Change({ pct, label, testId }: { pct: number | null; label: string; testId: string }) {
  if (pct === null) return null;
  return (
    <li>
      <span className={direction(pct)} data-testid={testId}>
        {formatPct(pct, 1)}
      </span>{' '}
      {label}
    </li>
  );
}

function Names({ stocks, id, title }: { stocks: StockRef[]; id: string; title: string }) {
  return (
    <div className="activity-list">
      <h3 id={id}>
        {title}: <span data-testid={`${id}-count`}>{formatInteger(stocks.length)}</span>
      </h3>
      {stocks.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        // Focusable: the list scrolls when it is long, and a keyboard must be able to scroll it.
        <ul className="name-list" aria-labelledby={id} data-testid={id} tabIndex={0}>
          {stocks.map((s) => (
            <li key={s.code} data-code={s.code} data-ref={refKey.stock(s.code)}>
              {s.name} <span className="muted">{s.code}</span> <span className={direction(s.changePct)}>{formatPct(s.changePct, 1)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function MarketActivity({ activity }: { activity: Activity }) {
  const { fiftyTwoWeek: x } = activity;
  return (
    <section className="panel activity" id="activity" aria-labelledby="activity-title" data-testid="market-activity">
      <h2 id="activity-title">Market activity</h2>
      <div className="activity-grid">
        <div data-ref={refKey.market('turnover')}>
          <h3>Turnover of the {formatInteger(activity.stocks)} stocks shown</h3>
          <p className="activity-total" data-testid="turnover-total">
            {formatHkdBn(activity.turnover)}
          </p>
          <ul className="plain">
            <Change
              pct={activity.vsPreviousPct}
              label={activity.previous ? `vs the previous session (${formatHkdBn(activity.previous.turnover)}, ${formatSessionDate(activity.previous.date)})` : ''}
              testId="turnover-vs-previous"
            />
            <Change
              pct={activity.vsAveragePct}
              label={activity.average !== null ? `vs the average of the ${activity.averageSessions} sessions before (${formatHkdBn(activity.average)})` : ''}
              testId="turnover-vs-average"
            />
          </ul>
          <p className="muted small">
            The universe&apos;s turnover: the sum over this snapshot&apos;s stocks (close × volume where the file has no turnover), not HKEX&apos;s
            headline market turnover.
          </p>
        </div>
        <div>
          <h3 id="most-traded-title">Ten most traded</h3>
          <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="most-traded-title">
            <table className="data" data-testid="most-traded">
              <thead>
                <tr>
                  <th scope="col">Stock</th>
                  <th scope="col" className="num">
                    Turnover
                  </th>
                  <th scope="col" className="num">
                    Share
                  </th>
                  <th scope="col" className="num">
                    Change
                  </th>
                </tr>
              </thead>
              <tbody>
                {activity.mostTraded.map((s) => (
                  <tr key={s.code} data-code={s.code} data-ref={refKey.stock(s.code)}>
                    <td className="wrap">
                      {s.name} <span className="muted">{s.code}</span>
                    </td>
                    <td className="num">{formatHkdBn(s.turnover, 2)}</td>
                    <td className="num">{formatPctAbs(s.sharePct, 1)}</td>
                    <td className={`num ${direction(s.changePct)}`}>{formatPct(s.changePct)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
        <div data-ref={refKey.market('52-week')}>
          <h3>New 52-week closing highs and lows</h3>
          <p className="muted small" data-testid="fifty-two-week-note">
            Closes of the last {FIFTY_TWO_WEEK_SESSIONS} sessions, measured on chain-linked daily % changes (so a switch of close basis or a corporate
            action is never a new high). {formatInteger(x.insufficientHistory)} stock{x.insufficientHistory === 1 ? '' : 's'} with less history
            left out.
          </p>
          <Names stocks={x.highs} id="new-highs" title="New highs" />
          <Names stocks={x.lows} id="new-lows" title="New lows" />
        </div>
      </div>
    </section>
  );
}
