import { direction, formatPct } from '@/lib/format';
import { PERIODS } from '@/lib/history/types';
import { PERIOD_LABELS } from '@/lib/stocks/period-labels';
import type { SortKey, StockListRow } from '@/lib/views/stock-list';

interface Props {
  rows: StockListRow[];
  showIndustry: boolean;
  caption: string;
  sort: SortKey;
  dir: 'asc' | 'desc';
  /** The link that sorts by `key` (server-built, so sorting works without JavaScript). */
  sortHref: (key: SortKey) => string;
}

/** Stocks with their period returns; every row leads to the stock's page; headings sort by links. */
export function StockTable({ rows, showIndustry, caption, sort, dir, sortHref }: Props) {
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
            {head('code', 'Code')}
            {head('name', 'Name')}
            {showIndustry ? <th scope="col">Industry</th> : null}
            {PERIODS.map((p) => head(p, PERIOD_LABELS[p], true))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ entry, returns }) => (
            <tr key={entry.code} data-code={entry.code}>
              <td className="code">
                <a href={`/stocks/${entry.code}`}>{entry.code}</a>
              </td>
              <td className="wrap">
                <a href={`/stocks/${entry.code}`}>{entry.name}</a>
                {entry.nameZh ? (
                  <span className="zh" lang="zh-Hant">
                    {' '}
                    {entry.nameZh}
                  </span>
                ) : null}
              </td>
              {showIndustry ? <td className="industry">{entry.sector}</td> : null}
              {PERIODS.map((p) => {
                const r = returns[p];
                return (
                  <td key={p} className={`num ${r ? direction(r.returnPct) : 'muted'}`}>
                    {r ? formatPct(r.returnPct, p === '1d' ? 2 : 1) : '–'}
                    {r?.partial ? <abbr title={`Since its first session, ${r.fromDate}`}>*</abbr> : null}
                    {r?.extreme ? <abbr title="A day beyond ±50 % inside the period (flagged by validation): check it">!</abbr> : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
