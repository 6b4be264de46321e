/**
 * Atom 1.0 (RFC 4287) feeds as strings. Pure: the route hands in the entries and the base URL. One builder
 * for every feed: the daily sessions now (/feed.xml); when weekly and monthly recaps exist (issue 10),
 * their feed is another `atomFeed` call with their entries at its own URL (e.g. /feed/recaps.xml),
 * advertised beside this one in app/layout.tsx.
 */
import { escapeXml } from '@/lib/share/escape';

export interface FeedEntry {
  /** Absolute permalink; also the entry's id (stable: a session's URL never changes). */
  url: string;
  title: string;
  /** RFC 3339 times. */
  published: string;
  updated: string;
  summary: string;
  /** HTML of the entry (escaped here as the element's text). */
  contentHtml: string;
}

export interface Feed {
  /** Absolute URL of the feed itself (rel="self", and the feed's id). */
  selfUrl: string;
  /** Absolute URL of the HTML page the feed follows. */
  alternateUrl: string;
  title: string;
  subtitle: string;
  author: string;
  iconUrl?: string;
  /** Newest first. */
  entries: FeedEntry[];
  /** When there are no entries: the feed's updated time. */
  emptyUpdated: string;
  /** xml:lang of the feed's text (default "en"; the Chinese feeds say "zh-Hant-HK"). */
  lang?: string;
}

export function atomFeed(feed: Feed): string {
  const updated = feed.entries.reduce((max, e) => (e.updated > max ? e.updated : max), feed.entries.length > 0 ? '' : feed.emptyUpdated);
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang ?? 'en')}">`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`,
    `  <id>${escapeXml(feed.selfUrl)}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternateUrl)}"/>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    ...(feed.iconUrl ? [`  <icon>${escapeXml(feed.iconUrl)}</icon>`] : []),
  ];
  for (const e of feed.entries) {
    lines.push(
      '  <entry>',
      `    <title>${escapeXml(e.title)}</title>`,
      `    <id>${escapeXml(e.url)}</id>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(e.url)}"/>`,
      `    <published>${e.published}</published>`,
      `    <updated>${e.updated}</updated>`,
      `    <summary>${escapeXml(e.summary)}</summary>`,
      `    <content type="html">${escapeXml(e.contentHtml)}</content>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}

/** A session's close as an RFC 3339 time in HKT: 16:10 on a full day, 12:00 on a half day. */
export function sessionCloseTime(date: string, session: 'full' | 'half'): string {
  return `${date}T${session === 'half' ? '12:00' : '16:10'}:00+08:00`;
}
