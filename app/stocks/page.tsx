import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { StockTable } from '@/components/stock/stock-table';
import { formatSessionDate } from '@/lib/dates';
import { direction, formatPct } from '@/lib/format';
import { PERIODS } from '@/lib/history/types';
import { industryAnchor } from '@/components/stock/stock-header';
import { getStockListView } from '@/lib/views/stock-list';
import { PERIOD_LABELS } from '@/lib/stocks/period-labels';
import '@/components/stock/stock.css';

export const dynamic = 'force-dynamic';

type Query = Record<string, string | string[] | undefined>;

export async function generateMetadata({ searchParams }: { searchParams: Promise<Query> }): Promise<Metadata> {
  const { q } = await searchParams;
  return typeof q === 'string' && q.trim() !== '' ? { title: `Stocks matching “${q.trim().slice(0, 60)}”`, robots: { index: false } } : { title: 'All stocks' };
}

/** A link that keeps the page's other parameters and sets `patch`. */
function hrefWith(query: Query, patch: Record<string, string | null>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (!(k in patch) && typeof v === 'string') params.set(k, v);
  for (const [k, v] of Object.entries(patch)) if (v !== null) params.set(k, v);
  const qs = params.toString();
  return qs ? `/stocks?${qs}` : '/stocks';
}

export default async function StocksPage({ searchParams }: { searchParams: Promise<Query> }) {
  const query = await searchParams;
  const view = await getStockListView(query);
  if (view.kind === 'redirect') redirect(`/stocks/${view.code}`);
  if (typeof query.q === 'string' && query.q.trim() === '' && Object.keys(query).length === 1) redirect('/stocks');

  const sortHref = (key: string) => {
    const same = view.sort === key;
    const next = same ? (view.dir === 'asc' ? 'desc' : 'asc') : PERIODS.includes(key as never) ? 'desc' : 'asc';
    return hrefWith(query, { sort: key, dir: next });
  };
  const tableProps = { sort: view.sort, dir: view.dir, sortHref };

  if (view.search) {
    const s = view.search;
    const none = s.stockRows.length === 0 && s.groupRows.length === 0;
    return (
      <div className="stack">
        <div className="stock-list-head">
          <h1>Stocks matching “{s.query}”</h1>
          <Link href="/stocks">All stocks</Link>
        </div>
        <form action="/stocks" method="get" role="search" className="inline-search panel" aria-label="Search stocks again">
          <label htmlFor="q2">Code, name (English or Chinese), industry or theme</label>
          <input id="q2" name="q" type="search" defaultValue={s.query} />
          <button type="submit">Search</button>
        </form>
        {none ? (
          <section className="panel" data-testid="search-none">
            <p>
              No stock, industry or theme matches “{s.query}”. Try a code (<code>700</code>, <code>0700.HK</code>), an English name
              (<code>tencent</code>), a Chinese name (<code lang="zh-Hant">騰訊</code>) or a theme (<code>gold</code>).
            </p>
          </section>
        ) : null}
        {s.stockRows.length > 0 ? (
          <section className="panel" aria-labelledby="matches-title" data-testid="search-stocks">
            <h2 id="matches-title">
              {s.stockRows.length} stock{s.stockRows.length === 1 ? '' : 's'} by code or name
            </h2>
            <StockTable rows={s.stockRows} showIndustry caption="Stocks matching the search" {...tableProps} />
          </section>
        ) : null}
        {s.groupRows.map(({ group, rows }) => (
          <section key={`${group.kind}:${group.name}`} className="panel" aria-labelledby={`g-${group.kind}-${industryAnchor(group.name)}`} data-testid={`search-${group.kind}`}>
            <h2 id={`g-${group.kind}-${industryAnchor(group.name)}`}>
              {group.kind === 'industry' ? 'Industry' : 'Theme'}: {group.name}
              {group.nameZh ? (
                <span className="zh muted" lang="zh-Hant">
                  {' '}
                  {group.nameZh}
                </span>
              ) : null}{' '}
              <small className="muted">({rows.length} stocks)</small>
            </h2>
            <StockTable rows={rows} showIndustry={group.kind === 'theme'} caption={`${group.name}: its stocks`} {...tableProps} />
          </section>
        ))}
      </div>
    );
  }

  return (
    <div className="stack">
      <div className="stock-list-head">
        <h1>{view.industry ? `${view.industry} stocks` : 'All stocks'}</h1>
        <span className="muted">
          {view.total} stocks in the archive{view.latestDate ? `; returns to the close of ${formatSessionDate(view.latestDate)}` : ''}. Sort by a column
          heading.
        </span>
        {view.industry ? <a href={hrefWith(query, { industry: null })}>All industries</a> : null}
      </div>
      <nav className="panel industry-nav" aria-label="Industries">
        {view.blocks.map((b) => (
          <a key={b.industry} href={`#${industryAnchor(b.industry)}`}>
            {b.industry} ({b.rows.length})
          </a>
        ))}
      </nav>
      {view.blocks.map((b) => (
        <section key={b.industry} className="panel industry-block" id={industryAnchor(b.industry)} aria-labelledby={`h-${industryAnchor(b.industry)}`}>
          <h2 id={`h-${industryAnchor(b.industry)}`}>
            <a href={hrefWith(query, { industry: b.industry })}>{b.industry}</a>
            <small className="muted">
              {b.rows.length} stocks · equal-weighted:{' '}
              {PERIODS.map((p) => {
                const m = b.moves[p];
                return m?.changePct == null ? null : (
                  <span key={p}>
                    {PERIOD_LABELS[p]} <span className={direction(m.changePct)}>{formatPct(m.changePct, 1)}</span>{' '}
                  </span>
                );
              })}
            </small>
          </h2>
          <StockTable rows={b.rows} showIndustry={false} caption={`${b.industry}: every stock`} {...tableProps} />
        </section>
      ))}
    </div>
  );
}
