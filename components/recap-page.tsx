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
import { localePath, type Locale } from '@/lib/i18n/locale';
import { recapsText } from '@/lib/i18n/messages/recaps';
import { parseRecapId, recapNameZh, recapPath, recapTitle } from '@/lib/recaps/period';
import { recapSummary, type RecapView } from '@/lib/views/recap-page';

export function RecapPage({ view, heatmap, locale = 'en' }: { view: RecapView; heatmap: HeatmapData; locale?: Locale }) {
  const { period, window } = view;
  const t = recapsText[locale];
  const noun = t.noun[period.kind];
  const label = t.label[period.kind];
  const kindTitle = t.kindTitle[period.kind];
  const zh = locale === 'zh-hk';
  const link = (path: string) => localePath(locale, path);
  const date = (d: string) => formatSessionDate(d, locale);
  const sessionLink = (d: string) => <Link href={link(`/sessions/${d}`)}>{date(d)}</Link>;
  /** A neighbouring recap's name: its id ("2025-W20") in English, "2025年第20週" in Chinese. */
  const neighbour = (id: string) => {
    const p = zh ? parseRecapId(period.kind, id) : null;
    return p ? recapNameZh(p) : id;
  };
  return (
    <div className="stack recap" data-recap={period.id}>
      <div className="session-header">
        <h1>
          <span className="muted small">
            {kindTitle}
            {zh ? '：' : ': '}
          </span>
          {zh ? recapTitle(period, locale) : view.title}
        </h1>
        <nav className="pager" aria-label={t.pager[period.kind]}>
          {view.prev ? (
            <Link href={link(recapPath(period.kind, view.prev))} rel="prev" data-testid="prev-recap">
              ← {neighbour(view.prev)}
            </Link>
          ) : (
            <span aria-disabled="true">{t.earliest}</span>
          )}
          {view.next ? (
            <Link href={link(recapPath(period.kind, view.next))} rel="next" data-testid="next-recap">
              {neighbour(view.next)} →
            </Link>
          ) : (
            <span aria-disabled="true">{t.latest}</span>
          )}
        </nav>
      </div>
      <p className="muted" data-testid="recap-definition">
        {t.definition.sessions(window.sessions, date(window.startDate), date(window.endDate))}
        {window.baseDate ? (
          <>
            {t.definition.fromPrevious(noun)}
            {sessionLink(window.baseDate)}
            {t.definition.fromPreviousEnd}
          </>
        ) : (
          t.definition.fromFirst
        )}
        {t.definition.toClose}
        {sessionLink(window.endDate)}
        {t.definition.end}
      </p>
      <nav className="panel recap-days" aria-label={t.days(noun)}>
        <ul>
          {view.days.map((d) => (
            <li key={d.date}>
              <Link href={link(`/sessions/${d.date}`)} data-date={d.date}>
                {date(d.date)}
              </Link>{' '}
              {d.hsiPct === null ? null : (
                <span className={direction(d.hsiPct)}>
                  {t.hsi} {formatPct(d.hsiPct)}
                </span>
              )}
            </li>
          ))}
        </ul>
      </nav>
      <IndexCards indices={view.last.indices} period={{ label, indices: view.session.indices }} locale={locale} />
      <Takeaways items={view.takeawayItems[locale]} locale={locale} />
      <Breadth breadth={view.breadth} title={t.breadth(noun)} locale={locale} />
      <Heatmap data={heatmap} locale={locale} />
      <SummaryChart data={recapSummary(view, locale)} locale={locale} />
      <div className="movers">
        <MoversTable id="gainers" title={t.best(noun)} stocks={view.movers.gainers} changeLabel={t.change(label)} listedInPeriod={view.listedInPeriod} locale={locale} />
        <MoversTable id="losers" title={t.worst(noun)} stocks={view.movers.losers} changeLabel={t.change(label)} listedInPeriod={view.listedInPeriod} locale={locale} />
      </div>
    </div>
  );
}
