/** /feed/recaps.xml: the latest 12 week and 12 month recaps as an Atom 1.0 feed, beside the daily /feed.xml. */
import { siteConfig } from '@/lib/config';
import { PAGE_CACHE_CONTROL } from '@/lib/security';
import { atomFeed } from '@/lib/share/feed';
import { baseUrlOf } from '@/lib/share/request-base';
import { latestRecapEntries } from '@/lib/views/recap-feed';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const base = baseUrlOf(request).replace(/\/+$/, '');
  const entries = await latestRecapEntries(12, ['week', 'month'], base);
  const body = atomFeed({
    selfUrl: `${base}/feed/recaps.xml`,
    alternateUrl: `${base}/sessions`,
    title: `${siteConfig.name}: week and month recaps`,
    subtitle: 'The Hong Kong market over each week and month: index changes, leaders and laggards, breadth.',
    author: siteConfig.name,
    iconUrl: `${base}/icon.svg`,
    entries,
    emptyUpdated: new Date(0).toISOString(),
  });
  return new Response(body, {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8', 'Cache-Control': PAGE_CACHE_CONTROL, 'X-Content-Type-Options': 'nosniff' },
  });
}
