import 'server-only';
/**
 * The daily feed's entries: the latest sessions whose files are valid, newest first, each with its
 * headline takeaway as the title, its takeaways and the summary chart image as content, and the time its
 * file last changed as `updated` (a correction shows up as an updated entry).
 */
import fs from 'node:fs';
import path from 'node:path';
import { siteConfig } from '@/lib/config';
import { analyseSession } from '@/lib/views/session-analysis';
import { listSessionDates, loadSession, sessionsDir } from '@/lib/data/sessions';
import { formatSessionDate } from '@/lib/dates';
import { escapeXml } from '@/lib/share/escape';
import { atomFeed, sessionCloseTime, type FeedEntry } from '@/lib/share/feed';
import { chartTitle, sessionFallbackDescription, sessionShareTitle } from '@/lib/share/preview';
import { exportUrl, imageUrl, permalinkUrl } from '@/lib/share/urls';

export const FEED_SESSIONS = 30;

function fileUpdated(date: string): string | null {
  try {
    return fs.statSync(path.join(sessionsDir(), `${date}.json`)).mtime.toISOString();
  } catch {
    return null;
  }
}

export function sessionFeedEntries(base: string, count = FEED_SESSIONS): FeedEntry[] {
  const dates = listSessionDates();
  const out: FeedEntry[] = [];
  for (let i = dates.length - 1; i >= 0 && out.length < count; i--) {
    const load = loadSession(dates[i]!);
    if (load.status !== 'ok') continue;
    const { session } = load;
    const takeaways = analyseSession(session).takeaways.map((t) => t.text);
    const url = permalinkUrl(session.date, base);
    const published = sessionCloseTime(session.date, session.session);
    const modified = fileUpdated(session.date);
    // A file written before the close (a test, a backfill stamped earlier) still updates no earlier than the close.
    const updated = modified && new Date(modified) > new Date(published) ? modified : new Date(published).toISOString();
    const summary = sessionFallbackDescription(session);
    const chart = chartTitle(session.date, 'summary');
    const contentHtml =
      `<p><a href="${escapeXml(url)}"><img src="${escapeXml(imageUrl(session.date, 'summary', 'png', {}, base))}" width="800" height="450" alt="${escapeXml(chart)}"></a></p>` +
      (takeaways.length > 0 ? `<ul>${takeaways.map((t) => `<li>${escapeXml(t)}</li>`).join('')}</ul>` : `<p>${escapeXml(summary)}</p>`) +
      `<p><a href="${escapeXml(url)}">The full recap</a> · <a href="${escapeXml(exportUrl(session.date, 'csv', base))}">CSV</a></p>`;
    out.push({
      url,
      title: takeaways[0] ? `${formatSessionDate(session.date)}: ${takeaways[0]}` : sessionShareTitle(session.date),
      published,
      updated,
      summary,
      contentHtml,
    });
  }
  return out;
}

export function sessionFeed(base: string): string {
  return atomFeed({
    selfUrl: `${base}/feed.xml`,
    alternateUrl: `${base}/sessions`,
    title: `${siteConfig.name}: daily sessions`,
    subtitle: siteConfig.description,
    author: siteConfig.name,
    iconUrl: `${base}/icon.svg`,
    entries: sessionFeedEntries(base),
    emptyUpdated: new Date(0).toISOString(),
  });
}
