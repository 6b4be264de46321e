import Link from 'next/link';
import { latestValidSession } from '@/lib/data/sessions';
import { formatSessionDate } from '@/lib/dates';

export default function NotFound() {
  const latest = latestValidSession();
  return (
    <section className="panel" data-testid="not-found">
      <h1>No such session</h1>
      <p>
        There is no trading session at this address. Sessions live at <code>/sessions/YYYY-MM-DD</code> (HKT trading
        dates; weekends and HKEX holidays have none).
      </p>
      <p>
        {latest ? (
          <>
            Latest session: <Link href={`/sessions/${latest.date}`}>{formatSessionDate(latest.date)}</Link> ·{' '}
          </>
        ) : null}
        <Link href="/sessions">All sessions</Link>
      </p>
    </section>
  );
}
