import { direction, formatPct } from '@/lib/format';
import type { Period } from '@/lib/history/types';
import type { Locale } from '@/lib/i18n/locale';
import { stocksText } from '@/lib/i18n/messages/stocks';
import type { PeriodRow } from '@/lib/views/stock-page';

function Pct({ value }: { value: number | null }) {
  if (value === null) return <span className="muted">–</span>;
  return <span className={direction(value)}>{formatPct(value)}</span>;
}

interface Props {
  rows: PeriodRow[];
  name: string;
  industry: string;
  selected: Period | null;
  locale: Locale;
  /** lang of the stock's name when it is not in the page's language. */
  nameLang?: string;
}

/** 1D…1Y beside the industry's and the HSI's, with the rank in the industry. */
export function PeriodReturns({ rows, name, industry, selected, locale, nameLang }: Props) {
  const text = stocksText[locale];
  const t = text.returns;
  return (
    <section className="panel" aria-labelledby="periods-title">
      <h2 id="periods-title">{t.title}</h2>
      <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="periods-title">
        <table className="data" data-testid="period-returns">
          <thead>
            <tr>
              <th scope="col">{t.period}</th>
              <th scope="col" className="num" lang={nameLang}>
                {name}
              </th>
              <th scope="col" className="num">
                {t.rank}
              </th>
              <th scope="col" className="num">
                {industry}
              </th>
              <th scope="col" className="num">
                {text.chart.hsiShort}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.period} data-period={r.period} aria-current={r.period === selected ? 'true' : undefined} className={r.period === selected ? 'current' : undefined}>
                <th scope="row">
                  {text.periods[r.period]}
                  {!r.complete ? <abbr title={t.partialWindow(r.sessions)}> *</abbr> : null}
                </th>
                <td className="num">
                  <Pct value={r.stock?.returnPct ?? null} />
                  {r.stock?.partial ? <abbr title={t.sinceListingTitle(r.stock.fromDate)}>{t.sinceListing}</abbr> : null}
                  {r.stock?.extreme ? <abbr title={t.extremeTitle}> !</abbr> : null}
                </td>
                <td className="num">{r.stock ? t.rankOf(r.stock.rank, r.stock.of) : '–'}</td>
                <td className="num">
                  <Pct value={r.industry} />
                </td>
                <td className="num">
                  <Pct value={r.hsi} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted note">{t.note}</p>
    </section>
  );
}
