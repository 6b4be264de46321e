/**
 * One year of sessions as a calendar (server-rendered): a grid of weekdays per month, each session a link
 * coloured by the HSI's change on the heatmap's 1D scale, holidays and half days marked.
 */
import Link from 'next/link';
import { formatMonth, formatSessionDate } from '@/lib/dates';
import { direction, formatPct } from '@/lib/format';
import { recapPath, weekIdOf } from '@/lib/recaps/period';
import type { CalendarCell, CalendarMonth } from '@/lib/views/archive';
import '@/components/heatmap/heatmap.css';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'];

function stepClass(step: number): string {
  return step > 0 ? `s-p${step}` : step < 0 ? `s-m${-step}` : 's-0';
}

function Cell({ cell }: { cell: CalendarCell | null }) {
  if (cell === null) return <td className="cal-pad" />;
  if (cell.kind === 'session') {
    const pct = cell.hsiChangePct;
    const title = `${formatSessionDate(cell.date)}${cell.half ? ', half day' : ''}: HSI ${pct === null ? 'not in the file' : formatPct(pct)}`;
    return (
      <td className={`cal-day cal-session ${stepClass(cell.step)}`}>
        <Link href={`/sessions/${cell.date}`} data-date={cell.date} title={title} aria-label={title}>
          <span className="cal-num">
            {cell.day}
            {cell.half ? <abbr title="Half day: closed 12:00 HKT">½</abbr> : null}
          </span>
          <span className="cal-pct" data-testid={`hsi-${cell.date}`}>
            {pct === null ? '–' : formatPct(pct)}
          </span>
        </Link>
      </td>
    );
  }
  if (cell.kind === 'invalid') {
    return (
      <td className="cal-day cal-invalid">
        <Link href={`/sessions/${cell.date}`} data-date={cell.date} title={`${formatSessionDate(cell.date)}: the data file is invalid`}>
          <span className="cal-num">{cell.day}</span>
          <span className="badge warn">invalid</span>
        </Link>
      </td>
    );
  }
  const label = cell.kind === 'holiday' ? 'Holiday' : cell.kind === 'closed' ? 'Closed' : '';
  return (
    <td className={`cal-day cal-${cell.kind}`} title={cell.note ? `${formatSessionDate(cell.date)}: ${cell.note}` : undefined} data-closed={cell.kind === 'none' ? undefined : cell.date}>
      <span className="cal-num">{cell.day}</span>
      {label ? <span className="cal-note">{cell.note || label}</span> : null}
    </td>
  );
}

/** The row's ISO week recap, when the row has a session (a week spanning two months is linked from both). */
function WeekCell({ week }: { week: (CalendarCell | null)[] }) {
  const session = week.find((c) => c?.kind === 'session');
  if (!session) return <td className="cal-week" />;
  const id = weekIdOf(session.date);
  return (
    <td className="cal-week">
      <Link href={recapPath('week', id)} data-week={id} title={`Week recap, ${id}`} aria-label={`Week recap ${id}`}>
        W{Number(id.slice(6))}
      </Link>
    </td>
  );
}

export function ArchiveMonth({ month }: { month: CalendarMonth }) {
  const id = `m-${month.month}`;
  return (
    <section className="cal-month panel" aria-labelledby={id} data-month={month.month}>
      <h2 id={id}>
        {month.sessions > 0 ? (
          <Link href={recapPath('month', month.month)} data-month-recap={month.month} title={`Month recap, ${formatMonth(month.month)}`}>
            {formatMonth(month.month)}
          </Link>
        ) : (
          formatMonth(month.month)
        )}{' '}
        {month.hsiChangePct === null ? null : (
          <span className={`cal-month-pct ${direction(month.hsiChangePct)}`} data-testid={`month-${month.month}`} title="HSI change over the month">
            HSI {formatPct(month.hsiChangePct)}
          </span>
        )}
      </h2>
      <table className="cal-grid">
        <caption className="visually-hidden">
          Sessions of {formatMonth(month.month)} ({month.sessions}), with the HSI&apos;s % change
        </caption>
        <thead>
          <tr>
            {WEEKDAYS.map((d) => (
              <th key={d} scope="col">
                {d}
              </th>
            ))}
            <th scope="col" className="cal-week">
              <abbr title="Week recap">Wk</abbr>
            </th>
          </tr>
        </thead>
        <tbody>
          {month.weeks.map((week, i) => (
            <tr key={i}>
              {week.map((cell, k) => (
                <Cell key={k} cell={cell} />
              ))}
              <WeekCell week={week} />
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
