import { describe, expect, it } from 'vitest';
import { tableRowsHtml, tilesHtml } from '@/lib/heatmap/markup';
import type { CompactTile } from '@/lib/heatmap/types';

function tile(code: string, name: string, pct: number, area = 10): CompactTile {
  return [code, name, '', 8, pct, 1.5, 1_000_000, pct > 0 ? 3 : -3, 0, 0, 0, area, area, 0, 0, area, area, 0];
}

describe('heatmap markup strings', () => {
  it('escapes names so a hostile one stays text', () => {
    const html = tilesHtml([tile('00001', '<img src=x onerror=alert(1)>', 1.2, 30)].map((t) => ((t[17] = 12), t)));
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('aria-label="&lt;img src=x onerror=alert(1)&gt; (00001), Materials, +1.20%"');
    const rows = tableRowsHtml([tile('00002', '"&<>', -0.5)]);
    expect(rows).toContain('&quot;&amp;&lt;&gt;');
    expect(rows).not.toContain('"&<>');
  });

  it('gives the map one Tab stop, on the first tile with an area, and leaves zero-area tiles to the table', () => {
    const html = tilesHtml([tile('00003', 'NO TURNOVER', 0.5, 0), tile('00004', 'A', 2), tile('00005', 'B', -2)]);
    expect(html.match(/<li /g)).toHaveLength(2);
    expect(html.match(/tabindex="0"/g)).toHaveLength(1);
    expect(html).toMatch(/id="t00004" tabindex="0"/);
    expect(tableRowsHtml([tile('00003', 'NO TURNOVER', 0.5, 0)])).toContain('NO TURNOVER');
  });

  it('writes the % change with its sign and the colour step class', () => {
    // Label level 2 (code and %) in both layouts: wide 2 × 4 + phone 2.
    const html = tilesHtml([tile('00006', 'UP', 1.26), tile('00007', 'DOWN', -0.84)].map((t) => ((t[17] = 10), t)));
    expect(html).toContain('class="t s-p3');
    expect(html).toContain('<i>+1.3%</i>');
    expect(html).toContain('class="t s-m3');
    expect(html).toContain('<i>-0.8%</i>');
  });

  it('positions tiles by plain percentages (phone layout inline, wide layout in id rules) and leaves out labels no layout shows', () => {
    // Box in % of the map: wide x 10, y 20, w 30, h 40; phone x 0, y 50, w 25, h 12.5. Level 1 (code only) in both.
    const t: CompactTile = ['00008', 'SMALL', '', 8, 0.4, 1, 1, 1, 0, 10, 20, 30, 40, 0, 50, 25, 12.5, 5];
    const html = tilesHtml([t]);
    expect(html).toContain('id="t00008"');
    expect(html).toContain('style="inset:50% 75% 37.5% 0%"');
    expect(html).toContain('@container (min-width: 640px){#t00008{inset:20% 60% 40% 10%!important}}');
    expect(html).toContain('<b>00008</b>');
    expect(html).not.toContain('<i>');
    expect(html).not.toContain('--');
  });

  it("is a group named by the map holding a list per industry, with the wide layout's rules before it, and each tile named by its stock's id alone", () => {
    const html = tilesHtml([tile('00009', 'A', 1), tile('00010', 'B', -1)], null, undefined, 'Stocks by industry, "sized" by turnover');
    expect(html).toMatch(
      /^<style>@container \(min-width: 640px\)\{#t00009\{[^}]*\}#t00010\{[^}]*\}\}<\/style><div role="group" aria-label="Stocks by industry, &quot;sized&quot; by turnover"><ul role="list" aria-label="Materials"><li [^]*<\/li><\/ul><\/div>$/,
    );
    expect(html.match(/<li aria-label="[^"]*" id="t\d{5}"( tabindex="0")? class="t [^"]*" style="inset:[^"]*">/g)).toHaveLength(2);
    expect(html).not.toMatch(/data-i=|data-ref=|role="listitem"/);
  });

  it('puts each industry in its own list, in the order the industries come, marked for drawing in slices only when asked', () => {
    const at = (code: string, industry: number) => {
      const t = tile(code, code, 1);
      t[3] = industry;
      return t;
    };
    // Financials (4), Materials (8), then Financials again: two lists, Financials first with both its tiles.
    const tiles = [at('00005', 4), at('00001', 8), at('00011', 4)];
    const html = tilesHtml(tiles, null, undefined, 'Map');
    const lists = [...html.matchAll(/<ul role="list" aria-label="([^"]*)">(.*?)<\/ul>/g)].map((m) => [m[1], [...m[2]!.matchAll(/id="t(\d{5})"/g)].map((x) => x[1])]);
    expect(lists).toEqual([
      ['Financials', ['00005', '00011']],
      ['Materials', ['00001']],
    ]);
    const sliced = tilesHtml(tiles, null, undefined, 'Map', true);
    expect(sliced.match(/<ul role="list" aria-label="[^"]*" class="sl">/g)).toHaveLength(2);
    expect(html).not.toContain('class="sl"');
  });
});
