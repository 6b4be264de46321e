/**
 * The search form in every page's header (server): a plain GET to /stocks that works without JavaScript;
 * the input inside is the combobox leaf.
 */
import { SiteSearch } from '@/components/stock/site-search';
import { searchIndexUrl } from '@/lib/stocks/search-index';
import './site-search.css';

export function SiteSearchForm() {
  return (
    <form action="/stocks" method="get" role="search" className="site-search" data-testid="site-search">
      <SiteSearch indexUrl={searchIndexUrl()} />
      <button type="submit">Search</button>
    </form>
  );
}
