import 'server-only';
/**
 * The hook for a feed of recaps (a second Atom feed beside /feed.xml, e.g. /feed/recaps.xml): the latest
 * week and month recaps as feed entries, newest first. The fields are those of an Atom builder's entry
 * (url = id, title, published/updated in RFC 3339, summary, contentHtml), so a route only hands these to the
 * feed writer. A recap's entry dates from its last session's close (16:10 HKT snapshot); a week still in
 * progress updates its entry as sessions are added. In Chinese: the /zh-hk/ pages, the Chinese titles and
 * the takeaways' `textZh`.
 */
import { siteConfig } from '@/lib/config';
import { getHistoryStore } from '@/lib/history';
import { localePath, type Locale } from '@/lib/i18n/locale';
import { escapeXml } from '@/lib/share/escape';
import type { FeedEntry } from '@/lib/share/feed';
import { monthIdOf, recapPath, weekIdOf, type RecapKind } from '@/lib/recaps/period';
import { localizedRecapShareTitle } from '@/lib/share/share-text';
import { getRecap } from '@/lib/views/recap-page';

/** An Atom entry (lib/share/feed) that also says which recap it is. */
export interface RecapFeedEntry extends FeedEntry {
  kind: RecapKind;
  id: string;
}

/** The `count` latest recaps of each kind in `kinds`, newest first (by their last session, weeks before months on a tie). */
export async function latestRecapEntries(
  count = 12,
  kinds: readonly RecapKind[] = ['week', 'month'],
  baseUrl: string = siteConfig.baseUrl,
  locale: Locale = 'en',
): Promise<RecapFeedEntry[]> {
  const say = (t: { text: string; textZh: string }) => (locale === 'en' ? t.text : t.textZh);
  const dates = await (await getHistoryStore()).sessionDates();
  const base = baseUrl.replace(/\/+$/, '');
  const entries: RecapFeedEntry[] = [];
  for (const kind of kinds) {
    const idOf = kind === 'week' ? weekIdOf : monthIdOf;
    const ids = [...new Set([...dates].reverse().map(idOf))].slice(0, count);
    for (const id of ids) {
      const view = await getRecap(kind, id);
      if (!view) continue;
      const at = `${view.window.endDate}T16:10:00+08:00`;
      entries.push({
        kind,
        id,
        url: `${base}${localePath(locale, recapPath(kind, id))}`,
        title: localizedRecapShareTitle(view, locale),
        published: at,
        updated: at,
        summary: view.takeaways[0] ? say(view.takeaways[0]) : '',
        contentHtml: `<ol>${view.takeaways.map((t) => `<li>${escapeXml(say(t))}</li>`).join('')}</ol>`,
      });
    }
  }
  return entries.sort((a, b) => (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : a.kind === b.kind ? 0 : a.kind === 'week' ? -1 : 1));
}
