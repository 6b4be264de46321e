/**
 * The search form in every page's header (server): a plain GET to /stocks that works without JavaScript;
 * the input inside is the combobox leaf.
 */
import { SiteSearch } from '@/components/stock/site-search';
import { localePath, type Locale } from '@/lib/i18n/locale';
import { searchIndexUrl } from '@/lib/stocks/search-index';
import './site-search.css';

export function SiteSearchForm({ locale }: { locale: Locale }) {
  return (
    <form action={localePath(locale, '/stocks')} method="get" role="search" className="site-search" data-testid="site-search">
      <SiteSearch indexUrl={searchIndexUrl()} />
      <button type="submit">Search</button>
    </form>
  );
}
