import Link from 'next/link';
import { formatSessionDate } from '@/lib/dates';
import { direction, formatPct, formatPrice } from '@/lib/format';
import type { StockPageView } from '@/lib/views/stock-page';
import { sessionHighlightHref } from '@/lib/stocks/urls';

const BASIS_NOTE = {
  actual: null,
  adjusted: 'dividend/split-adjusted close, not the traded price',
  approx: 'rebuilt close, may be a few ticks off',
} as const;

/** Code, names, industry, themes, listing, and the latest close with its move and session. */
export function StockHeader({ view }: { view: StockPageView }) {
  const { entry, latest } = view;
  const basis = latest.closeBasis ? BASIS_NOTE[latest.closeBasis] : null;
  return (
    <header className="stock-header panel" data-testid="stock-header">
      <div className="sh-title">
        <h1>
          <span className="code" data-testid="stock-code">
            {entry.code}
          </span>{' '}
          <span data-testid="stock-name">{entry.name}</span>{' '}
          {entry.nameZh ? (
            <span className="zh" lang="zh-Hant" data-testid="stock-name-zh">
              {entry.nameZh}
            </span>
          ) : null}
        </h1>
        <p className="sh-meta">
          <Link href={`/stocks?industry=${encodeURIComponent(entry.sector)}#${industryAnchor(entry.sector)}`} className="badge">
            {entry.sector}
          </Link>
          {entry.themes.map((t) => (
            <Link key={t.id} href={`/stocks?q=${encodeURIComponent(t.name)}`} className="badge theme">
              {t.name}
            </Link>
          ))}
          {entry.shortName && entry.shortName.toLowerCase() !== entry.name.toLowerCase() ? <span className="muted">HKEX short name {entry.shortName}</span> : null}
        </p>
        <p className="sh-meta muted" data-testid="stock-listing">
          {entry.listingDate ? (
            <>
              Listed on <time dateTime={entry.listingDate}>{formatSessionDate(entry.listingDate)}</time>
            </>
          ) : (
            <>In the archive since {formatSessionDate(entry.firstDate)}</>
          )}
        </p>
      </div>
      <div className="sh-quote" data-testid="stock-latest">
        <div className="sh-close">
          {latest.close === null ? '–' : formatPrice(latest.close)} <small>HKD</small>
          {basis ? <abbr title={basis}> adj.</abbr> : null}
        </div>
        <div className={`sh-change ${direction(latest.changePct)}`} data-testid="stock-change">
          {formatPct(latest.changePct)}
          {latest.extreme ? <span className="badge warn"> extreme move: check</span> : null}
        </div>
        <div className="muted">
          Close of{' '}
          <Link href={sessionHighlightHref(latest.date, entry.code)} data-testid="stock-session">
            <time dateTime={latest.date}>{formatSessionDate(latest.date)}</time>
          </Link>
          {view.stale ? <> · no rows since (archive runs to {formatSessionDate(view.archiveLatest)})</> : null}
        </div>
        <div className="muted">
          <Link href={`/stocks/${entry.code}.csv`} download>
            Daily history (CSV)
          </Link>
        </div>
      </div>
    </header>
  );
}

export function industryAnchor(industry: string): string {
  return `ind-${industry.toLowerCase().replace(/[^a-z]+/g, '-')}`;
}
