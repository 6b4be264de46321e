import Link from 'next/link';
import { localePath } from '@/lib/i18n/locale';
import { stocksText } from '@/lib/i18n/messages/stocks';
import { getLocale } from '@/lib/i18n/request';

export default async function StockNotFound() {
  const locale = await getLocale();
  const t = stocksText[locale].notFound;
  const link = (path: string) => localePath(locale, path);
  return (
    <section className="panel" data-testid="not-found">
      <h1>{t.title}</h1>
      <p>
        {t.body} <code>{link('/stocks/CODE')}</code>{locale === 'zh-hk' ? '' : ' '}
        {t.body2}
        {t.egOpen}
        <Link href={link('/stocks/00700')}>{link('/stocks/00700')}</Link>
        {t.egClose}
      </p>
      <form action={link('/stocks')} method="get" role="search" className="inline-search">
        <label htmlFor="nf-q">{t.find}</label> <input id="nf-q" name="q" type="search" /> <button type="submit">{t.button}</button>
      </form>
      <p>
        <Link href={link('/stocks')}>{t.all}</Link>
      </p>
    </section>
  );
}
