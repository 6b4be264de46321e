import Link from 'next/link';
import { formatSessionDate } from '@/lib/dates';
import { direction, formatCompact, formatPct, formatPrice } from '@/lib/format';
import type { DayMove, TurnoverVsAverage } from '@/lib/stocks/figures';
import { sessionHighlightHref } from '@/lib/stocks/urls';

const BAR_W = 12;
const BAR_H = 120;

/** The last sessions' moves as bars around zero (server SVG), the largest days, turnover and extreme days. */
export function DailyMoves({ code, recent, largest, turnover, extremes }: { code: string; recent: DayMove[]; largest: { up: DayMove[]; down: DayMove[] }; turnover: TurnoverVsAverage | null; extremes: DayMove[] }) {
  // The scale ignores extreme days (they are flagged, and would flatten every other bar).
  const cap = Math.max(1, ...recent.filter((d) => !d.extreme).map((d) => Math.abs(d.changePct)));
  const mid = BAR_H / 2;
  const width = recent.length * BAR_W;
  const up = recent.filter((d) => d.changePct > 0).length;
  const down = recent.filter((d) => d.changePct < 0).length;
  return (
    <section className="panel" aria-labelledby="moves-title" data-testid="daily-moves">
      <h2 id="moves-title">Daily moves</h2>
      <p className="muted note">
        Last {recent.length} sessions: {up} up, {down} down{recent[0] ? `, since ${formatSessionDate(recent[0].date)}` : ''}. Bars scaled to ±{formatPct(cap, 1).replace('+', '')}
        {recent.some((d) => d.extreme) ? '; extreme days (beyond ±50 %) are capped and outlined' : ''}.
      </p>
      <svg className="move-bars" viewBox={`0 0 ${Math.max(width, 1)} ${BAR_H}`} preserveAspectRatio="none" role="img" aria-label={`Daily % changes of the last ${recent.length} sessions`}>
        <line x1={0} x2={width} y1={mid} y2={mid} className="zero" />
        {recent.map((d, i) => {
          const h = (Math.min(Math.abs(d.changePct), cap) / cap) * (mid - 2);
          const y = d.changePct >= 0 ? mid - h : mid;
          return (
            <rect key={d.date} x={i * BAR_W + 1} y={y} width={BAR_W - 2} height={Math.max(h, 0.5)} className={`bar ${direction(d.changePct)}${d.extreme ? ' x' : ''}`}>
              <title>{`${d.date}: ${formatPct(d.changePct)}`}</title>
            </rect>
          );
        })}
      </svg>
      <div className="grid-2">
        <DayTable id="largest-up" title="Largest up days" days={largest.up} code={code} />
        <DayTable id="largest-down" title="Largest down days" days={largest.down} code={code} />
      </div>
      <dl className="facts">
        <div>
          <dt>Turnover</dt>
          <dd data-testid="turnover">
            {turnover === null ? (
              'Not reported'
            ) : (
              <>
                HKD {formatCompact(turnover.turnover)} on {formatSessionDate(turnover.date)}
                {turnover.ratio !== null && turnover.average !== null ? (
                  <>
                    {' '}
                    · {turnover.ratio.toFixed(1)}× its {turnover.sessions}-session average (HKD {formatCompact(turnover.average)})
                  </>
                ) : null}
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>Extreme moves</dt>
          <dd data-testid="extreme-moves">
            {extremes.length === 0 ? (
              'None beyond ±50 % in the archive'
            ) : (
              <ul className="plain">
                {extremes.map((d) => (
                  <li key={d.date}>
                    <Link href={sessionHighlightHref(d.date, code)}>{formatSessionDate(d.date)}</Link>: <span className={direction(d.changePct)}>{formatPct(d.changePct)}</span>{' '}
                    <span className="badge warn">flagged by validation: a real event or a data glitch</span>
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}

function DayTable({ id, title, days, code }: { id: string; title: string; days: DayMove[]; code: string }) {
  return (
    <div>
      <h3 id={id}>{title}</h3>
      {days.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <table className="data" data-testid={id} aria-labelledby={id}>
          <thead>
            <tr>
              <th scope="col">Session</th>
              <th scope="col" className="num">
                Change
              </th>
              <th scope="col" className="num">
                Close
              </th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.date}>
                <td>
                  <Link href={sessionHighlightHref(d.date, code)}>{formatSessionDate(d.date)}</Link>
                </td>
                <td className={`num ${direction(d.changePct)}`}>
                  {formatPct(d.changePct)}
                  {d.extreme ? <abbr title="Beyond ±50 %: a real event or a data glitch"> !</abbr> : null}
                </td>
                <td className="num">
                  {d.close === null ? '–' : formatPrice(d.close)}
                  {d.closeBasis === 'adjusted' ? <abbr title="Dividend/split-adjusted close"> adj.</abbr> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
