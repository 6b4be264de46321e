import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ArchiveMonth } from '@/components/archive-calendar';
import { formatSessionDate } from '@/lib/dates';
import { direction, formatPct, formatPoints } from '@/lib/format';
import { getArchiveCalendar } from '@/lib/views/archive';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'All sessions' };

export default async function SessionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { year } = await searchParams;
  const requested = typeof year === 'string' ? year : undefined;
  if (requested !== undefined && !/^\d{4}$/.test(requested)) notFound();
  const archive = await getArchiveCalendar(requested);
  if (!archive) notFound();
  return (
    <div className="stack">
      <div className="session-header">
        <h1>All sessions{archive.year ? `, ${archive.year}` : ''}</h1>
        {archive.years.length > 1 ? (
          <nav className="pager" aria-label="Years">
            {archive.years.map((y) => (y === archive.year ? <span key={y} aria-current="page">{y}</span> : <Link key={y} href={`/sessions?year=${y}`}>{y}</Link>))}
          </nav>
        ) : null}
      </div>
      {archive.months.length === 0 ? <p>No sessions in data/sessions/.</p> : null}
      {archive.hsiChangePct !== null && archive.hsiFrom && archive.hsiTo ? (
        <p data-testid="year-summary">
          {archive.sessions} sessions. HSI{' '}
          <strong className={direction(archive.hsiChangePct)} data-testid="year-hsi">
            {formatPct(archive.hsiChangePct)}
          </strong>{' '}
          in {archive.year}: {formatPoints(archive.hsiFrom.close)}
          {archive.hsiFrom.date ? ` (close of ${formatSessionDate(archive.hsiFrom.date)})` : ' (the close before the first session here)'} to{' '}
          {formatPoints(archive.hsiTo.close)} ({formatSessionDate(archive.hsiTo.date)}).
        </p>
      ) : null}
      <p className="muted small">
        Each session is coloured by the HSI&apos;s % change (capped at ±3%, as the 1D heatmap); ½ marks a half day (closed 12:00 HKT); holidays and
        closures are from the HKEX calendar.
      </p>
      <div className="cal-months">
        {archive.months.map((m) => (
          <ArchiveMonth key={m.month} month={m} />
        ))}
      </div>
    </div>
  );
}
