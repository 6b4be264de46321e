import Link from 'next/link';
import { latestValidSession } from '@/lib/data/sessions';
import { formatSessionDate } from '@/lib/dates';
import { localePath } from '@/lib/i18n/locale';
import { sessionText } from '@/lib/i18n/messages/session';
import { getLocale } from '@/lib/i18n/request';

/** The 404, in the edition of the address asked for (/zh-hk/… in Chinese), with links in that edition. */
export default async function NotFound() {
  const locale = await getLocale();
  const t = sessionText[locale].notFound;
  const latest = latestValidSession();
  return (
    <section className="panel" data-testid="not-found">
      <h1>{t.title}</h1>
      <p>
        {t.before}
        <code>{localePath(locale, '/sessions/YYYY-MM-DD')}</code>
        {t.after}
      </p>
      <p>
        {latest ? (
          <>
            {t.latest} <Link href={localePath(locale, `/sessions/${latest.date}`)}>{formatSessionDate(latest.date, locale)}</Link> ·{' '}
          </>
        ) : null}
        <Link href={localePath(locale, '/sessions')}>{t.all}</Link>
      </p>
    </section>
  );
}
