/**
 * Market activity (server-rendered): the universe's turnover against the previous session and the 20
 * before, the ten most-traded stocks, and new 52-week closing highs and lows.
 */
import { formatSessionDate } from '@/lib/dates';
import { direction, formatAmountZh, formatHkdBn, formatInteger, formatPct, formatPctAbs, formatTurnover } from '@/lib/format';
import { FIFTY_TWO_WEEK_SESSIONS } from '@/lib/history/types';
import type { Locale } from '@/lib/i18n/locale';
import { sessionText } from '@/lib/i18n/messages/session';
import { refKey } from '@/lib/session/refs';
import type { MarketActivity as Activity, NamedStockRef } from '@/lib/views/market-activity';

function Change({ pct, label, testId }: { pct: number | null; label: string; testId: string }) {
  if (pct === null) return null;
  return (
    <li>
      <span className={direction(pct)} data-testid={testId}>
        {formatPct(pct, 1)}
      </span>{' '}
      {label}
    </li>
  );
}

/** A stock's name in the edition: the Chinese one where known, else the English one marked as English. */
function StockName({ name, nameZh, locale }: { name: string; nameZh: string | null; locale: Locale }) {
  if (locale === 'en') return <>{name}</>;
  return nameZh ? <>{nameZh}</> : <span lang="en">{name}</span>;
}

function Names({ stocks, id, title, locale }: { stocks: NamedStockRef[]; id: string; title: string; locale: Locale }) {
  const t = sessionText[locale].activity;
  return (
    <div className="activity-list">
      <h3 id={id}>
        {title}
        {locale === 'en' ? ': ' : '：'}
        <span data-testid={`${id}-count`}>{formatInteger(stocks.length)}</span>
      </h3>
      {stocks.length === 0 ? (
        <p className="muted">{t.none}</p>
      ) : (
        // Focusable: the list scrolls when it is long, and a keyboard must be able to scroll it.
        <ul className="name-list" aria-labelledby={id} data-testid={id} tabIndex={0}>
          {stocks.map((s) => (
            <li key={s.code} data-code={s.code} data-ref={refKey.stock(s.code)}>
              <StockName name={s.name} nameZh={s.nameZh} locale={locale} /> <span className="muted">{s.code}</span>{' '}
              <span className={direction(s.changePct)}>{formatPct(s.changePct, 1)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function MarketActivity({ activity, locale = 'en' }: { activity: Activity; locale?: Locale }) {
  const t = sessionText[locale].activity;
  const { fiftyTwoWeek: x } = activity;
  // A stock's turnover in its cell: "HK$9.85 bn" / "98.52億" (the column header says 港元).
  const stockTurnover = (v: number) => (locale === 'en' ? formatHkdBn(v, 2) : formatAmountZh(v, 2));
  return (
    <section className="panel activity" id="activity" aria-labelledby="activity-title" data-testid="market-activity">
      <h2 id="activity-title">{t.title}</h2>
      <div className="activity-grid">
        <div data-ref={refKey.market('turnover')}>
          <h3>{t.turnoverOf(formatInteger(activity.stocks))}</h3>
          <p className="activity-total" data-testid="turnover-total">
            {formatTurnover(activity.turnover, locale)}
          </p>
          <ul className="plain">
            <Change
              pct={activity.vsPreviousPct}
              label={activity.previous ? t.vsPrevious(formatTurnover(activity.previous.turnover, locale), formatSessionDate(activity.previous.date, locale)) : ''}
              testId="turnover-vs-previous"
            />
            <Change
              pct={activity.vsAveragePct}
              label={activity.average !== null ? t.vsAverage(activity.averageSessions, formatTurnover(activity.average, locale)) : ''}
              testId="turnover-vs-average"
            />
          </ul>
          <p className="muted small">{t.universeNote}</p>
        </div>
        <div>
          <h3 id="most-traded-title">{t.mostTraded}</h3>
          <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="most-traded-title">
            <table className="data" data-testid="most-traded">
              <thead>
                <tr>
                  <th scope="col">{t.stock}</th>
                  <th scope="col" className="num">
                    {t.turnover}
                  </th>
                  <th scope="col" className="num">
                    {t.share}
                  </th>
                  <th scope="col" className="num">
                    {t.change}
                  </th>
                </tr>
              </thead>
              <tbody>
                {activity.mostTraded.map((s) => (
                  <tr key={s.code} data-code={s.code} data-ref={refKey.stock(s.code)}>
                    <td className="wrap">
                      <StockName name={s.name} nameZh={s.nameZh} locale={locale} /> <span className="muted">{s.code}</span>
                    </td>
                    <td className="num">{stockTurnover(s.turnover)}</td>
                    <td className="num">{formatPctAbs(s.sharePct, 1)}</td>
                    <td className={`num ${direction(s.changePct)}`}>{formatPct(s.changePct)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
        <div data-ref={refKey.market('52-week')}>
          <h3>{t.fiftyTwoWeek}</h3>
          <p className="muted small" data-testid="fifty-two-week-note">
            {t.fiftyTwoWeekNote(FIFTY_TWO_WEEK_SESSIONS, formatInteger(x.insufficientHistory), x.insufficientHistory)}
          </p>
          <Names stocks={x.highs} id="new-highs" title={t.highs} locale={locale} />
          <Names stocks={x.lows} id="new-lows" title={t.lows} locale={locale} />
        </div>
      </div>
    </section>
  );
}
