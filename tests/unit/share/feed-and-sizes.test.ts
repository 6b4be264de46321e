import { describe, expect, it } from 'vitest';
import { atomFeed, sessionCloseTime } from '@/lib/share/feed';
import { iframeSnippet } from '@/lib/share/snippets';
import { requestedPngSize } from '@/lib/share/urls';

describe('atomFeed', () => {
  const xml = atomFeed({
    selfUrl: 'https://r.example/feed.xml',
    alternateUrl: 'https://r.example/sessions',
    title: 'HK Market Recap: daily sessions',
    subtitle: 'S & P',
    author: 'HK Market Recap',
    emptyUpdated: '1970-01-01T00:00:00.000Z',
    entries: [
      { url: 'https://r.example/sessions/2025-05-21', title: 'HSI <up> & "away"', published: '2025-05-21T16:10:00+08:00', updated: '2025-05-21T09:00:00.000Z', summary: 's', contentHtml: '<ul><li>A & B</li></ul>' },
      { url: 'https://r.example/sessions/2025-05-20', title: 't', published: '2025-05-20T16:10:00+08:00', updated: '2025-05-22T01:00:00.000Z', summary: 's', contentHtml: '<p>x</p>' },
    ],
  });
  it('is an Atom document with the newest entry update as the feed update', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">')).toBe(true);
    expect(xml).toContain('  <updated>2025-05-22T01:00:00.000Z</updated>\n  <author>');
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://r.example/feed.xml"/>');
    expect(xml.trimEnd().endsWith('</feed>')).toBe(true);
  });
  it('escapes titles and carries HTML content as escaped text', () => {
    expect(xml).toContain('<title>HSI &lt;up&gt; &amp; &quot;away&quot;</title>');
    expect(xml).toContain('<content type="html">&lt;ul&gt;&lt;li&gt;A &amp; B&lt;/li&gt;&lt;/ul&gt;</content>');
    expect(xml).toContain('<subtitle>S &amp; P</subtitle>');
  });
  it('an empty feed still has an updated time', () => {
    const empty = atomFeed({ selfUrl: 'a', alternateUrl: 'b', title: 't', subtitle: 's', author: 'a', emptyUpdated: '1970-01-01T00:00:00.000Z', entries: [] });
    expect(empty).toContain('<updated>1970-01-01T00:00:00.000Z</updated>');
  });
  it('dates a session at its close in HKT', () => {
    expect(sessionCloseTime('2024-12-24', 'half')).toBe('2024-12-24T12:00:00+08:00');
    expect(sessionCloseTime('2025-05-21', 'full')).toBe('2025-05-21T16:10:00+08:00');
  });
});

describe('PNG sizes from ?width= / ?height=', () => {
  const ask = (q: string) => requestedPngSize('summary', new URLSearchParams(q));
  it('defaults to 1200 wide; a height sets the width by the 800×450 aspect; both fit the box', () => {
    expect(ask('')).toEqual({ ok: true, width: 1200 });
    expect(ask('width=640')).toEqual({ ok: true, width: 640 });
    expect(ask('height=225')).toEqual({ ok: true, width: 400 });
    expect(ask('width=800&height=225')).toEqual({ ok: true, width: 400 });
    expect(ask('width=16')).toEqual({ ok: true, width: 16 });
    expect(ask('width=2400')).toEqual({ ok: true, width: 2400 });
  });
  it('refuses anything else, saying what it expected', () => {
    for (const q of ['width=15', 'width=2401', 'width=-1', 'width=abc', 'width=1e3', 'width=', 'height=0', 'width=12.5']) {
      const r = ask(q);
      expect(r.ok, q).toBe(false);
    }
    expect(ask('width=5000')).toEqual({ ok: false, error: '?width= must be a whole number of pixels from 16 to 2400 (got "5000")' });
    expect(ask('height=x')).toEqual({ ok: false, error: '?height= must be a whole number of pixels from 16 to 2400 (got "x")' });
  });
});

describe('the iframe snippet', () => {
  it('is responsive by CSS (full width, the chart aspect) with width/height attributes as the fixed fallback', () => {
    expect(iframeSnippet('2025-05-21', {}, { width: 800, height: 450 }, 'Chart', 'https://r.example')).toBe(
      '<iframe src="https://r.example/embed/2025-05-21" width="800" height="450" title="Chart" style="border:0;width:100%;height:auto;aspect-ratio:800/450" loading="lazy" sandbox="allow-popups allow-popups-to-escape-sandbox"></iframe>',
    );
  });
});
