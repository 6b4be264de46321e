import { describe, expect, it } from 'vitest';
import { summaryChartData, type SummaryChartData } from '@/lib/charts/summary';
import { escapeXml, renderSummarySvg } from '@/lib/charts/summary-svg';
import { loadSession } from '@/lib/data/sessions';
import { stepColor } from '@/lib/palette';
import { dayMoves, indexPct } from '../heatmap/hk-data';

const load = loadSession('2025-05-21');
if (load.status !== 'ok') throw new Error('2025-05-21 not loadable');
const data = summaryChartData(load.session);
const moves = dayMoves('2025-05-20', '2025-05-21').filter((m) => Math.abs(m.pct) <= 50);

describe('summaryChartData on 2025-05-21', () => {
  it('has the 12 industries, strongest first', () => {
    expect(data.rows).toHaveLength(12);
    for (let i = 1; i < data.rows.length; i++) expect(data.rows[i - 1]!.pct).toBeGreaterThanOrEqual(data.rows[i]!.pct);
  });

  it('matches equal-weighted means and breadth computed from the vendor closes', () => {
    for (const row of data.rows) {
      const pcts = moves.filter((m) => m.industry === row.industry).map((m) => m.pct);
      expect(row.pct).toBeCloseTo(pcts.reduce((s, x) => s + x, 0) / pcts.length, 3); // the snapshot stores % to 4 dp
      expect(row.advancers).toBe(pcts.filter((p) => p >= 0.005).length);
      expect(row.decliners).toBe(pcts.filter((p) => p <= -0.005).length);
    }
    expect(data.rows[0]!.industry).toBe('Materials');
    expect(data.basis).toBe('equal-weighted');
  });

  it('uses the HSI as the reference line (+0.62 %)', () => {
    expect(data.hsiPct).toBeCloseTo(indexPct('HSI', '2025-05-20', '2025-05-21'), 3);
    expect(data.hsiPct!.toFixed(2)).toBe('0.62');
  });
});

/** Minimal well-formedness: every tag closes in order, attributes are quoted, no bare `&` or `<` in text. */
function assertWellFormed(xml: string) {
  const stack: string[] = [];
  const tag = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/g;
  let last = 0;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    const text = xml.slice(last, m.index);
    expect(text).not.toMatch(/[<>]/);
    expect(text).not.toMatch(/&(?!(amp|lt|gt|quot|#39);)/);
    last = tag.lastIndex;
    const [, close, name, attrs, self] = m;
    expect(attrs ?? '').not.toMatch(/&(?!(amp|lt|gt|quot|#39);)/);
    if (self) continue;
    if (close) expect(stack.pop()).toBe(name);
    else stack.push(name!);
  }
  expect(xml.slice(last)).toBe('');
  expect(stack).toEqual([]);
}

describe('renderSummarySvg', () => {
  const hostile: SummaryChartData = {
    ...data,
    rows: data.rows.map((r, i) =>
      i === 0 ? { ...r, industry: '<script>alert(1)</script>' as never } : i === 1 ? { ...r, industry: 'Properties & Construction' } : r,
    ),
  };

  it.each(['hk', 'mainland', 'css'] as const)('escapes names and stays well-formed (colors: %s)', (colors) => {
    const svg = renderSummarySvg(hostile, { colors, title: 'A & B <c>' });
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('Properties &amp; Construction');
    expect(svg).toContain('<title>A &amp; B &lt;c&gt;</title>');
    expect(svg).toContain('role="img" aria-label="A &amp; B &lt;c&gt;"');
    assertWellFormed(svg);
  });

  it('colours bars with the convention and marks the HSI', () => {
    const svg = renderSummarySvg(data, { colors: 'mainland' });
    expect(svg).toContain(`fill="${stepColor(data.rows[0]!.step, 'mainland')}"`);
    expect(svg).toContain('HSI +0.62%');
    expect(svg).toContain('+2.24%');
    expect(svg).toContain('15/5');
    expect(renderSummarySvg(data, { colors: 'css' })).toContain(`class="s-p${data.rows[0]!.step}"`);
  });

  it.each([
    ['&', '&amp;'],
    ['<', '&lt;'],
    ['"', '&quot;'],
    ["'", '&#39;'],
  ])('escapeXml(%s)', (raw, escaped) => {
    expect(escapeXml(`a${raw}b`)).toBe(`a${escaped}b`);
  });
});
