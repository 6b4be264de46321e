import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadth } from '@/components/breadth';
import { DataNotes, InvalidSession } from '@/components/data-problems';
import { IndexCards } from '@/components/index-cards';
import { MoversTable } from '@/components/movers-table';
import { SessionHeader } from '@/components/session-header';
import { getSessionView } from '@/lib/data/session-view';
import { formatSessionDate } from '@/lib/dates';

export const dynamic = 'force-dynamic';

interface Props {
  params: Promise<{ date: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { date } = await params;
  const view = getSessionView(date);
  if (!view) return {};
  return {
    title: `Hong Kong close, ${formatSessionDate(date)}`,
    alternates: { canonical: `/sessions/${date}` },
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

  return (
    <div className="stack" data-colors={view.forcedColors ?? undefined}>
      <SessionHeader date={view.date} session={view.session.session} prev={view.prev} next={view.next} />
      <IndexCards indices={view.session.indices} />
      <Breadth breadth={view.breadth} />
      <div className="movers">
        <MoversTable id="gainers" title="Top gainers" stocks={view.movers.gainers} />
        <MoversTable id="losers" title="Top losers" stocks={view.movers.losers} />
      </div>
      <DataNotes warnings={view.session.warnings} />
    </div>
  );
}
