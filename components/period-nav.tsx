/**
 * The period switch (1D … 1Y) and the definition of the period shown. Plain links (server-rendered), so
 * switching works without JavaScript and every view has its own shareable URL.
 */
import { formatDayMonthYear, formatSessionDate } from '@/lib/dates';
import type { Query } from '@/lib/heatmap/query';
import type { Locale } from '@/lib/i18n/locale';
import { sessionText } from '@/lib/i18n/messages/session';
import type { PeriodView } from '@/lib/views/session-page';
import { periodDefinition, periodLabel, PERIODS, periodShortfall, type Period } from '@/lib/views/period';

function periodHref(query: Query, period: Period): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (key === 'period' || value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, v);
  }
  if (period !== '1d') params.set('period', period);
  const qs = params.toString();
  return qs ? `?${qs}` : '?';
}

/** Why a period is unavailable (lib/views/session-page.ts), in the Chinese edition's words. */
const UNAVAILABLE_ZH: Record<string, string> = {
  'the history store does not hold this session yet': '歷史數據庫尚未收錄此交易日',
  'the history store is unavailable': '歷史數據庫暫時無法使用',
};

export function PeriodNav({
  view,
  query,
  requested,
  unavailable,
  locale = 'en',
}: {
  view: PeriodView;
  query: Query;
  requested: Period;
  unavailable: string | null;
  locale?: Locale;
}) {
  const t = sessionText[locale].period;
  const w = view.window;
  const shortfall = periodShortfall(w, locale);
  const label = periodLabel(view.period, locale);
  // Dates inside the sentence: 'Wed 21 May 2025' / 2025年5月21日 (the weekday would crowd the Chinese parentheses).
  const day = (date: string) => (locale === 'en' ? formatSessionDate(date) : formatDayMonthYear(date, locale));
  const why = unavailable === null ? null : locale === 'zh-hk' ? (UNAVAILABLE_ZH[unavailable] ?? unavailable) : unavailable;
  return (
    <section className="period-nav" aria-label={t.section} data-testid="period-nav">
      <nav className="period-links" aria-label={t.nav}>
        {PERIODS.map((p) => (
          <a key={p} href={periodHref(query, p)} aria-current={p === view.period ? 'true' : undefined} data-period={p}>
            {periodLabel(p, locale)}
          </a>
        ))}
      </nav>
      <p className="muted period-definition" data-testid="period-definition">
        {view.period === '1d' ? (
          t.oneDay
        ) : (
          <>
            <strong>{label}</strong>
            {locale === 'zh-hk' ? '：' : ': '}
            {periodDefinition(view.period, locale)}
            {w ? t.window(w.sessions, day(w.startDate), day(w.endDate), w.baseDate ? day(w.baseDate) : null) : null}
            {t.method}
          </>
        )}
      </p>
      {shortfall ? (
        <p className="panel notice" role="status" data-testid="period-shortfall">
          {t.shortfall(shortfall, w!.sessions, day(w!.startDate), label)}
        </p>
      ) : null}
      {why ? (
        <p className="panel notice" role="status" data-testid="period-unavailable">
          {t.unavailable(periodLabel(requested, locale), why)}
        </p>
      ) : null}
    </section>
  );
}
