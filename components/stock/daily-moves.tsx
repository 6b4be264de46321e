import Link from 'next/link';
import { formatSessionDate } from '@/lib/dates';
import { direction, formatHkdCompact, formatPct, formatPrice } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locale';
import { stocksText } from '@/lib/i18n/messages/stocks';
import type { DayMove, TurnoverVsAverage } from '@/lib/stocks/figures';
import { sessionHighlightHref } from '@/lib/stocks/urls';

const BAR_W = 12;
const BAR_H = 120;

type MovesText = (typeof stocksText)['en']['moves'];

interface Props {
  code: string;
  recent: DayMove[];
  largest: { up: DayMove[]; down: DayMove[] };
  turnover: TurnoverVsAverage | null;
  extremes: DayMove[];
  locale: Locale;
}

/** The last sessions' moves as bars around zero (server SVG), the largest days, turnover and extreme days. */
export function DailyMoves({ code, recent, largest, turnover, extremes, locale }: Props) {
  const t = stocksText[locale].moves;
  // The scale ignores extreme days (they are flagged, and would flatten every other bar).
  const cap = Math.max(1, ...recent.filter((d) => !d.extreme).map((d) => Math.abs(d.changePct)));
  const mid = BAR_H / 2;
  const width = recent.length * BAR_W;
  const up = recent.filter((d) => d.changePct > 0).length;
  const down = recent.filter((d) => d.changePct < 0).length;
  return (
    <section className="panel" aria-labelledby="moves-title" data-testid="daily-moves">
      <h2 id="moves-title">{t.title}</h2>
      <p className="muted note">
        {t.summary(recent.length, up, down, recent[0] ? formatSessionDate(recent[0].date, locale) : null, formatPct(cap, 1).replace('+', ''), recent.some((d) => d.extreme))}
      </p>
      <svg className="move-bars" viewBox={`0 0 ${Math.max(width, 1)} ${BAR_H}`} preserveAspectRatio="none" role="img" aria-label={t.bars(recent.length)}>
        <line x1={0} x2={width} y1={mid} y2={mid} className="zero" />
        {recent.map((d, i) => {
          const h = (Math.min(Math.abs(d.changePct), cap) / cap) * (mid - 2);
          const y = d.changePct >= 0 ? mid - h : mid;
          return (
            <rect key={d.date} x={i * BAR_W + 1} y={y} width={BAR_W - 2} height={Math.max(h, 0.5)} className={`bar ${direction(d.changePct)}${d.extreme ? ' x' : ''}`}>
              <title>{`${d.date}: ${formatPct(d.changePct)}`}</title>
            </rect>
          );
        })}
      </svg>
      <div className="grid-2">
        <DayTable id="largest-up" title={t.largestUp} days={largest.up} code={code} locale={locale} t={t} />
        <DayTable id="largest-down" title={t.largestDown} days={largest.down} code={code} locale={locale} t={t} />
      </div>
      <dl className="facts">
        <div>
          <dt>{t.turnover}</dt>
          <dd data-testid="turnover">
            {turnover === null ? (
              t.notReported
            ) : (
              <>
                {t.turnoverOn(formatHkdCompact(turnover.turnover, locale), formatSessionDate(turnover.date, locale))}
                {turnover.ratio !== null && turnover.average !== null ? (
                  <>
                    {' '}
                    · {t.vsAverage(turnover.ratio.toFixed(1), turnover.sessions, formatHkdCompact(turnover.average, locale))}
                  </>
                ) : null}
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>{t.extremes}</dt>
          <dd data-testid="extreme-moves">
            {extremes.length === 0 ? (
              t.noExtremes
            ) : (
              <ul className="plain">
                {extremes.map((d) => (
                  <li key={d.date}>
                    <Link href={sessionHighlightHref(d.date, code, locale)}>{formatSessionDate(d.date, locale)}</Link>
                    {locale === 'zh-hk' ? '：' : ': '}
                    <span className={direction(d.changePct)}>{formatPct(d.changePct)}</span> <span className="badge warn">{t.flagged}</span>
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}

function DayTable({ id, title, days, code, locale, t }: { id: string; title: string; days: DayMove[]; code: string; locale: Locale; t: MovesText }) {
  const adj = stocksText[locale].adj;
  return (
    <div>
      <h3 id={id}>{title}</h3>
      {days.length === 0 ? (
        <p className="muted">{t.none}</p>
      ) : (
        <table className="data" data-testid={id} aria-labelledby={id}>
          <thead>
            <tr>
              <th scope="col">{t.session}</th>
              <th scope="col" className="num">
                {t.change}
              </th>
              <th scope="col" className="num">
                {t.close}
              </th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.date}>
                <td>
                  <Link href={sessionHighlightHref(d.date, code, locale)}>{formatSessionDate(d.date, locale)}</Link>
                </td>
                <td className={`num ${direction(d.changePct)}`}>
                  {formatPct(d.changePct)}
                  {d.extreme ? <abbr title={t.extremeTitle}> !</abbr> : null}
                </td>
                <td className="num">
                  {d.close === null ? '–' : formatPrice(d.close)}
                  {d.closeBasis === 'adjusted' ? <abbr title={t.adjTitle}>{adj}</abbr> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
