/**
 * /feed/recaps.xml: the latest 12 week and 12 month recaps as an Atom 1.0 feed, beside the daily /feed.xml;
 * /zh-hk/feed/recaps.xml in Chinese.
 */
import { siteConfig } from '@/lib/config';
import { HTML_LANG, localePath } from '@/lib/i18n/locale';
import { shareText } from '@/lib/i18n/messages/share';
import { siteText } from '@/lib/i18n/messages/site';
import { PAGE_CACHE_CONTROL } from '@/lib/security';
import { atomFeed } from '@/lib/share/feed';
import { baseUrlOf } from '@/lib/share/request-base';
import { requestLocale } from '@/lib/share/responses';
import { latestRecapEntries } from '@/lib/views/recap-feed';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const base = baseUrlOf(request).replace(/\/+$/, '');
  const locale = requestLocale(request);
  const t = shareText[locale];
  const site = locale === 'en' ? siteConfig.name : siteText[locale].name;
  const entries = await latestRecapEntries(12, ['week', 'month'], base, locale);
  const body = atomFeed({
    selfUrl: `${base}${localePath(locale, '/feed/recaps.xml')}`,
    alternateUrl: `${base}${localePath(locale, '/sessions')}`,
    title: t.feedRecapsTitle(site),
    subtitle: t.feedRecapsSubtitle,
    author: site,
    iconUrl: `${base}/icon.svg`,
    entries,
    emptyUpdated: new Date(0).toISOString(),
    lang: HTML_LANG[locale],
  });
  return new Response(body, {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8', 'Cache-Control': PAGE_CACHE_CONTROL, 'X-Content-Type-Options': 'nosniff' },
  });
}
