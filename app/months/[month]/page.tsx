import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { RecapPage } from '@/components/recap-page';
import { getLocale } from '@/lib/i18n/request';
import { recapMetadata } from '@/lib/views/recap-meta';
import { getRecap, recapHeatmap } from '@/lib/views/recap-page';

export const dynamic = 'force-dynamic';

interface Props {
  params: Promise<{ month: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return recapMetadata('month', (await params).month, await getLocale());
}

export default async function MonthRecapPage({ params, searchParams }: Props) {
  const locale = await getLocale();
  const view = await getRecap('month', (await params).month);
  if (!view) notFound();
  return <RecapPage view={view} heatmap={recapHeatmap(view, await searchParams, locale)} locale={locale} />;
}
