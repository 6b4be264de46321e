/**
 * Sharing in Chinese: the embed, the chart images, oEmbed, the share URLs and snippets, the link-preview
 * image metadata and the feeds, on the bundled data (2025-05-21: HSI 23,827.78, +146.30, +0.62%;
 * Materials first at +2.24%, as ../shared/data/hk has them).
 */
import { describe, expect, it } from 'vitest';
import { GET as oembed } from '@/app/api/oembed/route';
import { GET as feed } from '@/app/feed.xml/route';
import { GET as embed } from '@/app/embed/[date]/route';
import { GET as summarySvg } from '@/app/sessions/[date]/summary.svg/route';
import { GET as heatmapSvg } from '@/app/sessions/[date]/heatmap.svg/route';
import { loadSession } from '@/lib/data/sessions';
import { matchTarget } from '@/lib/share/oembed';
import { analyseSession } from '@/lib/views/session-analysis';
import { previewImagePath, previewImages } from '@/lib/share/preview-images';
import { localizedRecapTitle } from '@/lib/share/share-text';
import { htmlImageSnippet, iframeSnippet, markdownImageSnippet } from '@/lib/share/snippets';
import { embedUrl, imageUrl, permalinkUrl } from '@/lib/share/urls';

const BASE = 'http://localhost:3000';
const DATE = '2025-05-21';
const params = { params: Promise.resolve({ date: DATE }) };

describe('the Chinese embed', () => {
  it('/embed/D?lang=zh-hk: zh-Hant-HK, Chinese title and industry names, link back to /zh-hk/, no script', async () => {
    const res = await embed(new Request(`${BASE}/embed/${DATE}?lang=zh-hk`), params);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/^<!doctype html><html lang="zh-Hant-HK">/);
    expect(html).toContain('<title>港股各行業升跌幅 · 2025年5月21日（星期三）</title>');
    expect(html).not.toMatch(/<script/i);
    // The chart's first row and the values table: 原材料業 +2.24%, the HSI as 恒生指數 +0.62%.
    expect(html).toMatch(/>原材料業<\/text>/);
    expect(html).toContain('<th scope="row">原材料業</th><td>+2.24%</td>');
    expect(html).toContain('<th scope="row">恒生指數</th><td>+0.62%</td>');
    expect(html).toContain('>恒指 +0.62%</text>');
    expect(html).toContain(`<a href="${BASE}/zh-hk/sessions/${DATE}" target="_blank" rel="noopener">港股收市回顧 · 2025年5月21日（星期三）</a>`);
    expect(html).not.toContain('>Materials<');
  });

  it('the English embed is unchanged: lang="en", English names, the English permalink', async () => {
    const html = await (await embed(new Request(`${BASE}/embed/${DATE}`), params)).text();
    expect(html).toMatch(/^<!doctype html><html lang="en">/);
    expect(html).toContain('<title>Hong Kong industries, % change, Wed 21 May 2025</title>');
    expect(html).toContain('<th scope="row">Materials</th><td>+2.24%</td>');
    expect(html).toContain(`href="${BASE}/sessions/${DATE}"`);
    expect(html).not.toMatch(/原材料業/);
  });

  it('a missing session answers 404 in Chinese', async () => {
    const res = await embed(new Request(`${BASE}/embed/2025-05-31?lang=zh-hk`), { params: Promise.resolve({ date: '2025-05-31' }) });
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).toContain('<h1>沒有此交易日</h1>');
    expect(html).toContain('lang="zh-Hant-HK"');
  });
});

