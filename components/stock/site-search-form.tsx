/**
 * The search form in every page's header (server): a plain GET to /stocks (/zh-hk/stocks) that works
 * without JavaScript; the input inside is the combobox leaf, given only the strings it shows.
 */
import { SiteSearch } from '@/components/stock/site-search';
import { localePath, type Locale } from '@/lib/i18n/locale';
import { stocksText } from '@/lib/i18n/messages/stocks';
import { searchIndexUrl } from '@/lib/stocks/search-index';
import './site-search.css';

export function SiteSearchForm({ locale }: { locale: Locale }) {
  const text = stocksText[locale].combobox;
  return (
    <form action={localePath(locale, '/stocks')} method="get" role="search" className="site-search" data-testid="site-search">
      <SiteSearch indexUrl={searchIndexUrl()} text={text} locale={locale} />
      <button type="submit">{text.button}</button>
    </form>
  );
}
