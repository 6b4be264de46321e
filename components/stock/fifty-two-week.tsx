import { formatDayMonthYear, formatSessionDate } from '@/lib/dates';
import { formatPctAbs, formatPrice } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locale';
import { stocksText } from '@/lib/i18n/messages/stocks';
import type { FiftyTwoWeekRange, RangePoint } from '@/lib/stocks/figures';

type RangeText = (typeof stocksText)['en']['range'];

function Close({ p, comparable, t, adj }: { p: RangePoint; comparable: boolean; t: RangeText; adj: string }) {
  if (p.close === null) return <>–</>;
  return (
    <>
      {formatPrice(p.close)}
      {p.closeBasis === 'adjusted' ? <abbr title={t.adjTitle}>{adj}</abbr> : null}
      {!comparable ? <abbr title={t.incomparable}> †</abbr> : null}
    </>
  );
}

/** The 52-week closing high and low, their dates, and where the latest close sits. */
export function FiftyTwoWeek({ range, locale }: { range: FiftyTwoWeekRange | null; locale: Locale }) {
  if (!range) return null;
  const t = stocksText[locale].range;
  const adj = stocksText[locale].adj;
  const pos = Math.round(range.position * 100);
  // A date inside the line: "Thu 6 Mar 2025" / "2025年3月6日".
  const date = (d: string) => (locale === 'zh-hk' ? formatDayMonthYear(d, locale) : formatSessionDate(d));
  return (
    <section className="panel" aria-labelledby="range-title" data-testid="fifty-two-week">
      <h2 id="range-title">
        {t.title} {!range.complete ? <small className="muted">{t.partial(range.sessions)}</small> : null}
      </h2>
      <dl className="facts">
        <div>
          <dt>{t.high}</dt>
          <dd data-testid="range-high">
            <Close p={range.high} comparable={range.closesComparable} t={t} adj={adj} />
            {t.onBefore}
            <time dateTime={range.high.date}>{date(range.high.date)}</time>
            {t.onAfter}
          </dd>
        </div>
        <div>
          <dt>{t.low}</dt>
          <dd data-testid="range-low">
            <Close p={range.low} comparable={range.closesComparable} t={t} adj={adj} />
            {t.onBefore}
            <time dateTime={range.low.date}>{date(range.low.date)}</time>
            {t.onAfter}
          </dd>
        </div>
        <div>
          <dt>{t.latest}</dt>
          <dd data-testid="range-latest">
            <Close p={range.latest} comparable t={t} adj={adj} /> · {range.fromHighPct === 0 ? t.atHigh : t.belowHigh(formatPctAbs(range.fromHighPct))}
            {locale === 'zh-hk' ? '，' : ', '}
            {range.fromLowPct === 0 ? t.atLow : t.aboveLow(formatPctAbs(range.fromLowPct))}
          </dd>
        </div>
      </dl>
      <div className="range-bar" role="img" aria-label={t.bar(pos)}>
        <span className="range-fill" style={{ width: `${pos}%` }} />
        <span className="range-mark" style={{ left: `${pos}%` }} />
      </div>
      <p className="muted note">
        {t.note}
        {range.closesComparable && range.latest.closeBasis === 'adjusted' ? t.noteAdjusted : range.closesComparable ? t.noteActual : t.noteIncomparable}
      </p>
    </section>
  );
}