describe('the Chinese chart images', () => {
  it('summary.svg?lang=zh-hk: Chinese title, header, names and HSI label', async () => {
    const svg = await (await summarySvg(new Request(`${BASE}/sessions/${DATE}/summary.svg?lang=zh-hk`), params)).text();
    expect(svg).toContain('<title>港股各行業升跌幅 · 2025年5月21日（星期三）</title>');
    expect(svg).toContain('上升／下跌股份');
    expect(svg).toMatch(/>原材料業<\/text>/);
    // Materials on 2025-05-21: 15 of its 22 stocks rose and 5 fell.
    expect(svg).toContain('<title>原材料業：+2.24%，上升15隻，下跌5隻</title>');
  });

  it('heatmap.svg?lang=zh-hk: Chinese caption and industry headers; the English one unchanged', async () => {
    const zh = await (await heatmapSvg(new Request(`${BASE}/sessions/${DATE}/heatmap.svg?lang=zh-hk`), params)).text();
    // Materials' block is narrow: its English header is the % alone, the Chinese one fits the name too.
    expect(zh).toContain('<title>港股行業熱圖 · 2025年5月21日（星期三）</title>');
    expect(zh).toContain('港股收市回顧 · 2025年5月21日（星期三）');
    expect(zh).toMatch(/>原材料業 \+2\.24%<\/text>/);
    const en = await (await heatmapSvg(new Request(`${BASE}/sessions/${DATE}/heatmap.svg`), params)).text();
    expect(en).toContain('<title>Hong Kong stocks by industry (heatmap), Wed 21 May 2025</title>');
    expect(en).not.toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('oEmbed in Chinese', () => {
  const get = (url: string) => oembed(new Request(`${BASE}/api/oembed?url=${encodeURIComponent(url)}&format=json`, { headers: { host: 'localhost:3000' } }));

  it('a /zh-hk/ permalink: Chinese title, iframe to /zh-hk/embed/, thumbnail on /zh-hk/', async () => {
    const res = await get(`${BASE}/zh-hk/sessions/${DATE}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, string>;
    expect(body.title).toBe('港股收市 · 2025年5月21日（星期三）');
    expect(body.html).toContain(`src="${BASE}/zh-hk/embed/${DATE}"`);
    expect(body.html).toContain('title="港股收市 · 2025年5月21日（星期三）"');
    expect(body.thumbnail_url).toBe(`${BASE}/zh-hk/sessions/${DATE}/summary.png`);
  });

  it('an embed URL with ?lang=zh-hk is Chinese too; the English permalink stays English', async () => {
    expect(matchTarget(`${BASE}/embed/${DATE}?lang=zh-hk&chart=heatmap`, BASE, null)).toMatchObject({ date: DATE, locale: 'zh-hk', options: { chart: 'heatmap' } });
    const en = (await (await get(`${BASE}/sessions/${DATE}`)).json()) as Record<string, string>;
    expect(en.title).toBe('Hong Kong close, Wed 21 May 2025');
    expect(en.html).toContain(`src="${BASE}/embed/${DATE}"`);
  });

  it('a /zh-hk/ week recap: Chinese title and the /zh-hk/ page', async () => {
    const res = await get(`${BASE}/zh-hk/weeks/2025-W21`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, string>;
    expect(body.title).toBe('港股一週回顧：2025年第21週（5月19日至25日）');
    expect(body.html).toContain(`href="${BASE}/zh-hk/weeks/2025-W21"`);
  });
});

describe('share URLs and snippets', () => {
  it('default to English and take the edition last', () => {
    expect(permalinkUrl(DATE, BASE)).toBe(`${BASE}/sessions/${DATE}`);
    expect(permalinkUrl(DATE, BASE, 'zh-hk')).toBe(`${BASE}/zh-hk/sessions/${DATE}`);
    expect(embedUrl(DATE, { chart: 'heatmap', colors: 'cb' }, BASE, 'zh-hk')).toBe(`${BASE}/zh-hk/embed/${DATE}?chart=heatmap&colors=cb`);
    expect(imageUrl(DATE, 'summary', 'png', { period: '1m', width: 600 }, BASE, 'zh-hk')).toBe(`${BASE}/zh-hk/sessions/${DATE}/summary.png?period=1m&width=600`);
    expect(imageUrl(DATE, 'heatmap', 'svg', {}, BASE)).toBe(`${BASE}/sessions/${DATE}/heatmap.svg`);
  });

  it('Chinese snippets point at the /zh-hk/ embed, image and permalink', () => {
    const size = { width: 800, height: 450 };
    expect(iframeSnippet(DATE, {}, size, '港股', BASE, 'zh-hk')).toContain(`src="${BASE}/zh-hk/embed/${DATE}"`);
    expect(markdownImageSnippet(DATE, {}, '港股', BASE, 'zh-hk')).toBe(`[![港股](${BASE}/zh-hk/sessions/${DATE}/summary.svg)](${BASE}/zh-hk/sessions/${DATE})`);
    expect(htmlImageSnippet(DATE, {}, '港股', size, BASE, 'zh-hk')).toBe(
      `<a href="${BASE}/zh-hk/sessions/${DATE}"><img src="${BASE}/zh-hk/sessions/${DATE}/summary.png" width="800" height="450" alt="港股"></a>`,
    );
  });
});

describe('link-preview image metadata', () => {
  it('English adds nothing (the file-based images stay); Chinese names its card with ?lang=zh-hk', () => {
    expect(previewImages('session', DATE, 'en')).toEqual({ openGraph: {}, twitter: {} });
    const zh = previewImages('session', DATE, 'zh-hk');
    const card = { url: `/sessions/${DATE}/preview.png?lang=zh-hk`, width: 1200, height: 630, type: 'image/png', alt: '香港股市收市：恒生指數及十二個行業的升跌幅' };
    expect(zh.openGraph.images).toEqual([card]);
    expect(zh.twitter.images).toEqual([card]);
    expect(previewImagePath('stock', '00700', 'zh-hk')).toBe('/stocks/00700/preview.png?lang=zh-hk');
    expect(previewImagePath('month', '2025-05', 'zh-hk')).toBe('/months/2025-05/preview.png?lang=zh-hk');
    expect(previewImagePath('week', '2025-W21', 'en')).toBe('/weeks/2025-W21/preview.png');
  });

  it('Chinese recap titles', () => {
    expect(localizedRecapTitle({ title: 'May 2025', period: { kind: 'month', id: '2025-05', from: '2025-05-01', to: '2025-05-31' } }, 'zh-hk')).toBe('2025年5月');
    expect(localizedRecapTitle({ title: 'x', period: { kind: 'week', id: '2025-W22', from: '2025-05-26', to: '2025-06-01' } }, 'zh-hk')).toBe('2025年第22週（5月26日至6月1日）');
    expect(localizedRecapTitle({ title: 'x', period: { kind: 'week', id: '2025-W01', from: '2024-12-30', to: '2025-01-05' } }, 'zh-hk')).toBe('2025年第1週（12月30日至2025年1月5日）');
  });
});

describe('the Chinese feed', () => {
  it('/feed.xml?lang=zh-hk: xml:lang zh-Hant-HK, Chinese titles from textZh, links to /zh-hk/', async () => {
    const xml = await (await feed(new Request(`${BASE}/feed.xml?lang=zh-hk`))).text();
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-Hant-HK">');
    expect(xml).toContain(`<link rel="self" type="application/atom+xml" href="${BASE}/zh-hk/feed.xml"/>`);
    expect(xml).toContain('<title>港股收市回顧：每日收市</title>');
    const entry = xml.slice(xml.indexOf('<entry>'), xml.indexOf('</entry>'));
    expect(entry).toMatch(new RegExp(`<id>${BASE}/zh-hk/sessions/\\d{4}-\\d{2}-\\d{2}</id>`));
    // 2025-05-21: the title is the Chinese date and the first takeaway's Chinese text (its textZh); the
    // summary states the HSI's close and change in Chinese (figures from ../shared/data/hk).
    const at = xml.indexOf(`<id>${BASE}/zh-hk/sessions/${DATE}</id>`);
    const may21 = xml.slice(xml.lastIndexOf('<entry>', at), xml.indexOf('</entry>', at));
    const load = loadSession(DATE);
    if (load.status !== 'ok') throw new Error(`bundled ${DATE} did not load`);
    const first = analyseSession(load.session).takeaways[0]!;
    expect(may21).toContain(`<title>2025年5月21日（星期三）：${first.textZh}</title>`);
    // Written by hand from the session file: +146.30 points, +0.62%, close 23,827.78 (whole points in the sentence).
    expect(may21).toContain('恒生指數收市升146點或0.62%，報23,827點');
    expect(may21).toContain('<summary>恒指報23,827.78，+146.30（+0.62%）。');
    expect(may21).toContain('alt=&quot;港股各行業升跌幅 · 2025年5月21日（星期三）&quot;');
    expect(may21).toContain('&gt;完整回顧&lt;/a&gt;');
    expect(xml).not.toContain(`href="${BASE}/sessions/`);
  });
});
