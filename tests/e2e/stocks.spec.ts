import { expect, test } from '@playwright/test';

/**
 * Stock pages and search (issue 12), against figures taken from ../shared/data/hk by hand:
 * - Tencent 00700 (close_basis `actual` on every row): over the 250 sessions ending 2025-06-30 (from
 *   2024-06-24) its highest close is 544.00 on 2025-03-06 and its lowest 351.20 on 2024-07-25, latest
 *   503.00, by a one-off awk over daily_bars.csv:
 *     awk -F, -v s=2024-06-24 '$2=="00700" && $1>=s {…max/min of $3 with its $1…}' daily_bars.csv
 * - CATL 03750 listed 2025-05-20; 2025-05-21 close 336.5055 against 305.3882 = +10.19 %.
 * - BYD 01211: 396.60 on 2025-06-09, 135.60 on 2025-06-10 after a 3-for-1 bonus issue: the move is
 *   135.60 / (396.60 / 3) − 1 = +2.57 %, where the raw closes say −65.8 %.
 */

test('clicking CATL’s tile on 2025-05-21 opens /stocks/03750: listed 2025-05-20, +10.19 % on 2025-05-21', async ({ page }) => {
  await page.goto('/sessions/2025-05-21');
  const tile = page.locator('#heatmap #t03750');
  // The tooltip on hover says the map is hydrated (a click before that is only a click on a div).
  await tile.hover();
  await expect(page.getByTestId('heatmap-tooltip')).toContainText('03750');
  await tile.click();
  await expect(page).toHaveURL(/\/stocks\/03750$/, { timeout: 15_000 });
  await expect(page.getByTestId('stock-name')).toHaveText('CATL');
  await expect(page.getByTestId('stock-listing')).toContainText('Listed on Tue 20 May 2025');
  const best = page.getByTestId('largest-up').locator('tbody tr').first();
  await expect(best).toContainText('Wed 21 May 2025');
  await expect(best).toContainText('+10.19%');
});

test('Enter on a focused tile and the tooltip link both open the stock, keeping ?period=', async ({ page }) => {
  await page.goto('/sessions/2025-05-21?period=1w');
  // The map's one Tab stop (tabindex 0 in the markup; the arrow keys move it): a keyboard user's first tile.
  const tile = page.locator('#heatmap .t[tabindex="0"]');
  const code = (await tile.getAttribute('id'))!.replace(/^t/, '');
  await tile.hover();
  await expect(page.getByTestId('heatmap-tooltip')).toContainText(code);
  await tile.focus();
  await expect(page.getByTestId('tooltip-stock-link')).toHaveAttribute('href', `/stocks/${code}?period=1w`);
  await page.keyboard.press('Enter');
  // The stock page renders on the server first (history store queries): allow for a loaded machine.
  await expect(page).toHaveURL(new RegExp(`/stocks/${code}\\?period=1w$`), { timeout: 15_000 });
  await expect(page.getByTestId('period-returns').locator('tr[data-period="1w"]')).toHaveAttribute('aria-current', 'true');
});

test('a movers row and a stock named in a takeaway link to the stock', async ({ page }) => {
  await page.goto('/sessions/2025-05-21');
  await expect(page.getByTestId('gainers').locator('tbody tr').first().locator('td.code a')).toHaveAttribute('href', /^\/stocks\/\d{5}$/);
  const catl = page.getByTestId('takeaways').locator('a.stock-link[href="/stocks/03750"]').first();
  await expect(catl).toBeVisible();
  await catl.click();
  await expect(page).toHaveURL(/\/stocks\/03750$/);
});

