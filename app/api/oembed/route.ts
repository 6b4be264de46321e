/**
 * oEmbed provider endpoint: /api/oembed?url=<permalink or embed URL>&maxwidth=&maxheight=&format=json.
 * The answer itself is lib/share/oembed (pure, unit-tested); this adds the site's facts and HTTP.
 */
import { siteConfig } from '@/lib/config';
import { loadSession, SESSION_DATE } from '@/lib/data/sessions';
import { oembedAnswer, OEMBED_CACHE_AGE } from '@/lib/share/oembed';
import { baseUrlOf } from '@/lib/share/request-base';
import { sessionShareTitle } from '@/lib/share/preview';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  const answer = oembedAnswer(new URL(request.url).searchParams, {
    baseUrl: baseUrlOf(request),
    requestHost: request.headers.get('host'),
    providerName: siteConfig.name,
    // A session whose file is invalid has no chart to embed: 404 like a missing one.
    sessionExists: (date) => SESSION_DATE.test(date) && loadSession(date).status === 'ok',
    title: sessionShareTitle,
  });
  if (answer.status !== 200) {
    return new Response(`${answer.error}\n`, { status: answer.status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
  }
  return Response.json(answer.body, {
    headers: { 'Cache-Control': `public, max-age=${OEMBED_CACHE_AGE}`, 'Access-Control-Allow-Origin': '*' },
  });
}
