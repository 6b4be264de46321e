import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { RecapPage } from '@/components/recap-page';
import { getLocale } from '@/lib/i18n/request';
import { recapMetadata } from '@/lib/views/recap-meta';
import { getRecap, recapHeatmap } from '@/lib/views/recap-page';

export const dynamic = 'force-dynamic';

interface Props {
  params: Promise<{ week: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return recapMetadata('week', (await params).week, await getLocale());
}

export default async function WeekRecapPage({ params, searchParams }: Props) {
  const locale = await getLocale();
  const view = await getRecap('week', (await params).week);
  if (!view) notFound();
  return <RecapPage view={view} heatmap={recapHeatmap(view, await searchParams, locale)} locale={locale} />;
}
