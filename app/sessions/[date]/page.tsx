import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadth } from '@/components/breadth';
import { DataNotes, InvalidSession, RejectedUpdate } from '@/components/data-problems';
import { Heatmap } from '@/components/heatmap/heatmap';
import { IndexCards } from '@/components/index-cards';
import { MoversTable } from '@/components/movers-table';
import { RotationPanel } from '@/components/rotation/rotation-panel';
import { SessionHeader } from '@/components/session-header';
import { SharePanel } from '@/components/share-panel';
import { SummaryChart } from '@/components/summary-chart/summary-chart';
import { Takeaways } from '@/components/takeaways';
import { getSessionView } from '@/lib/data/session-view';
import { chartTitle, sessionDescription, sessionShareTitle } from '@/lib/share/preview';
import { oembedUrl, permalinkUrl } from '@/lib/share/urls';

export const dynamic = 'force-dynamic';

interface Props {
  params: Promise<{ date: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { date } = await params;
  const view = getSessionView(date);
  if (!view) return {};
  const title = sessionShareTitle(date);
  // The description is the headline takeaway (the index move, always first) when there is one.
  const description =
    view.status === 'ok' ? sessionDescription(view.session, view.analysis.takeaways[0]?.text ?? null) : 'The data file for this session is invalid.';
  return {
    title,
    description,
    alternates: {
      canonical: `/sessions/${date}`,
      // oEmbed discovery: wikis that paste the permalink find the embed here.
      types: { 'application/json+oembed': [{ url: oembedUrl(permalinkUrl(date)), title }] },
    },
    // The images come from opengraph-image.tsx and twitter-image.tsx beside this page.
    openGraph: { type: 'article', title, description, url: `/sessions/${date}` },
    twitter: { card: 'summary_large_image', title, description },
  };
}

export default async function SessionPage({ params, searchParams }: Props) {
  const { date } = await params;
  const query = await searchParams;
  const view = getSessionView(date, query);
  if (!view) notFound();

  if (view.status === 'invalid') {
    return (
      <>
        <SessionHeader date={view.date} session={null} prev={view.prev} next={view.next} />
        <InvalidSession file={view.file} errors={view.errors} />
      </>
    );
  }

  const { analysis } = view;
  return (
    <div className="stack" data-colors={view.forcedColors ?? undefined}>
      <SessionHeader date={view.date} session={view.session.session} prev={view.prev} next={view.next} />
      {view.rejectedUpdate ? <RejectedUpdate errors={view.rejectedUpdate} /> : null}
      <IndexCards indices={view.session.indices} sparklines={analysis.sparklines} />
      <Takeaways items={analysis.takeawayItems} period={typeof query.period === 'string' ? query.period : undefined} />
      <Breadth breadth={analysis.metrics.session.breadth} />
      <Heatmap data={view.heatmap} />
      <SummaryChart data={view.summary} />
      <div className="movers">
        <MoversTable id="gainers" title="Top gainers" stocks={view.movers.gainers} period={query.period} />
        <MoversTable id="losers" title="Top losers" stocks={view.movers.losers} period={query.period} />
      </div>
      <RotationPanel
        metrics={analysis.metrics.session}
        trends={analysis.metrics.history.trends}
        rrg={analysis.metrics.history.rrg}
        rrgSeries={analysis.rrgSeries}
        windowSessions={analysis.windowSessions}
      />
      <DataNotes warnings={view.session.warnings} />
      <SharePanel date={view.date} title={chartTitle(view.date, 'summary')} view={query} colors={view.forcedColors} />
    </div>
  );
}
