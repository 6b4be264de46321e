/**
 * oEmbed provider endpoint: /api/oembed?url=<permalink or embed URL>&maxwidth=&maxheight=&format=json.
 * The answer itself is lib/share/oembed (pure, unit-tested); this adds the site's facts and HTTP.
 */
import { siteConfig } from '@/lib/config';
import { loadSession, SESSION_DATE } from '@/lib/data/sessions';
import { oembedAnswer, OEMBED_CACHE_AGE, type OembedAnswer } from '@/lib/share/oembed';
import { matchRecapTarget, recapOembedAnswer } from '@/lib/share/oembed-recap';
import { baseUrlOf } from '@/lib/share/request-base';
import { sessionShareTitle } from '@/lib/share/preview';
import { localizedRecapShareTitle, localizedShareTitle } from '@/lib/share/share-text';
import { getRecap } from '@/lib/views/recap-page';

export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const baseUrl = baseUrlOf(request);
  const requestHost = request.headers.get('host');
  // A week or month recap is looked up in the history store; a session by its file.
  const recap = matchRecapTarget(params.get('url'), baseUrl, requestHost);
  if (recap) {
    const view = await getRecap(recap.kind, recap.id);
    return respond(recapOembedAnswer(params, recap, { baseUrl, providerName: siteConfig.name, title: view ? localizedRecapShareTitle(view, recap.locale ?? 'en') : null }));
  }
  const answer = oembedAnswer(params, {
    baseUrl,
    requestHost,
    providerName: siteConfig.name,
    // A session whose file is invalid has no chart to embed: 404 like a missing one.
    sessionExists: (date) => SESSION_DATE.test(date) && loadSession(date).status === 'ok',
    // English: the page's own title (lib/share/preview); Chinese: the share dictionary's.
    title: (date, locale) => (locale === 'en' ? sessionShareTitle(date) : localizedShareTitle(date, locale)),
  });
  return respond(answer);
}

function respond(answer: OembedAnswer): Response {
  if (answer.status !== 200) {
    return new Response(`${answer.error}\n`, { status: answer.status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
  }
  return Response.json(answer.body, {
    headers: { 'Cache-Control': `public, max-age=${OEMBED_CACHE_AGE}`, 'Access-Control-Allow-Origin': '*' },
  });
}
