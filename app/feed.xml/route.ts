/** /feed.xml: the latest 30 sessions as an Atom 1.0 feed (lib/share/session-feed); /zh-hk/feed.xml in Chinese. */
import { PAGE_CACHE_CONTROL } from '@/lib/security';
import { requestLocale } from '@/lib/share/responses';
import { baseUrlOf } from '@/lib/share/request-base';
import { sessionFeed } from '@/lib/share/session-feed';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return new Response(sessionFeed(baseUrlOf(request), requestLocale(request)), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8', 'Cache-Control': PAGE_CACHE_CONTROL, 'X-Content-Type-Options': 'nosniff' },
  });
}
