import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getArchive } from '@/lib/data/archive';
import { formatMonth, formatSessionDate } from '@/lib/dates';
import { direction, formatPct } from '@/lib/format';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'All sessions' };

export default async function SessionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { year } = await searchParams;
  const requested = typeof year === 'string' ? year : undefined;
  if (requested !== undefined && !/^\d{4}$/.test(requested)) notFound();
  const archive = getArchive(requested);
  if (!archive) notFound();
  return (
    <div className="stack">
      <div className="session-header">
        <h1>All sessions{archive.year ? `, ${archive.year}` : ''}</h1>
        {archive.years.length > 1 ? (
          <nav className="pager" aria-label="Years">
            {archive.years.map((y) => (y === archive.year ? <span key={y}>{y}</span> : <Link key={y} href={`/sessions?year=${y}`}>{y}</Link>))}
          </nav>
        ) : null}
      </div>
      {archive.months.length === 0 ? <p>No sessions in data/sessions/.</p> : null}
      {archive.months.map(({ month, sessions }) => (
        <section key={month} className="month" aria-labelledby={`m-${month}`}>
          <h2 id={`m-${month}`}>{formatMonth(month)}</h2>
          <ul className="session-list">
            {sessions.map((s) => (
              <li key={s.date}>
                <Link href={`/sessions/${s.date}`} data-date={s.date}>
                  <span>{formatSessionDate(s.date).slice(0, -5)}</span>
                  {s.invalid ? (
                    <span className="badge warn">invalid</span>
                  ) : s.hsiChangePct === null ? (
                    <span className="muted">–</span>
                  ) : (
                    <span className={direction(s.hsiChangePct)} title="HSI % change">
                      {formatPct(s.hsiChangePct)}
                    </span>
                  )}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
