/** A session's links to the recaps of its ISO week and its month. */
import Link from 'next/link';
import { formatMonth } from '@/lib/dates';
import { localePath, type Locale } from '@/lib/i18n/locale';
import { sessionText } from '@/lib/i18n/messages/session';
import { monthIdOf, recapPath, weekIdOf } from '@/lib/recaps/period';

export function RecapLinks({ date, locale = 'en' }: { date: string; locale?: Locale }) {
  const t = sessionText[locale].recaps;
  const week = weekIdOf(date);
  const month = monthIdOf(date);
  return (
    <nav className="recap-links" aria-label={t.nav}>
      <Link href={localePath(locale, recapPath('week', week))} data-testid="week-recap-link">
        {t.week(week)}
      </Link>
      <Link href={localePath(locale, recapPath('month', month))} data-testid="month-recap-link">
        {t.month(formatMonth(month, locale))}
      </Link>
    </nav>
  );
}
