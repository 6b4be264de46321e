import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { chartSvg, svgToPng } from '@/lib/share/charts';
import { embedDocument, embedMessageDocument } from '@/lib/share/embed-html';
import { CHART_SIZES, type ChartKind } from '@/lib/share/embed-options';
import { escapeMarkdownText, escapeXml } from '@/lib/share/escape';
import { htmlImageSnippet, iframeSnippet, markdownImageSnippet } from '@/lib/share/snippets';
import { hostileSession } from './hostile-session';

const HOSTILE_TAGS = /<(img|script|iframe|object|embed|foreignObject)\b/i;

describe('escapeXml', () => {
  it.each([
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['"&<>', '&quot;&amp;&lt;&gt;'],
    ["it's", 'it&#39;s'],
  ])('%s', (input, want) => {
    expect(escapeXml(input)).toBe(want);
  });

  it('escapes Markdown brackets', () => {
    expect(escapeMarkdownText('a [b] \\ c')).toBe('a \\[b\\] \\\\ c');
  });
});

describe.each(['summary', 'heatmap'] as ChartKind[])('%s SVG of a session with hostile names', (chart) => {
  // The heatmap names stocks on tiles (and in tile titles); the summary chart names industries only.
  const svg = chartSvg(hostileSession, { chart, colors: 'hk', theme: 'light' });

  it('keeps the names as text', () => {
    expect(svg).not.toMatch(HOSTILE_TAGS);
    expect(svg).not.toContain('onerror=alert(1)>');
    if (chart === 'heatmap') {
      expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(svg).toContain('&quot;&amp;&lt;&gt;');
    }
  });

  it('has an accessible title and the chart size as viewBox', () => {
    const { width, height } = CHART_SIZES[chart];
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-label="[^"]+"/);
    expect(svg).toContain(`viewBox="0 0 ${width} ${height}"`);
    expect(svg).toMatch(/<title>[^<]+<\/title>/);
  });

  it('parses as SVG (resvg rejects malformed XML) and renders to a PNG of the chart aspect', () => {
    expect(() => new Resvg(svg)).not.toThrow();
    const png = svgToPng(svg, chart, 600);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    const { width, height } = CHART_SIZES[chart];
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([600, Math.round((600 * height) / width)]);
  });
});

describe('embed HTML', () => {
  const page = embedDocument({
    title: '<script>alert(1)</script>',
    theme: 'dark',
    permalink: 'https://recap.example/sessions/2025-05-21?a="b"',
    attribution: 'A & B',
    svg: chartSvg(hostileSession, { chart: 'heatmap', colors: 'cb', theme: 'dark' }),
  });

  it('has no script and escapes every text', () => {
    expect(page).not.toMatch(/<script/i);
    expect(page).toContain('<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(page).toContain('href="https://recap.example/sessions/2025-05-21?a=&quot;b&quot;" target="_blank" rel="noopener">A &amp; B</a>');
    expect(page).not.toMatch(HOSTILE_TAGS);
  });

  it('scales the chart to the frame', () => {
    expect(page).toContain('main svg{display:block;width:100%;height:100%}');
    expect(page).toMatch(/^<!doctype html><html lang="en">/);
  });

  it('escapes messages', () => {
    const msg = embedMessageDocument({ title: 't', theme: 'light', permalink: null, attribution: 'x', heading: '<b>', message: '"&' });
    expect(msg).toContain('<h1>&lt;b&gt;</h1><p>&quot;&amp;</p>');
    expect(msg).not.toContain('<footer>');
  });
});

describe('snippets', () => {
  const title = 'Industries "today" <b> & [more]';
  it('escape the title in HTML attributes and Markdown text', () => {
    expect(iframeSnippet('2025-05-21', {}, { width: 800, height: 450 }, title, 'https://r.example')).toContain(
      'title="Industries &quot;today&quot; &lt;b&gt; &amp; [more]"',
    );
    expect(markdownImageSnippet('2025-05-21', { colors: 'cb' }, title, 'https://r.example')).toBe(
      '[![Industries "today" <b> & \\[more\\]](https://r.example/sessions/2025-05-21/summary.svg?colors=cb)](https://r.example/sessions/2025-05-21)',
    );
    expect(htmlImageSnippet('2025-05-21', {}, title, { width: 800, height: 450 }, 'https://r.example')).toBe(
      '<a href="https://r.example/sessions/2025-05-21"><img src="https://r.example/sessions/2025-05-21/summary.png" width="800" height="450" alt="Industries &quot;today&quot; &lt;b&gt; &amp; [more]"></a>',
    );
  });
});
