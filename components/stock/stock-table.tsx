import { direction, formatPct } from '@/lib/format';
import { PERIODS } from '@/lib/history/types';
import { industryName } from '@/lib/industries';
import { localePath, TEXT_LANG, type Locale } from '@/lib/i18n/locale';
import { stocksText } from '@/lib/i18n/messages/stocks';
import type { SortKey, StockListRow } from '@/lib/views/stock-list';

interface Props {
  rows: StockListRow[];
  showIndustry: boolean;
  caption: string;
  sort: SortKey;
  dir: 'asc' | 'desc';
  /** The link that sorts by `key` (server-built, so sorting works without JavaScript). */
  sortHref: (key: SortKey) => string;
  locale: Locale;
}

/** Stocks with their period returns; every row leads to the stock's page; headings sort by links. */
export function StockTable({ rows, showIndustry, caption, sort, dir, sortHref, locale }: Props) {
  const text = stocksText[locale];
  const t = text.table;
  const zh = locale === 'zh-hk';
  const head = (key: SortKey, label: string, num = false) => (
    <th scope="col" className={num ? 'num' : undefined} aria-sort={sort === key ? (dir === 'asc' ? 'ascending' : 'descending') : undefined}>
      <a className="sort" href={sortHref(key)} aria-current={sort === key ? 'true' : undefined}>
        {label}
        {sort === key ? (dir === 'asc' ? ' ▲' : ' ▼') : ''}
      </a>
    </th>
  );
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table className="data" data-testid="stock-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {head('code', t.code)}
            {head('name', t.name)}
            {showIndustry ? <th scope="col">{t.industry}</th> : null}
            {PERIODS.map((p) => head(p, text.periods[p], true))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ entry, returns }) => {
            const href = localePath(locale, `/stocks/${entry.code}`);
            return (
              <tr key={entry.code} data-code={entry.code}>
                <td className="code">
                  <a href={href}>{entry.code}</a>
                </td>
                {zh ? (
                  <td className="wrap">
                    {entry.nameZh ? (
                      <>
                        <a href={href}>{entry.nameZh}</a>
                        <span className="zh" lang={TEXT_LANG.en}>
                          {' '}
                          {entry.name}
                        </span>
                      </>
                    ) : (
                      <a href={href} lang={TEXT_LANG.en}>
                        {entry.name}
                      </a>
                    )}
                  </td>
                ) : (
                  <td className="wrap">
                    <a href={href}>{entry.name}</a>
                    {entry.nameZh ? (
                      <span className="zh" lang={TEXT_LANG['zh-hk']}>
                        {' '}
                        {entry.nameZh}
                      </span>
                    ) : null}
                  </td>
                )}
                {showIndustry ? <td className="industry">{industryName(entry.sector, locale)}</td> : null}
                {PERIODS.map((p) => {
                  const r = returns[p];
                  return (
                    <td key={p} className={`num ${r ? direction(r.returnPct) : 'muted'}`}>
                      {r ? formatPct(r.returnPct, p === '1d' ? 2 : 1) : '–'}
                      {r?.partial ? <abbr title={t.partialTitle(r.fromDate)}>*</abbr> : null}
                      {r?.extreme ? <abbr title={t.extremeTitle}>!</abbr> : null}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
