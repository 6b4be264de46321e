/**
 * The heatmap markup in the Chinese edition: HSICS Chinese industry names, the stock's Chinese name where
 * known (the English one, marked lang="en", where not), Chinese stock links and 億 amounts.
 */
import { describe, expect, it } from 'vitest';
import { summaryChartInLocale, type SummaryChartData } from '@/lib/charts/summary';
import { renderSummarySvg } from '@/lib/charts/summary-svg';
import { tableRowsHtml, tilesHtml } from '@/lib/heatmap/markup';
import type { CompactTile } from '@/lib/heatmap/types';
import { heatmapClientText } from '@/lib/i18n/messages/heatmap';

/** Materials (industry index 8), label level 3 (name and %) in both layouts. */
function tile(code: string, name: string, nameZh: string, pct: number, turnover: number): CompactTile {
  return [code, name, nameZh, 8, pct, 10, turnover, 3, 0, 0, 0, 40, 40, 0, 0, 40, 40, 15];
}

const ZH = heatmapClientText('zh-hk', '升跌幅');

describe('heatmap markup, Chinese edition', () => {
  it('names a tile in Chinese where known, in English marked lang="en" otherwise', () => {
    const html = tilesHtml([tile('02899', 'Zijin Mining', '紫金礦業', 6.06, 1e9), tile('01818', 'Zhaojin Mining', '', 7.8, 1e9)], null, ZH);
    expect(html).toContain('<span>紫金礦業</span>');
    expect(html).toContain('aria-label="紫金礦業（02899），原材料業，+6.06%"');
    expect(html).toContain('<span lang="en">Zhaojin Mining</span>');
    expect(html).toContain('aria-label="Zhaojin Mining（01818），原材料業，+7.80%"');
  });

  it('writes table rows with Chinese industry, /zh-hk/ stock links and 億 turnover', () => {
    // 1,234,567,890 HKD = 12.3億.
    const rows = tableRowsHtml([tile('02899', 'Zijin Mining', '紫金礦業', 6.06, 1_234_567_890)], '?period=1m', ZH);
    expect(rows).toContain('<td>原材料業</td>');
    expect(rows).toContain('<a href="/zh-hk/stocks/02899?period=1m">紫金礦業</a>');
    expect(rows).toContain('<td class="num">12.3億</td>');
    expect(rows).not.toContain('lang="zh-Hant"');
  });

  it('keeps the English markup as it was when given no words', () => {
    const rows = tableRowsHtml([tile('02899', 'Zijin Mining', '紫金礦業', 6.06, 1_234_567_890)]);
    expect(rows).toContain('<td>Materials</td>');
    expect(rows).toContain('<a href="/stocks/02899">Zijin Mining</a><span class="zh" lang="zh-Hant"> 紫金礦業</span>');
    expect(rows).toContain('<td class="num">1.23B</td>');
  });
});

describe('industries chart, Chinese edition', () => {
  const data: SummaryChartData = {
    date: '2025-05-21',
    basis: 'equal-weighted',
    periodLabel: null,
    hsiPct: 0.6178,
    rows: [{ industry: 'Materials', short: 'Materials', pct: 2.2437, advancers: 15, decliners: 5, unchanged: 2, step: 5 }],
  };

  it('draws HSICS Chinese names, 恒指 and Chinese captions; English data is returned unchanged', () => {
    expect(summaryChartInLocale(data, 'en')).toBe(data);
    const svg = renderSummarySvg(summaryChartInLocale(data, 'zh-hk'), { colors: 'css' });
    expect(svg).toContain('>原材料業</text>');
    expect(svg).toContain('>恒指 +0.62%</text>');
    expect(svg).toContain('<title>原材料業：+2.24%，上升15隻，下跌5隻</title>');
    expect(svg).toContain('>行業升跌幅，等權</text>');
    expect(svg).not.toMatch(/advancers|Industry|HSI/);
    const narrow = renderSummarySvg(summaryChartInLocale(data, 'zh-hk'), { colors: 'css', width: 360 });
    expect(narrow).toContain('>原材料</text>');
  });
});