test('/stocks/00700: Tencent’s 52-week closing high and low with their dates', async ({ page }) => {
  const response = await page.goto('/stocks/00700');
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId('stock-name')).toHaveText('Tencent');
  await expect(page.getByTestId('stock-name-zh')).toHaveText('騰訊控股');
  await expect(page.getByTestId('range-high')).toHaveText(/^544\.00 on Thu 6 Mar 2025$/);
  await expect(page.getByTestId('range-low')).toHaveText(/^351\.20 on Thu 25 Jul 2024$/);
  // 503 / 544 − 1 = −7.54 %; 503 / 351.2 − 1 = +43.22 %.
  await expect(page.getByTestId('range-latest')).toContainText('503.00 · 7.54% below the high, 43.22% above the low');
  await expect(page.getByTestId('stock-latest')).toContainText('Mon 30 Jun 2025');
  // Returns from the CSV's closes: YTD 503 / 419.80 (2024-12-31) − 1 = +19.82 %; 1Y 503 / 381.40 (2024-06-21,
  // the close before the 250 sessions) − 1 = +31.88 %; HSI YTD 24,072.28 / 20,059.95 − 1 = +20.00 %.
  const returns = page.getByTestId('period-returns');
  await expect(returns.locator('tr[data-period="ytd"]')).toContainText('+19.82%');
  await expect(returns.locator('tr[data-period="ytd"]')).toContainText('+20.00%');
  await expect(returns.locator('tr[data-period="1y"]')).toContainText('+31.88%');
  await expect(returns.locator('tr[data-period="1d"]')).toContainText('-1.95%');
});

test('BYD’s chart has no −65.8 % cliff on 2025-06-10: the plotted line moves +2.57 %', async ({ page }) => {
  await page.goto('/stocks/01211');
  // The first value cell of the row is the stock's line (then its industry, then the HSI).
  const value = async (date: string) => Number((await page.locator(`[data-testid="chart-data"] tr[data-date="${date}"] td`).first().textContent())!.replace(/,/g, ''));
  const before = await value('2025-06-09');
  const after = await value('2025-06-10');
  expect((after / before - 1) * 100).toBeCloseTo(2.57, 1);
  await expect(page.getByTestId('stock-chart')).toContainText('Growth of 100');
  // And the 52-week range says its closes are not all comparable (the bonus issue).
  await expect(page.getByTestId('fifty-two-week')).toContainText('share capital changed');
});

