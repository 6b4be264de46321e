/**
 * The session page in Traditional Chinese (/zh-hk/sessions/DATE), the Chinese home page and 404, as a Hong
 * Kong reader would check them: the figures on the cards and headers, the words around them, the language
 * switch keeping the view, hreflang both ways, axe, and no English interface words left on the page.
 *
 * Figures checked by hand against data/sessions/2025-05-21.json: HSI close 23,827.78, prevClose 23,681.48
 * (+146.30, +0.62%); the 22 Materials stocks' equal-weighted mean change +2.24%; the 491 stocks' turnover
 * HK$170,247,462,504 = 1,702.5億港元.
 */
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const DATE = '2025-05-21';
const ZH = `/zh-hk/sessions/${DATE}`;
const LATEST = fs
  .readdirSync(path.resolve('data/sessions'))
  .filter((f) => /^\d{4}-\d{2}-\d{2}\.json$/.test(f))
  .sort()
  .at(-1)!
  .slice(0, 10);

/** English interface words this page used to show; none may be left on the Chinese page. */
const ENGLISH_UI = [
  'Top gainers',
  'Top losers',
  'Turnover',
  'Industries',
  'Industry',
  'Breadth',
  'Advancers',
  'advancers',
  'decliners',
  'unchanged',
  'Share',
  'Download',
  'Images',
  'Heatmap',
  'Key takeaways',
  'Market activity',
  'Rotation',
  'Close',
  'Change',
  'Code',
  'Name',
  'session',
  'sessions',
  'Explore',
  'Copy',
  'Permalink',
  'Size by',
  'Market cap',
  'Earliest',
  'Latest',
  'recap',
  'Leading',
  'Weakening',
  'Lagging',
  'Improving',
  'Quadrant',
  'Streak',
  'New highs',
  'New lows',
  'stocks',
  'Today',
  'Dispersion',
  'Outlined',
  'Colours',
  'average',
  'Full day',
  'Table',
  'HSI',
];

/** The English words from ENGLISH_UI found in `text`, whole words only. */
function englishLeft(text: string): string[] {
  return ENGLISH_UI.filter((w) => new RegExp(`(^|[^A-Za-z])${w}([^A-Za-z]|$)`).test(text));
}

