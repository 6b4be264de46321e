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
import { changeLabel, parsePeriod, periodLabel } from '@/lib/views/period';
import { previewImages } from '@/lib/share/preview-images';
import { getSessionPage, sessionPageMeta } from '@/lib/views/session-page';
import { HREFLANG, localePath } from '@/lib/i18n/locale';
import { sessionText } from '@/lib/i18n/messages/session';
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
  const locale = await getLocale();
  const title = sessionShareTitle(date, locale);
  const base = await requestBaseUrl();
  // The description is the headline takeaway (the index move, always first) when there is one.
  const description =
    meta.status === 'ok'
      ? sessionDescription(meta.session, locale === 'zh-hk' ? meta.headlineZh : meta.headline, locale)
      : sessionText[locale].meta.invalid;
  const path = `/sessions/${date}`;
  const images = previewImages('session', date, locale);
  return {
    // The Chinese title already names the site (「港股收市回顧 2025年5月21日（星期三）」): no template suffix.
    title: locale === 'zh-hk' ? { absolute: title } : title,
    description,
    alternates: {
      canonical: localePath(locale, path),
      // Both editions name each other (and English as the default), on both.
      languages: { [HREFLANG.en]: path, [HREFLANG['zh-hk']]: localePath('zh-hk', path), 'x-default': path },
      // oEmbed discovery: wikis that paste the permalink find the embed here.
      types: { 'application/json+oembed': [{ url: oembedUrl(permalinkUrl(date, base, locale), base), title }] },
    },
    // English: the images come from opengraph-image.tsx and twitter-image.tsx beside this page; Chinese
    // names its own card (lib/share/preview-images.ts).
    openGraph: { type: 'article', title, description, url: localePath(locale, path), ...images.openGraph },
    twitter: { card: 'summary_large_image', title, description, ...images.twitter },
  };
}

export default async function SessionPage({ params, searchParams }: Props) {
  const { date } = await params;
  const query = await searchParams;
  const page = await getSessionPage(date, query);
  if (!page) notFound();
  const locale = await getLocale();
  const t = sessionText[locale];

  if (page.status === 'invalid') {
    return (
      <>
        <SessionHeader date={page.date} session={null} prev={page.prev} next={page.next} locale={locale} />
        <InvalidSession file={page.file} errors={page.errors} locale={locale} />
      </>
    );
  }

  const { analysis, view } = page;
  const inPeriod = view.period !== '1d';
  const label = changeLabel(view.period, locale);
  // The period in the edition's words ('1M' / '1個月'); the view's own label is the English one.
  const shownLabel = periodLabel(view.period, locale);
  return (
    <div className="stack" data-colors={page.forcedColors ?? undefined} data-period={view.period}>
      <SessionHeader date={page.date} session={page.session.session} prev={page.prev} next={page.next} locale={locale} />
      <RecapLinks date={page.date} locale={locale} />
      {page.rejectedUpdate ? <RejectedUpdate errors={page.rejectedUpdate} locale={locale} /> : null}
      <PeriodNav view={view} query={query} requested={parsePeriod(query)} unavailable={page.periodUnavailable} locale={locale} />
      <IndexCards
        indices={page.session.indices}
        sparklines={analysis.sparklines}
        period={inPeriod ? { label: shownLabel, indices: view.session.indices } : null}
        context={page.history?.indexContext}
        locale={locale}
      />
      <Takeaways items={(page.history?.takeawayItems ?? analysis.takeawayItems)[locale]} period={inPeriod ? view.period : undefined} locale={locale} />
      <Breadth breadth={analysis.metrics.session.breadth} locale={locale} />
      <Heatmap data={page.heatmap} locale={locale} periodLabel={inPeriod ? shownLabel : null} />
      <SummaryChart data={page.summary} locale={locale} periodLabel={inPeriod ? shownLabel : null} />
      <div className="movers">
        <MoversTable
          id="gainers"
          title={inPeriod ? t.movers.inPeriod(t.movers.gainers, shownLabel) : t.movers.gainers}
          stocks={page.movers.gainers}
          changeLabel={label}
          listedInPeriod={view.listedInPeriod}
          period={inPeriod ? view.period : undefined}
          locale={locale}
        />
        <MoversTable
          id="losers"
          title={inPeriod ? t.movers.inPeriod(t.movers.losers, shownLabel) : t.movers.losers}
          stocks={page.movers.losers}
          changeLabel={label}
          listedInPeriod={view.listedInPeriod}
          period={inPeriod ? view.period : undefined}
          locale={locale}
        />
      </div>
      {page.history ? (
        <MarketActivity activity={page.history.activity} locale={locale} />
      ) : (
        <p className="panel notice" role="status">
          {t.historyUnavailable}
        </p>
      )}
      <RotationPanel
        metrics={analysis.metrics.session}
        trends={analysis.metrics.history.trends}
        rrg={analysis.metrics.history.rrg}
        rrgSeries={analysis.rrgSeries}
        windowSessions={analysis.windowSessions}
        weekly={page.history?.rotation ?? null}
        locale={locale}
      />
      <DataNotes warnings={page.session.warnings} locale={locale} />
      <SharePanel
        date={page.date}
        title={chartTitle(page.date, 'summary', view.period, locale)}
        view={query}
        colors={page.forcedColors}
        period={view.period}
        locale={locale}
      />
    </div>
  );
}