test.describe('search', () => {
  for (const q of ['tencent', '騰訊', '700', '0700.HK']) {
    test(`?q=${q} reaches Tencent`, async ({ page }) => {
      await page.goto(`/stocks?q=${encodeURIComponent(q)}`);
      if (!/\/stocks\/00700$/.test(page.url())) await page.getByTestId('search-stocks').getByRole('link', { name: 'Tencent', exact: true }).click();
      await expect(page).toHaveURL(/\/stocks\/00700$/);
      await expect(page.getByTestId('stock-name')).toHaveText('Tencent');
    });
  }

  test('?q=gold lists the gold miners', async ({ page }) => {
    await page.goto('/stocks?q=gold');
    const theme = page.getByTestId('search-theme');
    await expect(theme.getByRole('heading')).toContainText('Theme: Gold miners');
    // data/themes.json's gold miners: Zijin, Zhaojin, Shandong Gold, China Gold International, Wanguo, …
    for (const code of ['02899', '01818', '01787', '02099']) await expect(theme.locator(`tr[data-code="${code}"]`)).toBeVisible();
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the header form searches and redirects to the one match', async ({ page }) => {
      await page.goto('/sessions/2025-05-21');
      await page.getByTestId('site-search-input').fill('0700.hk');
      await page.getByTestId('site-search').getByRole('button', { name: 'Search' }).click();
      await expect(page).toHaveURL(/\/stocks\/00700$/);
      await expect(page.getByTestId('range-high')).toContainText('544.00');
    });

    test('sorting /stocks works by links', async ({ page }) => {
      await page.goto('/stocks?industry=Materials');
      await page.locator('th a.sort', { hasText: '1D' }).first().click();
      await expect(page).toHaveURL(/sort=1d/);
      const cells = await page.locator('[data-testid="stock-table"] tbody tr td:nth-child(3)').allTextContents();
      const values = cells.filter((c) => c !== '–').map((c) => Number(c.replace(/[%+*!,]/g, '')));
      expect(values.length).toBeGreaterThan(10);
      expect([...values].sort((a, b) => b - a)).toEqual(values);
    });

    test('?highlight= outlines the tile in the server’s HTML', async ({ page }) => {
      await page.goto('/sessions/2025-05-21?highlight=03750');
      await expect(page.locator('#heatmap .t.hl')).toHaveAttribute('id', 't03750');
      await expect(page.getByTestId('heatmap-highlight')).toContainText('03750');
    });
  });

  test('the combobox: suggestions while typing, arrow keys, Enter, Escape', async ({ page }) => {
    await page.goto('/stocks/00700');
    const input = page.getByTestId('site-search-input');
    const indexRequests: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/stocks/search-index/')) indexRequests.push(r.url());
    });
    // Focusing the box starts the page's scripts (lib/hydrate-on-intent.ts); it is live once they have run.
    await input.focus();
    await expect(input).toHaveAttribute('data-live', 'true');
    await input.pressSequentially('zijin');
    const list = page.getByTestId('site-search-list');
    await expect(list).toBeVisible();
    await expect(input).toHaveAttribute('aria-expanded', 'true');
    await expect(list.getByRole('option').first()).toContainText('02899');
    await page.keyboard.press('Escape');
    await expect(list).toBeHidden();
    await expect(input).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('ArrowDown');
    await expect(list).toBeVisible();
    await page.keyboard.press('ArrowDown');
    const active = await input.getAttribute('aria-activedescendant');
    expect(active).toBeTruthy();
    await expect(page.locator(`#${active}`)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/stocks\/02899$/);
    // One index request for all those keystrokes.
    expect(indexRequests.length).toBeLessThanOrEqual(1);
  });
});

test('unknown stocks are a server-rendered 404; other spellings redirect', async ({ page, request }) => {
  for (const path of ['/stocks/99999', '/stocks/..%2Fetc', '/stocks/abc']) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBe(404);
    expect(await res.text(), path).toContain('No such stock');
  }
  for (const path of ['/stocks/700', '/stocks/0700.HK']) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect([307, 308], path).toContain(res.status());
    expect(res.headers()['location'], path).toMatch(/\/stocks\/00700$/);
  }
  const csv = await request.get('/stocks/01211.csv');
  expect(csv.status()).toBe(200);
  const text = await csv.text();
  expect(text.split('\r\n')[0]).toBe('date,close,closeBasis,changePct,volume,turnover');
  expect(text).toContain('\r\n2025-06-10,135.6,actual,2.5719,');
  await page.goto('/stocks/99999');
  await expect(page.getByRole('heading', { name: 'No such stock' })).toBeVisible();
});

test('stock pages, the stock list and the recaps are cacheable, and the origin serves them again from its cache', async ({ request }) => {
  for (const path of ['/stocks/00700', '/stocks', '/stocks?q=gold', '/weeks/2025-W21', '/months/2025-05', '/zh-hk/stocks/00700']) {
    const first = await request.get(path, { maxRedirects: 0 });
    expect(first.status(), path).toBe(200);
    expect(first.headers()['cache-control'], path).toBe('public, max-age=0, s-maxage=30, stale-while-revalidate=30');
    const again = await request.get(path, { maxRedirects: 0 });
    expect(again.headers()['x-origin-cache'], path).toMatch(/^(HIT|STALE)$/);
  }
  // A 404 is never kept: each one is rendered again.
  expect((await request.get('/stocks/99999')).status()).toBe(404);
  const again = await request.get('/stocks/99999');
  expect(again.status()).toBe(404);
  expect(again.headers()['x-origin-cache']).toBe('BYPASS');
});
