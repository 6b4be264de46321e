import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ArchiveMonth } from '@/components/archive-calendar';
import { formatSessionDate } from '@/lib/dates';
import { direction, formatPct, formatPoints } from '@/lib/format';
import { editionAlternates } from '@/lib/i18n/alternates';
import { localePath } from '@/lib/i18n/locale';
import { archiveText } from '@/lib/i18n/messages/archive';
import { getLocale } from '@/lib/i18n/request';
import { getArchiveCalendar } from '@/lib/views/archive';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await getLocale();
  return { title: archiveText[locale].metaTitle, alternates: editionAlternates(locale, '/sessions') };
}

export default async function SessionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { year } = await searchParams;
  const locale = await getLocale();
  const t = archiveText[locale];
  const requested = typeof year === 'string' ? year : undefined;
  if (requested !== undefined && !/^\d{4}$/.test(requested)) notFound();
  const archive = await getArchiveCalendar(requested);
  if (!archive) notFound();
  return (
    <div className="stack">
      <div className="session-header">
        <h1>{t.title(archive.year)}</h1>
        {archive.years.length > 1 ? (
          <nav className="pager" aria-label={t.years}>
            {archive.years.map((y) =>
              y === archive.year ? (
                <span key={y} aria-current="page">
                  {y}
                </span>
              ) : (
                <Link key={y} href={localePath(locale, `/sessions?year=${y}`)}>
                  {y}
                </Link>
              ),
            )}
          </nav>
        ) : null}
      </div>
      {archive.months.length === 0 ? <p>{t.empty}</p> : null}
      {archive.hsiChangePct !== null && archive.hsiFrom && archive.hsiTo ? (
        <p data-testid="year-summary">
          {t.summary.sessions(archive.sessions)}{' '}
          <strong className={direction(archive.hsiChangePct)} data-testid="year-hsi">
            {formatPct(archive.hsiChangePct)}
          </strong>
          {t.summary.inYear(archive.year ?? '')}
          {formatPoints(archive.hsiFrom.close)}
          {archive.hsiFrom.date ? t.summary.closeOf(formatSessionDate(archive.hsiFrom.date, locale)) : t.summary.before}
          {t.summary.to}
          {formatPoints(archive.hsiTo.close)}
          {t.summary.end(formatSessionDate(archive.hsiTo.date, locale))}
        </p>
      ) : null}
      <p className="muted small">{t.legend}</p>
      <div className="cal-months">
        {archive.months.map((m) => (
          <ArchiveMonth key={m.month} month={m} locale={locale} />
        ))}
      </div>
    </div>
  );
}
