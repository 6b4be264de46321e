/**
 * A week's or month's recap (server-rendered): the header with its sessions, the index changes over the
 * period, the takeaways, breadth, heatmap, industries chart and the best and worst stocks over the period.
 */
import Link from 'next/link';
import { Breadth } from '@/components/breadth';
import { Heatmap } from '@/components/heatmap/heatmap';
import { IndexCards } from '@/components/index-cards';
import { MoversTable } from '@/components/movers-table';
import { SummaryChart } from '@/components/summary-chart/summary-chart';
import { Takeaways } from '@/components/takeaways';
import { formatSessionDate } from '@/lib/dates';
import { direction, formatPct } from '@/lib/format';
import type { HeatmapData } from '@/lib/heatmap/types';
import { recapPath, RECAP_NOUN } from '@/lib/recaps/period';
import { RECAP_LABEL, type RecapView } from '@/lib/views/recap-page';

export function RecapPage({ view, heatmap }: { view: RecapView; heatmap: HeatmapData }) {
  const { period, window } = view;
  const noun = RECAP_NOUN[period.kind];
  const label = RECAP_LABEL[period.kind];
  const kindTitle = period.kind === 'week' ? 'Weekly recap' : 'Monthly recap';
  return (
    <div className="stack recap" data-recap={period.id}>
      <div className="session-header">
        <h1>
          <span className="muted small">{kindTitle}: </span>
          {view.title}
        </h1>
        <nav className="pager" aria-label={`${kindTitle}s`}>
          {view.prev ? (
            <Link href={recapPath(period.kind, view.prev)} rel="prev" data-testid="prev-recap">
              ← {view.prev}
            </Link>
          ) : (
            <span aria-disabled="true">← Earliest</span>
          )}
          {view.next ? (
            <Link href={recapPath(period.kind, view.next)} rel="next" data-testid="next-recap">
              {view.next} →
            </Link>
          ) : (
            <span aria-disabled="true">Latest →</span>
          )}
        </nav>
      </div>
      <p className="muted" data-testid="recap-definition">
        {window.sessions} session{window.sessions === 1 ? '' : 's'}, {formatSessionDate(window.startDate)} to {formatSessionDate(window.endDate)}; changes are measured from{' '}
        {window.baseDate ? (
          <>
            the previous {noun}&apos;s last close (<Link href={`/sessions/${window.baseDate}`}>{formatSessionDate(window.baseDate)}</Link>)
          </>
        ) : (
          'the first session’s previous close (the archive starts in this period)'
        )}{' '}
        to the close of <Link href={`/sessions/${window.endDate}`}>{formatSessionDate(window.endDate)}</Link>. A stock&apos;s return chain-links its daily changes.
      </p>
      <nav className="panel recap-days" aria-label={`Sessions of the ${noun}`}>
        <ul>
          {view.days.map((d) => (
            <li key={d.date}>
              <Link href={`/sessions/${d.date}`} data-date={d.date}>
                {formatSessionDate(d.date)}
              </Link>{' '}
              {d.hsiPct === null ? null : <span className={direction(d.hsiPct)}>HSI {formatPct(d.hsiPct)}</span>}
            </li>
          ))}
        </ul>
      </nav>
      <IndexCards indices={view.last.indices} period={{ label, indices: view.session.indices }} />
      <Takeaways items={view.takeawayItems} />
      <Breadth breadth={view.breadth} title={`Breadth over the ${noun}`} />
      <Heatmap data={heatmap} />
      <SummaryChart data={view.summary} />
      <div className="movers">
        <MoversTable id="gainers" title={`Best stocks of the ${noun}`} stocks={view.movers.gainers} changeLabel={`${label} change`} listedInPeriod={view.listedInPeriod} />
        <MoversTable id="losers" title={`Worst stocks of the ${noun}`} stocks={view.movers.losers} changeLabel={`${label} change`} listedInPeriod={view.listedInPeriod} />
      </div>
    </div>
  );
}
