import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { DailyMoves } from '@/components/stock/daily-moves';
import { FiftyTwoWeek } from '@/components/stock/fifty-two-week';
import { PeriodReturns } from '@/components/stock/period-returns';
import { RecapMentions } from '@/components/stock/recap-mentions';
import { StockChart } from '@/components/stock/stock-chart';
import { StockHeader } from '@/components/stock/stock-header';
import { stockDescription, stockShareTitle } from '@/lib/stocks/preview';
import { getStockPageView, lookupStock } from '@/lib/views/stock-page';
import '@/components/stock/stock.css';

export const dynamic = 'force-dynamic';

interface Props {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { code } = await params;
  const found = await lookupStock(code);
  if (found.status !== 'ok') return { title: 'No such stock' };
  const view = await getStockPageView(found.code);
  if (!view) return {};
  const title = stockShareTitle(view);
  const description = stockDescription(view);
  return {
    title,
    description,
    alternates: { canonical: `/stocks/${found.code}` },
    // The image comes from opengraph-image.tsx beside this page.
    openGraph: { type: 'article', title, description, url: `/stocks/${found.code}` },
    twitter: { card: 'summary_large_image', title, description },
  };
}

export default async function StockPage({ params, searchParams }: Props) {
  const { code } = await params;
  const query = await searchParams;
  const found = await lookupStock(code);
  if (found.status === 'missing') notFound();
  if (found.status === 'redirect') {
    const period = typeof query.period === 'string' ? `?period=${encodeURIComponent(query.period)}` : '';
    permanentRedirect(`/stocks/${found.code}${period}`);
  }
  const view = await getStockPageView(found.code, query);
  if (!view) notFound();
  const basisNote =
    view.basisChanges.length > 0
      ? `its close basis changes on ${view.basisChanges.map((c) => `${c.date} (${c.from ?? 'none'} → ${c.to ?? 'none'})`).join(', ')}`
      : view.closeBases.includes('adjusted')
        ? 'its closes are dividend/split-adjusted'
        : null;
  return (
    <div className="stack stock-page" data-code={view.entry.code}>
      <StockHeader view={view} />
      <StockChart points={view.chart} name={view.entry.name} industry={view.entry.sector} basisNote={basisNote} />
      <div className="grid-2">
        <PeriodReturns rows={view.periods} name={view.entry.name} industry={view.entry.sector} selected={view.period} />
        <FiftyTwoWeek range={view.range} />
      </div>
      <DailyMoves code={view.entry.code} recent={view.recent} largest={view.largest} turnover={view.turnover} extremes={view.extremes} />
      <RecapMentions code={view.entry.code} mentions={view.recap} updating={view.recapUpdating} />
    </div>
  );
}
