import 'server-only';
/**
 * The daily feed's entries: the latest sessions whose files are valid, newest first, each with its
 * headline takeaway as the title, its takeaways and the summary chart image as content, and the time its
 * file last changed as `updated` (a correction shows up as an updated entry). In Chinese (/zh-hk/feed.xml)
 * the takeaways are their `textZh`, and every link goes to the /zh-hk/ pages and images.
 */
import fs from 'node:fs';
import path from 'node:path';
import { siteConfig } from '@/lib/config';
import { analyseSession } from '@/lib/views/session-analysis';
import { listSessionDates, loadSession, sessionsDir } from '@/lib/data/sessions';
import { formatSessionDate } from '@/lib/dates';
import { escapeXml } from '@/lib/share/escape';
import { atomFeed, sessionCloseTime, type FeedEntry } from '@/lib/share/feed';
import { HTML_LANG, localePath, type Locale } from '@/lib/i18n/locale';
import { shareText } from '@/lib/i18n/messages/share';
import { siteText } from '@/lib/i18n/messages/site';
import { chartTitle, sessionFallbackDescription, sessionShareTitle } from '@/lib/share/preview';
import { localizedChartTitle, localizedShareTitle, sessionFallbackDescriptionZh } from '@/lib/share/share-text';
import { exportUrl, imageUrl, permalinkUrl } from '@/lib/share/urls';

export const FEED_SESSIONS = 30;

function fileUpdated(date: string): string | null {
  try {
    return fs.statSync(path.join(sessionsDir(), `${date}.json`)).mtime.toISOString();
  } catch {
    return null;
  }
}

export function sessionFeedEntries(base: string, count = FEED_SESSIONS, locale: Locale = 'en'): FeedEntry[] {
  const t = shareText[locale];
  const en = locale === 'en';
  const dates = listSessionDates();
  const out: FeedEntry[] = [];
  for (let i = dates.length - 1; i >= 0 && out.length < count; i--) {
    const load = loadSession(dates[i]!);
    if (load.status !== 'ok') continue;
    const { session } = load;
    const takeaways = analyseSession(session).takeaways.map((k) => (en ? k.text : k.textZh));
    const url = permalinkUrl(session.date, base, locale);
    const published = sessionCloseTime(session.date, session.session);
    const modified = fileUpdated(session.date);
    // A file written before the close (a test, a backfill stamped earlier) still updates no earlier than the close.
    const updated = modified && new Date(modified) > new Date(published) ? modified : new Date(published).toISOString();
    const summary = en ? sessionFallbackDescription(session) : sessionFallbackDescriptionZh(session);
    const chart = en ? chartTitle(session.date, 'summary') : localizedChartTitle(session.date, 'summary', '1d', locale);
    const contentHtml =
      `<p><a href="${escapeXml(url)}"><img src="${escapeXml(imageUrl(session.date, 'summary', 'png', {}, base, locale))}" width="800" height="450" alt="${escapeXml(chart)}"></a></p>` +
      (takeaways.length > 0 ? `<ul>${takeaways.map((k) => `<li>${escapeXml(k)}</li>`).join('')}</ul>` : `<p>${escapeXml(summary)}</p>`) +
      `<p><a href="${escapeXml(url)}">${escapeXml(t.feedFullRecap)}</a> · <a href="${escapeXml(exportUrl(session.date, 'csv', base))}">CSV</a></p>`;
    out.push({
      url,
      title: takeaways[0]
        ? t.feedEntryTitle(formatSessionDate(session.date, locale), takeaways[0])
        : en
          ? sessionShareTitle(session.date)
          : localizedShareTitle(session.date, locale),
      published,
      updated,
      summary,
      contentHtml,
    });
  }
  return out;
}

/** The feed's own URL in an edition: /feed.xml, /zh-hk/feed.xml. */
export function sessionFeedUrl(base: string, locale: Locale = 'en'): string {
  return `${base}${localePath(locale, '/feed.xml')}`;
}

export function sessionFeed(base: string, locale: Locale = 'en'): string {
  const en = locale === 'en';
  const site = en ? siteConfig.name : siteText[locale].name;
  return atomFeed({
    selfUrl: sessionFeedUrl(base, locale),
    alternateUrl: `${base}${localePath(locale, '/sessions')}`,
    title: shareText[locale].feedTitle(site),
    subtitle: en ? siteConfig.description : siteText[locale].description,
    author: site,
    iconUrl: `${base}/icon.svg`,
    entries: sessionFeedEntries(base, FEED_SESSIONS, locale),
    emptyUpdated: new Date(0).toISOString(),
    lang: HTML_LANG[locale],
  });
}
