import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { StockTable } from '@/components/stock/stock-table';
import { formatSessionDate } from '@/lib/dates';
import { direction, formatPct } from '@/lib/format';
import { PERIODS } from '@/lib/history/types';
import { industryName } from '@/lib/industries';
import { editionAlternates } from '@/lib/i18n/alternates';
import { localePath, TEXT_LANG } from '@/lib/i18n/locale';
import { stocksText } from '@/lib/i18n/messages/stocks';
import { getLocale } from '@/lib/i18n/request';
import { industryAnchor } from '@/components/stock/stock-header';
import { getStockListView } from '@/lib/views/stock-list';
import '@/components/stock/stock.css';

export const dynamic = 'force-dynamic';

type Query = Record<string, string | string[] | undefined>;

export async function generateMetadata({ searchParams }: { searchParams: Promise<Query> }): Promise<Metadata> {
  const { q } = await searchParams;
  const locale = await getLocale();
  const t = stocksText[locale].meta;
  return typeof q === 'string' && q.trim() !== ''
    ? { title: t.searchTitle(q.trim().slice(0, 60)), robots: { index: false } }
    : { title: t.listTitle, alternates: editionAlternates(locale, '/stocks') };
}

export default async function StocksPage({ searchParams }: { searchParams: Promise<Query> }) {
  const query = await searchParams;
  const locale = await getLocale();
  const text = stocksText[locale];
  const zh = locale === 'zh-hk';
  const link = (path: string) => localePath(locale, path);
  /** A link that keeps the page's other parameters and sets `patch`. */
  const hrefWith = (patch: Record<string, string | null>): string => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (!(k in patch) && typeof v === 'string') params.set(k, v);
    for (const [k, v] of Object.entries(patch)) if (v !== null) params.set(k, v);
    const qs = params.toString();
    return link(qs ? `/stocks?${qs}` : '/stocks');
  };
  const view = await getStockListView(query);
  if (view.kind === 'redirect') redirect(link(`/stocks/${view.code}`));
  if (typeof query.q === 'string' && query.q.trim() === '' && Object.keys(query).length === 1) redirect(link('/stocks'));

  const sortHref = (key: string) => {
    const same = view.sort === key;
    const next = same ? (view.dir === 'asc' ? 'desc' : 'asc') : PERIODS.includes(key as never) ? 'desc' : 'asc';
    return hrefWith({ sort: key, dir: next });
  };
  const tableProps = { sort: view.sort, dir: view.dir, sortHref, locale };

  if (view.search) {
    const s = view.search;
    const t = text.search;
    const none = s.stockRows.length === 0 && s.groupRows.length === 0;
    return (
      <div className="stack">
        <div className="stock-list-head">
          <h1>{t.title(s.query)}</h1>
          <Link href={link('/stocks')}>{text.list.title}</Link>
        </div>
        <form action={link('/stocks')} method="get" role="search" className="inline-search panel" aria-label={t.again}>
          <label htmlFor="q2">{t.label}</label>
          <input id="q2" name="q" type="search" defaultValue={s.query} />
          <button type="submit">{t.button}</button>
        </form>
        {none ? (
          <section className="panel" data-testid="search-none">
            {zh ? (
              <p>
                {t.none(s.query)}（<code>700</code>、<code>0700.HK</code>）、{t.noneWords.chinese}（<code>騰訊</code>）、{t.noneWords.english}（
                <code lang={TEXT_LANG.en}>tencent</code>）{t.noneWords.theme}（<code>{t.noneExamples.theme}</code>）。
              </p>
            ) : (
              <p>
                {t.none(s.query)} (<code>700</code>, <code>0700.HK</code>), {t.noneWords.english} (<code>tencent</code>), {t.noneWords.chinese} (
                <code lang={TEXT_LANG['zh-hk']}>騰訊</code>) {t.noneWords.theme} (<code>{t.noneExamples.theme}</code>).
              </p>
            )}
          </section>
        ) : null}
        {s.stockRows.length > 0 ? (
          <section className="panel" aria-labelledby="matches-title" data-testid="search-stocks">
            <h2 id="matches-title">{t.stocks(s.stockRows.length)}</h2>
            <StockTable rows={s.stockRows} showIndustry caption={t.stocksCaption} {...tableProps} />
          </section>
        ) : null}
        {s.groupRows.map(({ group, rows }) => {
          const id = `g-${group.kind}-${industryAnchor(group.name)}`;
          // The Chinese edition names the group in Chinese (an English theme name without one, marked).
          const name = zh ? (group.kind === 'industry' ? industryName(group.name, locale) : (group.nameZh ?? group.name)) : group.name;
          return (
            <section key={`${group.kind}:${group.name}`} className="panel" aria-labelledby={id} data-testid={`search-${group.kind}`}>
              <h2 id={id}>
                {group.kind === 'industry' ? t.industry : t.theme}
                {zh ? '：' : ': '}
                <span lang={zh && name === group.name ? TEXT_LANG.en : undefined}>{name}</span>
                {!zh && group.kind === 'theme' && group.nameZh ? (
                  <span className="zh muted" lang={TEXT_LANG['zh-hk']}>
                    {' '}
                    {group.nameZh}
                  </span>
                ) : null}{' '}
                <small className="muted">{t.count(rows.length)}</small>
              </h2>
              <StockTable rows={rows} showIndustry={group.kind === 'theme'} caption={t.caption(name)} {...tableProps} />
            </section>
          );
        })}
      </div>
    );
  }

  const t = text.list;
  const industryTitle = view.industry ? industryName(view.industry, locale) : null;
  return (
    <div className="stack">
      <div className="stock-list-head">
        <h1>{industryTitle ? t.industryTitle(industryTitle) : t.title}</h1>
        <span className="muted">{t.summary(view.total, view.latestDate ? formatSessionDate(view.latestDate, locale) : null)}</span>
        {view.industry ? <a href={hrefWith({ industry: null })}>{t.allIndustries}</a> : null}
      </div>
      <nav className="panel industry-nav" aria-label={t.industries}>
        {view.blocks.map((b) => (
          <a key={b.industry} href={`#${industryAnchor(b.industry)}`}>
            {industryName(b.industry, locale)}
            {zh ? `（${b.rows.length}）` : ` (${b.rows.length})`}
          </a>
        ))}
      </nav>
      {view.blocks.map((b) => {
        const name = industryName(b.industry, locale);
        return (
          <section key={b.industry} className="panel industry-block" id={industryAnchor(b.industry)} aria-labelledby={`h-${industryAnchor(b.industry)}`}>
            <h2 id={`h-${industryAnchor(b.industry)}`}>
              <a href={hrefWith({ industry: b.industry })}>{name}</a>
              <small className="muted">
                {t.block(b.rows.length)}{' '}
                {PERIODS.map((p) => {
                  const m = b.moves[p];
                  return m?.changePct == null ? null : (
                    <span key={p}>
                      {text.periods[p]} <span className={direction(m.changePct)}>{formatPct(m.changePct, 1)}</span>{' '}
                    </span>
                  );
                })}
              </small>
            </h2>
            <StockTable rows={b.rows} showIndustry={false} caption={t.caption(name)} {...tableProps} />
          </section>
        );
      })}
    </div>
  );
}
