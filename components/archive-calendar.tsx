/**
 * One year of sessions as a calendar (server-rendered): a grid of weekdays per month, each session a link
 * coloured by the HSI's change on the heatmap's 1D scale, holidays and half days marked.
 */
import Link from 'next/link';
import { formatMonth, formatSessionDate } from '@/lib/dates';
import { direction, formatPct } from '@/lib/format';
import { localePath, TEXT_LANG, type Locale } from '@/lib/i18n/locale';
import { archiveText, CALENDAR_NOTES_ZH } from '@/lib/i18n/messages/archive';
import { recapPath, weekIdOf } from '@/lib/recaps/period';
import type { CalendarCell, CalendarMonth } from '@/lib/views/archive';
import '@/components/heatmap/heatmap.css';

type ArchiveText = (typeof archiveText)['en'];

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

function stepClass(step: number): string {
  return step > 0 ? `s-p${step}` : step < 0 ? `s-m${-step}` : 's-0';
}

/** The HKEX calendar's note in the edition's words: [text, lang when it stays English on a Chinese page]. */
function calendarNote(note: string, locale: Locale): [string, string | undefined] {
  if (locale === 'en' || note === '') return [note, undefined];
  const zh = CALENDAR_NOTES_ZH[note];
  return zh ? [zh, undefined] : [note, TEXT_LANG.en];
}

function Cell({ cell, locale, t }: { cell: CalendarCell | null; locale: Locale; t: ArchiveText }) {
  if (cell === null) return <td className="cal-pad" />;
  const date = formatSessionDate(cell.date, locale);
  const href = localePath(locale, `/sessions/${cell.date}`);
  if (cell.kind === 'session') {
    const pct = cell.hsiChangePct;
    const title = t.cell(date, cell.half, pct === null ? null : formatPct(pct));
    return (
      <td className={`cal-day cal-session ${stepClass(cell.step)}`}>
        <Link href={href} data-date={cell.date} title={title} aria-label={title}>
          <span className="cal-num">
            {cell.day}
            {cell.half ? <abbr title={t.halfTitle}>{t.half}</abbr> : null}
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
        <Link href={href} data-date={cell.date} title={t.invalidTitle(date)}>
          <span className="cal-num">{cell.day}</span>
          <span className="badge warn">{t.invalid}</span>
        </Link>
      </td>
    );
  }
  const label = cell.kind === 'holiday' ? t.holiday : cell.kind === 'closed' ? t.closed : '';
  const [note, noteLang] = calendarNote(cell.note, locale);
  const sep = locale === 'zh-hk' ? '：' : ': ';
  return (
    <td className={`cal-day cal-${cell.kind}`} title={note ? `${date}${sep}${note}` : undefined} data-closed={cell.kind === 'none' ? undefined : cell.date}>
      <span className="cal-num">{cell.day}</span>
      {label ? (
        <span className="cal-note" lang={note ? noteLang : undefined}>
          {note || label}
        </span>
      ) : null}
    </td>
  );
}

/** The row's ISO week recap, when the row has a session (a week spanning two months is linked from both). */
function WeekCell({ week, locale, t }: { week: (CalendarCell | null)[]; locale: Locale; t: ArchiveText }) {
  const session = week.find((c) => c?.kind === 'session');
  if (!session) return <td className="cal-week" />;
  const id = weekIdOf(session.date);
  return (
    <td className="cal-week">
      <Link href={localePath(locale, recapPath('week', id))} data-week={id} title={t.weekLink(id)} aria-label={t.weekLabel(id)}>
        {t.weekShort(Number(id.slice(6)))}
      </Link>
    </td>
  );
}

export function ArchiveMonth({ month, locale = 'en' }: { month: CalendarMonth; locale?: Locale }) {
  const t = archiveText[locale];
  const id = `m-${month.month}`;
  const name = formatMonth(month.month, locale);
  return (
    <section className="cal-month panel" aria-labelledby={id} data-month={month.month}>
      <h2 id={id}>
        {month.sessions > 0 ? (
          <Link href={localePath(locale, recapPath('month', month.month))} data-month-recap={month.month} title={t.monthLink(name)}>
            {name}
          </Link>
        ) : (
          name
        )}{' '}
        {month.hsiChangePct === null ? null : (
          <span className={`cal-month-pct ${direction(month.hsiChangePct)}`} data-testid={`month-${month.month}`} title={t.monthHsi}>
            {t.hsi} {formatPct(month.hsiChangePct)}
          </span>
        )}
      </h2>
      <table className="cal-grid">
        <caption className="visually-hidden">{t.caption(name, month.sessions)}</caption>
        <thead>
          <tr>
            {WEEKDAYS.map((d) => (
              <th key={d} scope="col">
                {t.weekdays[d]}
              </th>
            ))}
            <th scope="col" className="cal-week">
              <abbr title={t.weekTitle}>{t.week}</abbr>
            </th>
          </tr>
        </thead>
        <tbody>
          {month.weeks.map((week, i) => (
            <tr key={i}>
              {week.map((cell, k) => (
                <Cell key={k} cell={cell} locale={locale} t={t} />
              ))}
              <WeekCell week={week} locale={locale} t={t} />
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
