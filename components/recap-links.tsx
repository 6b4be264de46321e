/** A session's links to the recaps of its ISO week and its month. */
import Link from 'next/link';
import { formatMonth } from '@/lib/dates';
import { monthIdOf, recapPath, weekIdOf } from '@/lib/recaps/period';

export function RecapLinks({ date }: { date: string }) {
  const week = weekIdOf(date);
  const month = monthIdOf(date);
  return (
    <nav className="recap-links" aria-label="Recaps">
      <Link href={recapPath('week', week)} data-testid="week-recap-link">
        Week recap ({week}) →
      </Link>
      <Link href={recapPath('month', month)} data-testid="month-recap-link">
        {formatMonth(month)} recap →
      </Link>
    </nav>
  );
}