test.describe('the session page in Chinese', () => {
  test(`${ZH} shows 恒生指數 23,827.78, +146.30, +0.62% and the date the Hong Kong way`, async ({ page }) => {
    await page.goto(ZH);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant-HK');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('2025年5月21日（星期三）');
    await expect(page.getByTestId('session-kind')).toHaveText('全日市 · 下午4時收市（香港時間）');
    const card = page.locator('article[data-index="HSI"]');
    await expect(card.getByRole('heading', { level: 2 })).toHaveText('恒生指數');
    await expect(page.getByTestId('close-HSI')).toHaveText('23,827.78');
    await expect(page.getByTestId('points-HSI')).toHaveText('+146.30');
    await expect(page.getByTestId('pct-HSI')).toHaveText('+0.62%');
    await expect(page.locator('article[data-index="HSCEI"] h2')).toHaveText('恒生中國企業指數');
    // Turnover in 億港元 (HK$170,247,462,504 over the 491 stocks).
    await expect(page.getByTestId('turnover-total')).toHaveText('1,702.5億港元');
    await expect(page.getByTestId('breadth')).toContainText('共491隻股份');
  });

  test('the Materials header of the heatmap reads 原材料業 +2.24%', async ({ page }) => {
    await page.goto(ZH);
    const materials = page.locator('.hm-map a[data-industry="Materials"]');
    await expect(materials.locator('.f')).toHaveText('原材料業');
    await expect(materials.locator('b')).toHaveText('+2.24%');
    await expect(materials).toHaveAttribute('aria-label', /^原材料業 \+2\.24%，上升\d+隻，下跌\d+隻：放大$/);
    // The industries chart names it the same way.
    await expect(page.getByTestId('summary-chart')).toContainText('原材料業');
  });

  test('the first takeaway states the HSI close and change', async ({ page }) => {
    await page.goto(ZH);
    await expect(page.getByRole('heading', { name: '重點摘要' })).toBeVisible();
    const first = page.getByTestId('takeaways').locator('li').first();
    await expect(first).toContainText('23,827');
    await expect(first).toContainText('0.62%');
  });

  test('the language switch keeps the view (?period=1m&sector=Materials) both ways', async ({ page }) => {
    await page.goto(`${ZH}?period=1m&sector=Materials`);
    await expect(page.getByRole('heading', { name: /^熱圖：原材料業（1個月）$/ })).toBeVisible();
    await page.getByTestId('language-switch').click();
    await expect(page).toHaveURL(new RegExp(`/sessions/${DATE}\\?period=1m&sector=Materials$`));
    expect(new URL(page.url()).pathname).toBe(`/sessions/${DATE}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { name: 'Heatmap: Materials, 1M' })).toBeVisible();
    await page.getByTestId('language-switch').click();
    await expect(page).toHaveURL(new RegExp(`/zh-hk/sessions/${DATE}\\?period=1m&sector=Materials$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant-HK');
  });

  test('hreflang alternates name both editions on both, with the canonical and title of each', async ({ page, baseURL }) => {
    for (const [url, canonical, lang] of [
      [ZH, `${baseURL}${ZH}`, 'zh-Hant-HK'],
      [`/sessions/${DATE}`, `${baseURL}/sessions/${DATE}`, 'en'],
    ] as const) {
      await page.goto(url);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', canonical);
      await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', `${baseURL}/sessions/${DATE}`);
      await expect(page.locator('link[rel="alternate"][hreflang="zh-Hant-HK"]')).toHaveAttribute('href', `${baseURL}/zh-hk/sessions/${DATE}`);
      await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', `${baseURL}/sessions/${DATE}`);
    }
    await page.goto(ZH);
    await expect(page).toHaveTitle('港股收市回顧 2025年5月21日（星期三）');
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', `${baseURL}${ZH}`);
    await page.goto(`/sessions/${DATE}`);
    await expect(page).toHaveTitle('Hong Kong close, Wed 21 May 2025 · HK Market Recap');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds nothing serious or critical on the Chinese page (${colorScheme})`, async ({ browser }) => {
      // axe walks ~5,000 nodes: on this shared 2-core machine that can take most of a minute.
      test.setTimeout(120_000);
      const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(ZH);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await context.close();
    });
  }

  test('no English interface words are left on the Chinese page', async ({ page }) => {
    await page.goto(ZH);
    // Open what is closed by default, so its words are checked too.
    await page.getByRole('button', { name: '列表' }).click();
    await expect(page.locator('#hm-table tbody tr').first()).toBeVisible();
    const { text, labels } = await page.evaluate(() => {
      const main = document.querySelector('main')!;
      // Left out: stock names with no Chinese name (marked lang="en") and the takeaways, whose Chinese
      // wording is another engineer's.
      for (const el of main.querySelectorAll('[lang="en"], [data-testid="takeaways"]')) el.remove();
      const labels = [...main.querySelectorAll('[aria-label], [title]')]
        .filter((el) => !el.closest('.hm-tiles'))
        .flatMap((el) => [el.getAttribute('aria-label') ?? '', el.getAttribute('title') ?? '']);
      return { text: main.innerText, labels: labels.join('\n') };
    });
    expect(text.length).toBeGreaterThan(1000);
    expect(englishLeft(text), text).toEqual([]);
    expect(englishLeft(labels), labels).toEqual([]);
    for (const heading of ['升幅榜', '跌幅榜', '市場寬度', '熱圖', '各行業對恒指', '市場交投', '板塊輪動', '分享／嵌入']) {
      await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
    }
  });

  test('every internal link stays in the Chinese edition, and Chinese names carry no English', async ({ page }) => {
    await page.goto(ZH);
    const hrefs = await page.locator('main a[href^="/"]').evaluateAll((els) => els.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(20);
    expect(hrefs.filter((h) => !h.startsWith('/zh-hk/'))).toEqual([]);
    // A stock with no Chinese name keeps its English one, marked lang="en" (DAMAI ENT, 01060, led the gainers).
    await expect(page.getByTestId('gainers').locator('tr[data-code="01060"] a[lang="en"]')).toHaveText(/\S/);
    // A tile's tooltip links to the Chinese stock page.
    await page.locator('.hm-tiles li').first().hover();
    await expect(page.getByTestId('tooltip-stock-link')).toHaveAttribute('href', /^\/zh-hk\/stocks\/\d{5}$/);
    await expect(page.getByTestId('tooltip-stock-link')).toHaveText('股份頁面 →');
  });

  test('the Chinese page hydrates without a console error, and its map, table and chart work', async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(ZH, { waitUntil: 'networkidle' });
    await page.locator('.hm-tiles li').nth(3).hover();
    await expect(page.getByTestId('heatmap-tooltip')).toContainText('收市價');
    await page.getByRole('button', { name: '列表' }).click();
    await expect(page.getByRole('button', { name: '隱藏列表' })).toBeVisible();
    await expect(page.getByRole('button', { name: '互動圖表' })).toBeVisible();
    await page.locator('.summary-chart').hover();
    await expect(page.locator('.summary-chart .recharts-wrapper')).toHaveCount(1, { timeout: 15_000 });
    await expect(page.locator('.summary-chart .sc-live')).toContainText('原材料');
    await expect(page.locator('.summary-chart .sc-live')).toContainText('恒指 +0.62%');
    expect(errors).toEqual([]);
  });

  test('/zh-hk opens the latest session in Chinese; an unknown date is a Chinese 404', async ({ page }) => {
    await page.goto('/zh-hk');
    await expect(page).toHaveURL(new RegExp(`/zh-hk/sessions/${LATEST}$`));
    const response = await page.goto('/zh-hk/sessions/2025-05-31');
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant-HK');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到此交易日');
    await expect(page.getByRole('link', { name: '2025年6月30日（星期一）' })).toHaveAttribute('href', `/zh-hk/sessions/${LATEST}`);
    await expect(page.getByRole('link', { name: '所有交易日', exact: true }).last()).toHaveAttribute('href', '/zh-hk/sessions');
  });
});

test('the English page keeps Chinese names marked lang="zh-Hant" and its own words', async ({ page }) => {
  await page.goto(`/sessions/${DATE}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'Top gainers' })).toBeVisible();
  await expect(page.locator('article[data-index="HSI"] h2 [lang="zh-Hant"]')).toHaveText('恒生指數');
  await expect(page.locator('.hm-map a[data-industry="Materials"] .f')).toHaveText('Materials');
  const links = await page.locator('main a[href^="/"]').evaluateAll((els) => els.map((a) => a.getAttribute('href')!));
  expect(links.filter((h) => h.startsWith('/zh-hk'))).toEqual([]);
});
