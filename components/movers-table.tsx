import { direction, formatPct, formatPrice } from '@/lib/format';
import type { StockQuote } from '@/lib/session/model';
import { refKey } from '@/lib/session/refs';
import { stockHref } from '@/lib/stocks/urls';

interface Props {
  title: string;
  stocks: readonly StockQuote[];
  id: string;
  /** Header of the % column: "Change" (1D) or "1M change". */
  changeLabel?: string;
  /** Stocks listed inside the period (counted from their first close), with that date. */
  listedInPeriod?: ReadonlyMap<string, string>;
  /** The view's period, kept in stock links. */
  period?: string | string[];
}

export function MoversTable({ title, stocks, id, changeLabel = 'Change', listedInPeriod, period }: Props) {
  return (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {stocks.length === 0 ? (
        <p className="muted">None in this snapshot.</p>
      ) : (
        // Focusable: on a narrow screen the table scrolls sideways, and a keyboard must be able to scroll it.
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby={id}>
          <table className="data" data-testid={id}>
            <thead>
              <tr>
                <th scope="col">Code</th>
                <th scope="col">Name</th>
                <th scope="col">Industry</th>
                <th scope="col" className="num">
                  Close (HKD)
                </th>
                <th scope="col" className="num">
                  {changeLabel}
                </th>
              </tr>
            </thead>
            <tbody>
              {stocks.map((s) => (
                <tr key={s.code} data-code={s.code} data-ref={refKey.stock(s.code)}>
                  <td className="code">
                    <a href={stockHref(s.code, period)}>{s.code}</a>
                  </td>
                  <td className="wrap">
                    <a href={stockHref(s.code, period)}>{s.name}</a>
                    {s.nameZh ? (
                      <span className="zh" lang="zh-Hant">
                        {' '}
                        {s.nameZh}
                      </span>
                    ) : null}
                    {listedInPeriod?.has(s.code) ? (
                      <span className="muted" title={`Listed inside the period: counted from its first close (first session here ${listedInPeriod.get(s.code)})`}>
                        {' '}
                        ◦ listed in period
                      </span>
                    ) : null}
                    {s.extreme ? (
                      <span className="badge warn" title="Move beyond ±50 %: a real event or a data glitch">
                        {' '}
                        extreme
                      </span>
                    ) : null}
                  </td>
                  <td className="industry">{s.sector}</td>
                  <td className="num">
                    {s.close === null ? '–' : formatPrice(s.close)}
                    {s.closeBasis === 'adjusted' ? <abbr title="Dividend/split-adjusted close"> adj.</abbr> : null}
                  </td>
                  <td className={`num ${direction(s.changePct)}`}>{formatPct(s.changePct)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
