import 'server-only';
/** What a recap's metadata, link preview and oEmbed say: its title and its description (the index takeaway). */
import { siteConfig } from '@/lib/config';
import { recapPath, type RecapKind } from '@/lib/recaps/period';
import { requestBaseUrl } from '@/lib/share/request-base';
import { getRecap, type RecapView } from '@/lib/views/recap-page';

export function recapShareTitle(view: Pick<RecapView, 'title' | 'period'>): string {
  return `Hong Kong ${view.period.kind === 'week' ? 'week' : 'month'}: ${view.title}`;
}

export function recapDescription(view: RecapView): string {
  return view.takeaways[0]?.text ?? `${view.window.sessions} Hong Kong sessions. ${siteConfig.name}.`;
}

/** The Next.js metadata of a recap page ({} for one that does not exist: the page answers 404). */
export async function recapMetadata(kind: RecapKind, id: string) {
  const view = await getRecap(kind, id);
  if (!view) return {};
  const title = recapShareTitle(view);
  const description = recapDescription(view);
  const url = recapPath(kind, id);
  // Absolute links from the request's origin when SITE_URL is unset, as the session pages do.
  const base = (await requestBaseUrl()).replace(/\/+$/, '');
  return {
    title,
    description,
    alternates: {
      canonical: url,
      types: { 'application/json+oembed': [{ url: `${base}/api/oembed?${new URLSearchParams({ url: `${base}${url}`, format: 'json' })}`, title }] },
    },
    openGraph: { type: 'article' as const, title, description, url },
    twitter: { card: 'summary_large_image' as const, title, description },
  };
}
