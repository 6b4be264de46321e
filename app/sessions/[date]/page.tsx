import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadth } from '@/components/breadth';
import { DataNotes, InvalidSession, RejectedUpdate } from '@/components/data-problems';
import { Heatmap } from '@/components/heatmap/heatmap';
import { IndexCards } from '@/components/index-cards';
import { MarketActivity } from '@/components/market-activity';
import { MoversTable } from '@/components/movers-table';
import { PeriodNav } from '@/components/period-nav';
import { RecapLinks } from '@/components/recap-links';
import { RotationPanel } from '@/components/rotation/rotation-panel';
import { SessionHeader } from '@/components/session-header';
import { SharePanel } from '@/components/share-panel';
import { SummaryChart } from '@/components/summary-chart/summary-chart';
import { Takeaways } from '@/components/takeaways';
import { chartTitle, sessionDescription, sessionShareTitle } from '@/lib/share/preview';
import { requestBaseUrl } from '@/lib/share/request-base';
import { oembedUrl, permalinkUrl } from '@/lib/share/urls';
import { changeLabel, parsePeriod } from '@/lib/views/period';
import { getSessionPage, sessionPageMeta } from '@/lib/views/session-page';
import { getLocale } from '@/lib/i18n/request';

export const dynamic = 'force-dynamic';

interface Props {
  params: Promise<{ date: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { date } = await params;
  const meta = sessionPageMeta(date);
  if (!meta) return {};
  const title = sessionShareTitle(date);
  const base = await requestBaseUrl();
  // The description is the headline takeaway (the index move, always first) when there is one.
  const description = meta.status === 'ok' ? sessionDescription(meta.session, meta.headline) : 'The data file for this session is invalid.';
  return {
    title,
    description,
    alternates: {
      canonical: `/sessions/${date}`,
      // oEmbed discovery: wikis that paste the permalink find the embed here.
      types: { 'application/json+oembed': [{ url: oembedUrl(permalinkUrl(date, base), base), title }] },
    },
    // The images come from opengraph-image.tsx and twitter-image.tsx beside this page.
    openGraph: { type: 'article', title, description, url: `/sessions/${date}` },
    twitter: { card: 'summary_large_image', title, description },
  };
}

export default async function SessionPage({ params, searchParams }: Props) {
  const { date } = await params;
  const query = await searchParams;
  const page = await getSessionPage(date, query);
  if (!page) notFound();
  const locale = await getLocale();

  if (page.status === 'invalid') {
    return (
      <>
        <SessionHeader date={page.date} session={null} prev={page.prev} next={page.next} />
        <InvalidSession file={page.file} errors={page.errors} />
      </>
    );
  }

  const { analysis, view } = page;
  const inPeriod = view.period !== '1d';
  const label = changeLabel(view.period);
  return (
    <div className="stack" data-colors={page.forcedColors ?? undefined} data-period={view.period}>
      <SessionHeader date={page.date} session={page.session.session} prev={page.prev} next={page.next} />
      <RecapLinks date={page.date} />
      {page.rejectedUpdate ? <RejectedUpdate errors={page.rejectedUpdate} /> : null}
      <PeriodNav view={view} query={query} requested={parsePeriod(query)} unavailable={page.periodUnavailable} />
      <IndexCards
        indices={page.session.indices}
        sparklines={analysis.sparklines}
        period={inPeriod ? { label: view.label, indices: view.session.indices } : null}
        context={page.history?.indexContext}
      />
      <Takeaways items={(page.history?.takeawayItems ?? analysis.takeawayItems)[locale]} period={inPeriod ? view.period : undefined} />
      <Breadth breadth={analysis.metrics.session.breadth} />
      <Heatmap data={page.heatmap} />
      <SummaryChart data={page.summary} />
      <div className="movers">
        <MoversTable id="gainers" title={inPeriod ? `Top gainers, ${view.label}` : 'Top gainers'} stocks={page.movers.gainers} changeLabel={label} listedInPeriod={view.listedInPeriod} period={inPeriod ? view.period : undefined} />
        <MoversTable id="losers" title={inPeriod ? `Top losers, ${view.label}` : 'Top losers'} stocks={page.movers.losers} changeLabel={label} listedInPeriod={view.listedInPeriod} period={inPeriod ? view.period : undefined} />
      </div>
      {page.history ? (
        <MarketActivity activity={page.history.activity} />
      ) : (
        <p className="panel notice" role="status">
          History (turnover trend, 52-week highs and lows, index ranges) is unavailable right now; the session&apos;s own figures are complete.
        </p>
      )}
      <RotationPanel
        metrics={analysis.metrics.session}
        trends={analysis.metrics.history.trends}
        rrg={analysis.metrics.history.rrg}
        rrgSeries={analysis.rrgSeries}
        windowSessions={analysis.windowSessions}
        weekly={page.history?.rotation ?? null}
      />
      <DataNotes warnings={page.session.warnings} />
      <SharePanel date={page.date} title={chartTitle(page.date, 'summary', view.period)} view={query} colors={page.forcedColors} period={view.period} />
    </div>
  );
}
