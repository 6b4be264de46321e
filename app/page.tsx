import Link from 'next/link';
import { redirect } from 'next/navigation';
import { latestValidSession } from '@/lib/data/sessions';
import { localePath } from '@/lib/i18n/locale';
import { sessionText } from '@/lib/i18n/messages/session';
import { getLocale } from '@/lib/i18n/request';

export const dynamic = 'force-dynamic';

/** `/` (and `/zh-hk`) is the latest valid session in that edition; its permalink is the address to share. */
export default async function Home() {
  const locale = await getLocale();
  const latest = latestValidSession();
  if (latest) redirect(localePath(locale, `/sessions/${latest.date}`));
  const t = sessionText[locale].home;
  return (
    <section className="panel">
      <h1>{t.title}</h1>
      <p>
        {t.before}
        <code>data/sessions/</code>
        {t.middle}
        <code>npm run ingest</code>
        {t.after}
        <Link href={localePath(locale, '/sessions')}>{t.archive}</Link>
        {t.end}
      </p>
    </section>
  );
}
