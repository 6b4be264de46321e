import type { Metadata } from 'next';
import { previewImages } from '@/lib/share/preview-images';
import { notFound, permanentRedirect } from 'next/navigation';
import { DailyMoves } from '@/components/stock/daily-moves';
import { FiftyTwoWeek } from '@/components/stock/fifty-two-week';
import { PeriodReturns } from '@/components/stock/period-returns';
import { RecapMentions } from '@/components/stock/recap-mentions';
import { StockChart } from '@/components/stock/stock-chart';
import { StockHeader } from '@/components/stock/stock-header';
import { formatDayMonthYear } from '@/lib/dates';
import { industryName } from '@/lib/industries';
import { editionAlternates } from '@/lib/i18n/alternates';
import { localePath, TEXT_LANG } from '@/lib/i18n/locale';
import { stocksText } from '@/lib/i18n/messages/stocks';
import { getLocale } from '@/lib/i18n/request';
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
  const locale = await getLocale();
  const found = await lookupStock(code);
  if (found.status !== 'ok') return { title: stocksText[locale].meta.notFound };
  const view = await getStockPageView(found.code);
  if (!view) return {};
  const title = stockShareTitle(view, locale);
  const description = stockDescription(view, locale);
  const alternates = editionAlternates(locale, `/stocks/${found.code}`);
  const images = previewImages('stock', found.code, locale);
  return {
    title,
    description,
    alternates,
    // English: the image comes from opengraph-image.tsx beside this page; Chinese names its own card.
    openGraph: { type: 'article', title, description, url: alternates.canonical, ...images.openGraph },
    twitter: { card: 'summary_large_image', title, description, ...images.twitter },
  };
}

export default async function StockPage({ params, searchParams }: Props) {
  const { code } = await params;
  const query = await searchParams;
  const locale = await getLocale();
  const found = await lookupStock(code);
  if (found.status === 'missing') notFound();
  if (found.status === 'redirect') {
    const period = typeof query.period === 'string' ? `?period=${encodeURIComponent(query.period)}` : '';
    permanentRedirect(localePath(locale, `/stocks/${found.code}${period}`));
  }
  const view = await getStockPageView(found.code, query);
  if (!view) notFound();
  const t = stocksText[locale].basis;
  const zh = locale === 'zh-hk';
  const basisName = (b: string | null) => t.names[(b ?? 'none') as keyof typeof t.names] ?? b ?? t.names.none;
  const basisNote =
    view.basisChanges.length > 0
      ? t.changes(
          view.basisChanges
            .map((c) => (zh ? `${formatDayMonthYear(c.date, locale)}（${basisName(c.from)} → ${basisName(c.to)}）` : `${c.date} (${c.from ?? 'none'} → ${c.to ?? 'none'})`))
            .join(zh ? '、' : ', '),
        )
      : view.closeBases.includes('adjusted')
        ? t.adjustedAll
        : null;
  // The stock's name as the edition reads it: the Chinese name where known, else the English one (marked).
  const name = zh ? (view.entry.nameZh ?? view.entry.name) : view.entry.name;
  const nameLang = zh && !view.entry.nameZh ? TEXT_LANG.en : undefined;
  const industry = industryName(view.entry.sector, locale);
  return (
    <div className="stack stock-page" data-code={view.entry.code}>
      <StockHeader view={view} locale={locale} />
      <StockChart points={view.chart} name={name} nameLang={nameLang} industry={industry} basisNote={basisNote} locale={locale} />
      <div className="grid-2">
        <PeriodReturns rows={view.periods} name={name} nameLang={nameLang} industry={industry} selected={view.period} locale={locale} />
        <FiftyTwoWeek range={view.range} locale={locale} />
      </div>
      <DailyMoves code={view.entry.code} recent={view.recent} largest={view.largest} turnover={view.turnover} extremes={view.extremes} locale={locale} />
      <RecapMentions code={view.entry.code} mentions={view.recap} updating={view.recapUpdating} locale={locale} />
    </div>
  );
}
