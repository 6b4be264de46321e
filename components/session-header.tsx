import Link from 'next/link';
import { closeTimeLabel, formatSessionDate } from '@/lib/dates';
import { localePath, type Locale } from '@/lib/i18n/locale';
import { sessionText } from '@/lib/i18n/messages/session';

interface Props {
  date: string;
  session: 'full' | 'half' | null;
  prev: string | null;
  next: string | null;
  locale?: Locale;
}

export function SessionHeader({ date, session, prev, next, locale = 'en' }: Props) {
  const t = sessionText[locale].header;
  return (
    <div className="session-header">
      <h1>
        <time dateTime={date}>{formatSessionDate(date, locale)}</time>
      </h1>
      {session ? <span className="badge" data-testid="session-kind">{closeTimeLabel(session, locale)}</span> : null}
      <nav className="pager" aria-label={t.pager}>
        {prev ? (
          <Link href={localePath(locale, `/sessions/${prev}`)} rel="prev" data-testid="prev-session">
            ← {formatSessionDate(prev, locale)}
          </Link>
        ) : (
          <span aria-disabled="true">{t.earliest}</span>
        )}
        {next ? (
          <Link href={localePath(locale, `/sessions/${next}`)} rel="next" data-testid="next-session">
            {formatSessionDate(next, locale)} →
          </Link>
        ) : (
          <span aria-disabled="true">{t.latest}</span>
        )}
      </nav>
    </div>
  );
}
