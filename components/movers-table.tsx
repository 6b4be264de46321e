import { direction, formatPct, formatPrice } from '@/lib/format';
import { industryName, isIndustry } from '@/lib/industries';
import { industryShortName } from '@/lib/i18n/messages/heatmap';
import { localePath, type Locale } from '@/lib/i18n/locale';
import { sessionText } from '@/lib/i18n/messages/session';
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
  locale?: Locale;
}

export function MoversTable({ title, stocks, id, changeLabel, listedInPeriod, period, locale = 'en' }: Props) {
  const t = sessionText[locale].movers;
  const href = (code: string) => localePath(locale, stockHref(code, period));
  return (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {stocks.length === 0 ? (
        <p className="muted">{t.none}</p>
      ) : (
        // Focusable: on a narrow screen the table scrolls sideways, and a keyboard must be able to scroll it.
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby={id}>
          <table className="data" data-testid={id}>
            <thead>
              <tr>
                <th scope="col">{t.code}</th>
                <th scope="col">{t.name}</th>
                <th scope="col">{t.industry}</th>
                <th scope="col" className="num">
                  {t.close}
                </th>
                <th scope="col" className="num">
                  {changeLabel ?? (locale === 'en' ? 'Change' : '升跌幅')}
                </th>
              </tr>
            </thead>
            <tbody>
              {stocks.map((s) => (
                <tr key={s.code} data-code={s.code} data-ref={refKey.stock(s.code)}>
                  <td className="code">
                    <a href={href(s.code)}>{s.code}</a>
                  </td>
                  <td className="wrap">
                    {locale === 'en' ? (
                      <>
                        <a href={href(s.code)}>{s.name}</a>
                        {s.nameZh ? (
                          <span className="zh" lang="zh-Hant">
                            {' '}
                            {s.nameZh}
                          </span>
                        ) : null}
                      </>
                    ) : s.nameZh ? (
                      <a href={href(s.code)}>{s.nameZh}</a>
                    ) : (
                      // No Chinese name known: the readable English one, never an empty cell.
                      <a href={href(s.code)} lang="en">
                        {s.name}
                      </a>
                    )}
                    {listedInPeriod?.has(s.code) ? (
                      <span className="muted" title={t.listedTitle(listedInPeriod.get(s.code)!)}>
                        {' '}
                        {t.listed}
                      </span>
                    ) : null}
                    {s.extreme ? (
                      <span className="badge warn" title={t.extremeTitle}>
                        {' '}
                        {t.extreme}
                      </span>
                    ) : null}
                  </td>
                  {locale === 'en' ? (
                    <td className="industry">{s.sector}</td>
                  ) : (
                    // The short HSICS name, unbroken: Chinese wraps between any two characters, so a narrow
                    // column would stack 非必需性消費業 one character a line.
                    <td className="industry" style={{ whiteSpace: 'nowrap' }} title={industryName(s.sector, locale)}>
                      {isIndustry(s.sector) ? industryShortName(s.sector, locale) : s.sector}
                    </td>
                  )}
                  <td className="num">
                    {s.close === null ? '–' : formatPrice(s.close)}
                    {s.closeBasis === 'adjusted' ? <abbr title={t.adjTitle}> {t.adj}</abbr> : null}
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
