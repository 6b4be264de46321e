/**
 * The period switch (1D … 1Y) and the definition of the period shown. Plain links (server-rendered), so
 * switching works without JavaScript and every view has its own shareable URL.
 */
import { formatSessionDate } from '@/lib/dates';
import type { Query } from '@/lib/heatmap/query';
import type { PeriodView } from '@/lib/views/session-page';
import { PERIOD_DEFINITIONS, PERIOD_LABELS, PERIODS, periodShortfall, type Period } from '@/lib/views/period';

function periodHref(query: Query, period: Period): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (key === 'period' || value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, v);
  }
  if (period !== '1d') params.set('period', period);
  const qs = params.toString();
  return qs ? `?${qs}` : '?';
}

export function PeriodNav({ view, query, requested, unavailable }: { view: PeriodView; query: Query; requested: Period; unavailable: string | null }) {
  const w = view.window;
  const shortfall = periodShortfall(w);
  return (
    <section className="period-nav" aria-label="Period" data-testid="period-nav">
      <nav className="period-links" aria-label="Period of the % changes">
        {PERIODS.map((p) => (
          <a key={p} href={periodHref(query, p)} aria-current={p === view.period ? 'true' : undefined} data-period={p}>
            {PERIOD_LABELS[p]}
          </a>
        ))}
      </nav>
      <p className="muted period-definition" data-testid="period-definition">
        {view.period === '1d' ? (
          <>1D: the session shown, from the previous close. 1W, 1M, 3M and 1Y are the last 5, 21, 63 and 250 sessions; YTD runs from the previous year&apos;s last close.</>
        ) : (
          <>
            <strong>{view.label}</strong>: {PERIOD_DEFINITIONS[view.period]}
            {w ? (
              <>
                {' '}
                ({w.sessions} sessions, {formatSessionDate(w.startDate)} to {formatSessionDate(w.endDate)}
                {w.baseDate ? `, from the close of ${formatSessionDate(w.baseDate)}` : ''})
              </>
            ) : null}
            . A stock&apos;s return chain-links its daily % changes; one listed inside the period counts from its first close (marked ◦ in
            the movers); an industry&apos;s move is the equal-weighted mean of its stocks&apos; returns, leaving out any with a day beyond ±50 %;
            an index&apos;s change comes from its closes. Key takeaways, breadth, market activity and rotation stay on the session itself.
          </>
        )}
      </p>
      {shortfall ? (
        <p className="panel notice" role="status" data-testid="period-shortfall">
          {shortfall}: the figures below cover {w!.sessions} sessions from {formatSessionDate(w!.startDate)}, not a full {view.label}.
        </p>
      ) : null}
      {unavailable ? (
        <p className="panel notice" role="status" data-testid="period-unavailable">
          {PERIOD_LABELS[requested]} is not available ({unavailable}): the figures below are the session&apos;s own (1D).
        </p>
      ) : null}
    </section>
  );
}
