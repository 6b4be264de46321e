import { describe, expect, it } from 'vitest';
import { fitSize, matchTarget, oembedAnswer, type OembedContext } from '@/lib/share/oembed';

const BASE = 'https://recap.example';
const ctx: OembedContext = {
  baseUrl: BASE,
  requestHost: 'intranet.local:8080',
  providerName: 'HK Market Recap',
  sessionExists: (date) => date === '2025-05-21',
  title: (date) => `Hong Kong close, ${date}`,
};

function ask(params: Record<string, string>) {
  return oembedAnswer(new URLSearchParams(params), ctx);
}

describe('matchTarget', () => {
  it.each([
    ['permalink', `${BASE}/sessions/2025-05-21`, { date: '2025-05-21', chart: 'summary' }],
    ['permalink with a trailing slash', `${BASE}/sessions/2025-05-21/`, { date: '2025-05-21', chart: 'summary' }],
    ['permalink with view parameters', `${BASE}/sessions/2025-05-21?colors=cb&sector=Energy`, { date: '2025-05-21', chart: 'summary', colors: 'cb' }],
    ['embed URL with chart', `${BASE}/embed/2025-05-21?chart=heatmap&theme=dark`, { date: '2025-05-21', chart: 'heatmap', theme: 'dark' }],
    ['the request host, http', 'http://intranet.local:8080/sessions/2025-05-21', { date: '2025-05-21' }],
    ['host in capitals', 'https://RECAP.example/sessions/2025-05-21', { date: '2025-05-21' }],
  ])('accepts the %s', (_name, url, want) => {
    const t = matchTarget(url, BASE, ctx.requestHost);
    expect(t).not.toBeNull();
    expect(t!.date).toBe(want.date);
    if ('chart' in want) expect(t!.options.chart).toBe(want.chart);
    if ('colors' in want) expect(t!.options.colors).toBe(want.colors);
    if ('theme' in want) expect(t!.options.theme).toBe(want.theme);
  });

  it.each([
    ['another host', 'https://evil.example/sessions/2025-05-21'],
    ['the base host on another port', 'https://recap.example:444/sessions/2025-05-21'],
    ['another scheme on the base host', 'http://recap.example/sessions/2025-05-21'],
    ['a non-http scheme', 'javascript:alert(1)//recap.example/sessions/2025-05-21'],
    ['not a URL', 'sessions/2025-05-21'],
    ['the archive', `${BASE}/sessions`],
    ['a session image', `${BASE}/sessions/2025-05-21/summary.png`],
    ['a malformed date', `${BASE}/sessions/2025-13-01`],
    ['a date with a suffix', `${BASE}/sessions/2025-05-21x`],
    ['path traversal', `${BASE}/sessions/..%2F2025-05-21`],
  ])('rejects %s', (_name, url) => {
    expect(matchTarget(url, BASE, ctx.requestHost)).toBeNull();
  });
});

describe('oembedAnswer', () => {
  it('answers a rich oEmbed 1.0 response with the required fields', () => {
    const a = ask({ url: `${BASE}/sessions/2025-05-21`, format: 'json' });
    expect(a.status).toBe(200);
    if (a.status !== 200) return;
    const body = a.body;
    // oEmbed 1.0 §2.3.4: version, type; §2.3.4.4 (rich): html, width, height.
    expect(body.version).toBe('1.0');
    expect(body.type).toBe('rich');
    expect(body.html).toMatch(/^<iframe src="https:\/\/recap\.example\/embed\/2025-05-21" width="800" height="450" /);
    expect(body.html).toContain('sandbox="allow-popups allow-popups-to-escape-sandbox"');
    expect(body.html).not.toContain('allow-scripts');
    expect([body.width, body.height]).toEqual([800, 450]);
    expect(body.provider_name).toBe('HK Market Recap');
    expect(body.provider_url).toBe('https://recap.example/');
    expect(body.title).toBe('Hong Kong close, 2025-05-21');
    expect(body.thumbnail_url).toBe('https://recap.example/sessions/2025-05-21/summary.png');
    expect([body.thumbnail_width, body.thumbnail_height]).toEqual([1200, 675]);
    expect(body.cache_age).toBe(300);
  });

  it('treats a missing format as json', () => {
    expect(ask({ url: `${BASE}/sessions/2025-05-21` }).status).toBe(200);
  });

  it.each([
    [{ maxwidth: '400' }, [400, 225], [400, 225]],
    [{ maxheight: '300' }, [533, 300], [533, 300]],
    [{ maxwidth: '600', maxheight: '200' }, [355, 200], [355, 200]],
    [{ maxwidth: '2000' }, [800, 450], [1200, 675]],
    [{ maxwidth: 'abc' }, [800, 450], [1200, 675]],
    [{ maxwidth: '0' }, [800, 450], [1200, 675]],
  ])('respects %o', (limits, frame, thumb) => {
    const a = ask({ url: `${BASE}/sessions/2025-05-21`, ...limits });
    if (a.status !== 200) throw new Error(`status ${a.status}`);
    expect([a.body.width, a.body.height]).toEqual(frame);
    expect(a.body.html).toContain(`width="${frame[0]}" height="${frame[1]}"`);
    expect([a.body.thumbnail_width, a.body.thumbnail_height]).toEqual(thumb);
    const w = Number((limits as Record<string, string>).maxwidth);
    const h = Number((limits as Record<string, string>).maxheight);
    if (w > 0) expect(a.body.thumbnail_width).toBeLessThanOrEqual(w);
    if (h > 0) expect(a.body.thumbnail_height).toBeLessThanOrEqual(h);
  });

  it('carries the embed options into the iframe and the thumbnail, escaped', () => {
    const a = ask({ url: `${BASE}/embed/2025-05-21?chart=heatmap&colors=mainland&theme=dark` });
    if (a.status !== 200) throw new Error(`status ${a.status}`);
    expect(a.body.html).toContain('src="https://recap.example/embed/2025-05-21?chart=heatmap&amp;colors=mainland&amp;theme=dark"');
    expect(a.body.thumbnail_url).toBe('https://recap.example/sessions/2025-05-21/heatmap.png?colors=mainland&theme=dark');
    expect(a.body.width / a.body.height).toBeCloseTo(1200 / 690, 2);
  });

  it.each([
    [404, { url: 'https://evil.example/sessions/2025-05-21' }],
    [404, { url: `${BASE}/sessions/2025-05-22` }],
    [404, { url: `${BASE}/about` }],
    [501, { url: `${BASE}/sessions/2025-05-21`, format: 'xml' }],
    [501, { url: `${BASE}/sessions/2025-05-21`, format: 'jsonp' }],
    [400, {}],
    [400, { url: '  ' }],
  ])('answers %i to %o', (status, params) => {
    expect(ask(params as Record<string, string>).status).toBe(status);
  });
});

describe('fitSize', () => {
  it('never scales up and keeps at least 1 px', () => {
    expect(fitSize({ width: 800, height: 450 }, Infinity, Infinity)).toEqual({ width: 800, height: 450 });
    expect(fitSize({ width: 800, height: 450 }, 1, 1)).toEqual({ width: 1, height: 1 });
  });
});
