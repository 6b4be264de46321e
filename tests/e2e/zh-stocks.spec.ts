import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { waitForReady } from './support/ready';

/*
 * The Chinese edition of the stock pages, search, archive and recaps (issue 14). Figures from
 * ../shared/data/hk by hand, as the English stocks and recaps specs pin them:
 * - Tencent 00700 (HSICS: Information Technology, 資訊科技業 in the Hang Seng Indexes' Chinese list): over
 *   the 250 sessions ending 2025-06-30 its highest close is 544.00 on 2025-03-06 (Thu) and its lowest
 *   351.20 on 2024-07-25 (Thu); latest 503.00 on Mon 30 Jun 2025, −1.95 % on the day.
 *   Written the Hong Kong way: 2025年3月6日, 2024年7月25日, 2025年6月30日（星期一）.
 * - 2025-W21 (Mon 19 – Fri 23 May 2025): HSI +256.21 points / +1.10 % to 23,601.26.
 */

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.length} nodes (${v.nodes[0]?.target.join(' ')})`);
}

test.describe('Chinese stock page', () => {
  test('/zh-hk/stocks/00700: 騰訊控股, 資訊科技業, 52週高位/低位 with Chinese dates', async ({ page, request }) => {
    // The "In the recap" list below is read from an index a new server builds in the background.
    await waitForReady(request);
    const res = await page.goto('/zh-hk/stocks/00700');
    expect(res?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant-HK');
    await expect(page.getByTestId('stock-name-zh')).toHaveText('騰訊控股');
    // The English name follows, marked as English for screen readers.
    await expect(page.getByTestId('stock-name')).toHaveAttribute('lang', 'en');
    await expect(page.getByTestId('stock-industry')).toHaveText('資訊科技業');
    await expect(page.getByTestId('stock-industry')).toHaveAttribute('href', /^\/zh-hk\/stocks\?industry=Information%20Technology/);
    await expect(page.getByTestId('fifty-two-week').locator('h2')).toContainText('52週');
    await expect(page.getByTestId('fifty-two-week')).toContainText('52週高位');
    await expect(page.getByTestId('fifty-two-week')).toContainText('52週低位');
    await expect(page.getByTestId('range-high')).toHaveText('544.00（2025年3月6日）');
    await expect(page.getByTestId('range-low')).toHaveText('351.20（2024年7月25日）');
    // 503 / 544 − 1 = −7.54 %; 503 / 351.2 − 1 = +43.22 %.
    await expect(page.getByTestId('range-latest')).toHaveText('503.00 · 較高位低7.54%，較低位高43.22%');
    await expect(page.getByTestId('stock-latest')).toContainText('2025年6月30日（星期一）');
    await expect(page.getByTestId('stock-latest')).toContainText('港元');
    await expect(page.getByTestId('stock-change')).toHaveText('-1.95%');
    await expect(page.getByTestId('stock-session')).toHaveAttribute('href', '/zh-hk/sessions/2025-06-30?highlight=00700#heatmap');
    const returns = page.getByTestId('period-returns');
    await expect(returns.locator('thead')).toContainText('行業排名');
    await expect(returns.locator('tr[data-period="ytd"] th')).toHaveText('年初至今');
    await expect(returns.locator('tr[data-period="ytd"]')).toContainText('+19.82%');
    await expect(returns.locator('tr[data-period="1y"] th')).toHaveText('1年');
    // Turnover in 億港元 (the 2025-06-30 row: HK$9,287,659,093 = 92.9億).
    await expect(page.getByTestId('turnover')).toContainText('92.9億港元');
    await expect(page.getByTestId('in-the-recap').locator('h2')).toHaveText('重點摘要提及');
    await expect(page.getByTestId('in-the-recap').locator('a[data-date]').first()).toHaveAttribute('href', /^\/zh-hk\/sessions\/\d{4}-\d{2}-\d{2}\?highlight=00700#heatmap$/);
  });

  test('title, description and hreflang of both editions', async ({ page }) => {
    await page.goto('/zh-hk/stocks/00700');
    await expect(page).toHaveTitle(/^騰訊控股（00700）/);
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    expect(description).toContain('資訊科技業');
    expect(description).toContain('收跌1.95%');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/zh-hk\/stocks\/00700$/);
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', /[^k]\/stocks\/00700$/);
    await expect(page.locator('link[rel="alternate"][hreflang="zh-Hant-HK"]')).toHaveAttribute('href', /\/zh-hk\/stocks\/00700$/);
    await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', /[^k]\/stocks\/00700$/);
    await page.goto('/stocks/00700');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('link[rel="alternate"][hreflang="zh-Hant-HK"]')).toHaveAttribute('href', /\/zh-hk\/stocks\/00700$/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /[^k]\/stocks\/00700$/);
  });

  test('no English interface words left in the Chinese stock page', async ({ page }) => {
    await page.goto('/zh-hk/stocks/00700');
    // Open the chart's data table so its headings count too.
    await page.locator('.chart-data summary').click();
    const text = await page.locator('main').evaluate((main) => {
      const clone = main.cloneNode(true) as HTMLElement;
      // Names kept in English on purpose are marked lang="en"; the chart table's cells are ISO dates and
      // numbers; the recap list quotes the Chinese takeaways, which may name a stock with no Chinese name.
      clone.querySelectorAll('[lang="en"], [data-testid="chart-data"] tbody, .recap-list').forEach((el) => el.remove());
      return clone.innerText;
    });
    const words = ['Returns', 'Period', 'Rank', 'Closing', 'high', 'low', 'Latest', 'Daily', 'moves', 'Largest', 'Session', 'Change', 'Close', 'Turnover', 'Extreme', 'recap', 'Listed', 'Since', 'Growth', 'Hang Seng', 'HSI', 'Chart data', 'Date', 'sessions', 'below', 'above', 'equal-weighted', 'None', 'YTD', '1D', '1W', '1Y', 'HKD', 'history', 'since listing', 'adj'];
    const left = words.filter((w) => new RegExp(`\\b${w}\\b`, 'i').test(text));
    expect(left).toEqual([]);
    // What remains in Latin letters is only codes, numbers and the file type.
    expect(text.match(/[A-Za-z]{3,}/g)?.filter((w) => w !== 'CSV') ?? []).toEqual([]);
  });

  test('/zh-hk/stocks/700 and 0700.HK redirect inside the Chinese edition', async ({ page }) => {
    for (const path of ['/zh-hk/stocks/700', '/zh-hk/stocks/0700.HK']) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/zh-hk\/stocks\/00700$/);
    }
    const res = await page.goto('/zh-hk/stocks/99999');
    expect(res?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: '找不到此股份' })).toBeVisible();
  });

  test('/zh-hk/stocks/00700 has no WCAG 2.1 AA violations', async ({ page }) => {
    await page.goto('/zh-hk/stocks/00700');
    expect(await axe(page)).toEqual([]);
  });
});

test.describe('Chinese stock list and search', () => {
  for (const q of ['騰訊', '700', 'tencent']) {
    test(`/zh-hk/stocks?q=${q} lands on /zh-hk/stocks/00700`, async ({ page }) => {
      await page.goto(`/zh-hk/stocks?q=${encodeURIComponent(q)}`);
      await expect(page).toHaveURL(/\/zh-hk\/stocks\/00700$/);
      await expect(page.getByTestId('stock-name-zh')).toHaveText('騰訊控股');
    });
  }

  test('?q=原材料業 lists the Materials industry under its Chinese name', async ({ page }) => {
    await page.goto(`/zh-hk/stocks?q=${encodeURIComponent('原材料業')}`);
    const group = page.getByTestId('search-industry');
    await expect(group.getByRole('heading')).toContainText('行業：原材料業');
    // Zijin Mining (02899) is a Materials stock; its row links inside the edition, by its Chinese name.
    await expect(group.locator('tr[data-code="02899"] td.wrap a').first()).toHaveText('紫金礦業');
    await expect(group.locator('tr[data-code="02899"] td.code a')).toHaveAttribute('href', '/zh-hk/stocks/02899');
  });

  test('?q=黃金 finds the gold miners theme; a miss says so in Chinese', async ({ page }) => {
    await page.goto(`/zh-hk/stocks?q=${encodeURIComponent('黃金')}`);
    await expect(page.getByTestId('search-theme').getByRole('heading')).toContainText('主題：黃金股');
    await page.goto(`/zh-hk/stocks?q=${encodeURIComponent('沒有這隻股')}`);
    await expect(page.getByTestId('search-none')).toContainText('找不到與「沒有這隻股」相符的股份、行業或主題');
  });

  test('/zh-hk/stocks lists the industries in Chinese with sortable Chinese headings', async ({ page }) => {
    await page.goto('/zh-hk/stocks');
    await expect(page.locator('h1')).toHaveText('所有股份');
    await expect(page.locator('.industry-nav')).toContainText('資訊科技業');
    await expect(page.locator('.industry-nav')).toContainText('地產建築業');
    const heading = page.locator('#ind-information-technology thead');
    await expect(heading).toContainText('代號');
    await expect(heading).toContainText('年初至今');
    await heading.getByRole('link', { name: '1日' }).click();
    await expect(page).toHaveURL(/\/zh-hk\/stocks\?sort=1d&dir=desc$/);
  });

  test('the header combobox on a Chinese page: tencent suggests 騰訊控股, Enter opens /zh-hk/stocks/00700', async ({ page }) => {
    await page.goto('/zh-hk/sessions');
    const input = page.getByTestId('site-search-input');
    await expect(input).toHaveAttribute('placeholder', '股份代號或名稱');
    await input.focus();
    await expect(input).toHaveAttribute('data-live', 'true');
    await input.pressSequentially('tencent');
    const list = page.getByTestId('site-search-list');
    await expect(list).toBeVisible();
    const first = list.getByRole('option').first();
    await expect(first).toContainText('00700 騰訊控股');
    await expect(first).toHaveAttribute('data-href', '/zh-hk/stocks/00700');
    await expect(page.getByRole('status').filter({ hasText: '建議' })).toHaveText(/^\d+項建議$/);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/zh-hk\/stocks\/00700$/);
  });

  test('the header form searches inside the Chinese edition', async ({ page }) => {
    await page.goto('/zh-hk/sessions');
    await page.getByTestId('site-search-input').fill('0700.HK');
    await page.getByTestId('site-search').getByRole('button', { name: '搜尋' }).click();
    await expect(page).toHaveURL(/\/zh-hk\/stocks\/00700$/);
  });
});

test.describe('Chinese archive and recaps', () => {
  test('/zh-hk/sessions shows 2025年5月 and links /zh-hk/sessions/2025-05-21', async ({ page }) => {
    const res = await page.goto('/zh-hk/sessions');
    expect(res?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveText('所有交易日（2025年）');
    const may = page.locator('section[data-month="2025-05"]');
    await expect(may.locator('h2')).toContainText('2025年5月');
    await expect(may.locator('thead')).toContainText('一二三四五');
    await expect(may.locator('a[data-date="2025-05-21"]')).toHaveAttribute('href', '/zh-hk/sessions/2025-05-21');
    await expect(may.locator('a[data-month-recap]')).toHaveAttribute('href', '/zh-hk/months/2025-05');
    await expect(may.locator('a[data-week="2025-W21"]')).toHaveAttribute('href', '/zh-hk/weeks/2025-W21');
    // 1 May 2025 (Labour Day) is a holiday, named in Chinese.
    await expect(may.locator('td[data-closed="2025-05-01"]')).toContainText('勞動節');
    // Half days are marked 半 (2024-12-24, Christmas Eve).
    await page.goto('/zh-hk/sessions?year=2024');
    await expect(page.locator('a[data-date="2024-12-24"] abbr')).toHaveText('半');
    await expect(page.locator('a[data-date="2024-12-24"]')).toHaveAttribute('aria-label', /半日市/);
  });

  test('/zh-hk/sessions has no WCAG 2.1 AA violations', async ({ page }) => {
    await page.goto('/zh-hk/sessions');
    expect(await axe(page)).toEqual([]);
  });

  test('/zh-hk/weeks/2025-W21: Chinese title and takeaways, links in the edition', async ({ page }) => {
    const res = await page.goto('/zh-hk/weeks/2025-W21');
    expect(res?.status()).toBe(200);
    await expect(page).toHaveTitle(/^2025年第21週回顧/);
    await expect(page.locator('h1')).toContainText('2025年第21週（5月19日至25日）');
    await expect(page.getByTestId('recap-definition')).toContainText('共5個交易日，由2025年5月19日（星期一）至2025年5月23日（星期五）');
    const takeaways = page.getByTestId('takeaways').locator('li');
    expect(await takeaways.count()).toBeGreaterThanOrEqual(3);
    // The first states the HSI's week with the hand-computed figures.
    await expect(takeaways.first()).toContainText('23,601');
    await expect(takeaways.first()).toContainText('1.10%');
    await expect(page.getByTestId('prev-recap')).toHaveAttribute('href', '/zh-hk/weeks/2025-W20');
    await expect(page.getByTestId('prev-recap')).toHaveText('← 2025年第20週');
    await expect(page.locator('.recap-days a[data-date="2025-05-21"]')).toHaveAttribute('href', '/zh-hk/sessions/2025-05-21');
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', /[^k]\/weeks\/2025-W21$/);
  });

  test('the week recap’s takeaways read in Chinese', async ({ page }) => {
    // The HSI closed the week at 23,601.26; the Chinese sentence gives whole points, as the press does.
    await page.goto('/zh-hk/weeks/2025-W21');
    const first = page.getByTestId('takeaways').locator('li').first();
    await expect(first).toContainText('23,601點');
    expect(await first.innerText()).toMatch(/恒指|恒生指數/);
    expect(await first.innerText()).not.toMatch(/\b(rose|fell|week|close)\b/i);
    // The description is the first takeaway's textZh too.
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toMatch(/恒/);
  });

  test('/zh-hk/months/2025-05: 2025年5月回顧', async ({ page }) => {
    await page.goto('/zh-hk/months/2025-05');
    await expect(page).toHaveTitle(/^2025年5月回顧/);
    await expect(page.locator('h1')).toContainText('2025年5月');
    await expect(page.getByTestId('recap-definition')).toContainText('共20個交易日');
  });
});
