import Link from 'next/link';
import { formatSessionDate } from '@/lib/dates';
import { direction, formatPct, formatPrice } from '@/lib/format';
import { industryName } from '@/lib/industries';
import { localePath, TEXT_LANG, type Locale } from '@/lib/i18n/locale';
import { stocksText } from '@/lib/i18n/messages/stocks';
import type { StockPageView } from '@/lib/views/stock-page';
import { sessionHighlightHref } from '@/lib/stocks/urls';

/** Code, names, industry, themes, listing, and the latest close with its move and session. */
export function StockHeader({ view, locale }: { view: StockPageView; locale: Locale }) {
  const { entry, latest } = view;
  const t = stocksText[locale];
  const basis = latest.closeBasis === 'adjusted' || latest.closeBasis === 'approx' ? t.basis[latest.closeBasis] : null;
  const zh = locale === 'zh-hk';
  const link = (path: string) => localePath(locale, path);
  return (
    <header className="stock-header panel" data-testid="stock-header">
      <div className="sh-title">
        {zh ? (
          // The Chinese edition names the stock in Chinese first; without a known Chinese name, the English one (marked as English).
          <h1>
            <span className="code" data-testid="stock-code">
              {entry.code}
            </span>{' '}
            {entry.nameZh ? (
              <>
                <span data-testid="stock-name-zh">{entry.nameZh}</span>{' '}
                <span className="zh" lang={TEXT_LANG.en} data-testid="stock-name">
                  {entry.name}
                </span>
              </>
            ) : (
              <span lang={TEXT_LANG.en} data-testid="stock-name">
                {entry.name}
              </span>
            )}
          </h1>
        ) : (
          <h1>
            <span className="code" data-testid="stock-code">
              {entry.code}
            </span>{' '}
            <span data-testid="stock-name">{entry.name}</span>{' '}
            {entry.nameZh ? (
              <span className="zh" lang={TEXT_LANG['zh-hk']} data-testid="stock-name-zh">
                {entry.nameZh}
              </span>
            ) : null}
          </h1>
        )}
        <p className="sh-meta">
          <Link href={link(`/stocks?industry=${encodeURIComponent(entry.sector)}#${industryAnchor(entry.sector)}`)} className="badge" data-testid="stock-industry">
            {industryName(entry.sector, locale)}
          </Link>
          {entry.themes.map((th) => {
            const name = zh ? (th.nameZh ?? th.name) : th.name;
            return (
              <Link key={th.id} href={link(`/stocks?q=${encodeURIComponent(name)}`)} className="badge theme" lang={zh && !th.nameZh ? TEXT_LANG.en : undefined}>
                {name}
              </Link>
            );
          })}
          {entry.shortName && entry.shortName.toLowerCase() !== entry.name.toLowerCase() ? (
            <span className="muted">
              {t.header.shortName} <span lang={zh ? TEXT_LANG.en : undefined}>{entry.shortName}</span>
            </span>
          ) : null}
        </p>
        <p className="sh-meta muted" data-testid="stock-listing">
          {entry.listingDate ? (
            <>
              {t.header.listed}
              {zh ? '：' : ' '}
              <time dateTime={entry.listingDate}>{formatSessionDate(entry.listingDate, locale)}</time>
            </>
          ) : (
            <>
              {t.header.since}
              {zh ? '' : ' '}
              {formatSessionDate(entry.firstDate, locale)}
            </>
          )}
        </p>
      </div>
      <div className="sh-quote" data-testid="stock-latest">
        <div className="sh-close">
          {latest.close === null ? '–' : formatPrice(latest.close)} <small>{t.hkd}</small>
          {basis ? <abbr title={basis}>{t.adj}</abbr> : null}
        </div>
        <div className={`sh-change ${direction(latest.changePct)}`} data-testid="stock-change">
          {formatPct(latest.changePct)}
          {latest.extreme ? <span className="badge warn">{t.header.extreme}</span> : null}
        </div>
        <div className="muted">
          {t.header.closeOf}
          {zh ? '：' : ' '}
          <Link href={sessionHighlightHref(latest.date, entry.code, locale)} data-testid="stock-session">
            <time dateTime={latest.date}>{formatSessionDate(latest.date, locale)}</time>
          </Link>
          {view.stale ? <> · {t.header.stale(formatSessionDate(view.archiveLatest, locale))}</> : null}
        </div>
        <div className="muted">
          <Link href={`/stocks/${entry.code}.csv`} download>
            {t.header.csv}
          </Link>
        </div>
      </div>
    </header>
  );
}

export function industryAnchor(industry: string): string {
  return `ind-${industry.toLowerCase().replace(/[^a-z]+/g, '-')}`;
}
