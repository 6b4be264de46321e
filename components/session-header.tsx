import Link from 'next/link';
import { closeTimeLabel, formatSessionDate } from '@/lib/dates';

interface Props {
  date: string;
  session: 'full' | 'half' | null;
  prev: string | null;
  next: string | null;
}

export function SessionHeader({ date, session, prev, next }: Props) {
  return (
    <div className="session-header">
      <h1>
        <time dateTime={date}>{formatSessionDate(date)}</time>
      </h1>
      {session ? <span className="badge" data-testid="session-kind">{closeTimeLabel(session)}</span> : null}
      <nav className="pager" aria-label="Sessions">
        {prev ? (
          <Link href={`/sessions/${prev}`} rel="prev" data-testid="prev-session">
            ← {formatSessionDate(prev)}
          </Link>
        ) : (
          <span aria-disabled="true">← Earliest</span>
        )}
        {next ? (
          <Link href={`/sessions/${next}`} rel="next" data-testid="next-session">
            {formatSessionDate(next)} →
          </Link>
        ) : (
          <span aria-disabled="true">Latest →</span>
        )}
      </nav>
    </div>
  );
}
