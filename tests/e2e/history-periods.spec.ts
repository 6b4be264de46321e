import { expect, test } from '@playwright/test';

/*
 * Periods, market activity, index ranges and the archive calendar on the bundled sessions.
 * Every expected figure was computed by hand from ../shared/data/hk with a one-off Python script, not by
 * the app: daily changes are close / previous bar's close − 1 (BYD's 2025-06-10 close divided by its
 * 3-for-1 factor), chain-linked over the period's sessions (the dates of daily_bars.csv after its first);
 * index changes are ratios of index_closes.csv closes.
 */

test.describe('periods on the session page', () => {
  test('1M on 2025-06-30: Tencent, the Materials header and the HSI card', async ({ page }) => {
    await page.goto('/sessions/2025-06-30?period=1m');
    // 1M = the 21 sessions 2025-06-02 … 2025-06-30, from the 2025-05-30 close.
    await expect(page.getByTestId('period-definition')).toContainText('21 sessions, Mon 2 Jun 2025 to Mon 30 Jun 2025, from the close of Fri 30 May 2025');
    await expect(page.locator('.period-links a[aria-current="true"]')).toHaveText('1M');

    // Tencent: 503.00 / 498.20 − 1 = +0.9635 % (both closes `actual`; the chained daily changes agree).
    const tencent = page.getByTestId('heatmap').locator('#t00700');
    await expect(tencent).toHaveAttribute('aria-label', /TENCENT \(00700\), Information Technology, \+0\.96%/);
    await tencent.hover();
    const tip = page.getByTestId('heatmap-tooltip');
    await expect(tip).toContainText('1M change');
    await expect(tip.getByTestId('tooltip-pct')).toHaveText('+0.96%');

    // Materials: mean of its 22 stocks' 1M returns (none with a day beyond ±50 %) = +18.3015 %.
    await expect(page.getByTestId('heatmap').locator('a[data-industry="Materials"]')).toContainText('+18.30%');
    await expect(page.getByTestId('heatmap-cap')).toContainText('±10% for 1M');

    // HSI: 24,072.28 / 23,289.77 − 1 = +3.36 %, +782.51 points; the day's own change stays beside it.
    await expect(page.getByTestId('period-pct-HSI')).toHaveText('+3.36%');
    await expect(page.getByTestId('period-points-HSI')).toHaveText('+782.51');
    await expect(page.getByTestId('pct-HSI')).toHaveText('-0.87%');
    await expect(page.getByTestId('gainers').locator('th').last()).toHaveText('1M change');
  });

  test('YTD on 2025-05-21 runs from the 2024-12-31 close', async ({ page }) => {
    await page.goto('/sessions/2025-05-21?period=ytd');
    await expect(page.getByTestId('period-definition')).toContainText('92 sessions');
    // HSI: 23,827.78 / 20,059.95 − 1 = +18.78 %, +3,767.83 points.
    await expect(page.getByTestId('period-pct-HSI')).toHaveText('+18.78%');
    await expect(page.getByTestId('period-points-HSI')).toHaveText('+3,767.83');
    // Tencent's 92 daily changes chained: +23.99 %; Materials' mean: +19.12 %.
    await expect(page.getByTestId('heatmap').locator('#t00700')).toHaveAttribute('aria-label', /\+23\.99%/);
    await expect(page.getByTestId('heatmap').locator('a[data-industry="Materials"]')).toContainText('+19.12%');
    await expect(page.getByTestId('heatmap-cap')).toContainText('±20% for YTD');
  });

  test('a period longer than the archive says so', async ({ page }) => {
    await page.goto('/sessions/2024-03-01?period=1y');
    await expect(page.getByTestId('period-shortfall')).toContainText('The archive holds only 41 sessions up to this one');
    await page.goto('/sessions/2024-05-02?period=ytd');
    await expect(page.getByTestId('period-shortfall')).toContainText('no close of the previous year');
  });

  test('an unknown period is the day view', async ({ page }) => {
    await page.goto('/sessions/2025-06-30?period=5y');
    await expect(page.locator('.period-links a[aria-current="true"]')).toHaveText('1D');
    await expect(page.getByTestId('pct-HSI')).toHaveText('-0.87%');
  });

  test('embeds, images and share snippets carry the period', async ({ page, request }) => {
    const svg = await request.get('/sessions/2025-06-30/summary.svg?period=1m');
    expect(svg.status()).toBe(200);
    const body = await svg.text();
    expect(body).toContain('Industry 1M % change');
    expect(body).toContain('+18.30%');
    const embed = await request.get('/embed/2025-06-30?period=1m&chart=heatmap');
    expect(embed.status()).toBe(200);
    expect(await embed.text()).toContain('1M % change to Mon 30 Jun 2025');
    expect((await request.get('/sessions/2025-06-30/heatmap.png?period=1m&width=300')).headers()['content-type']).toBe('image/png');

    await page.goto('/sessions/2025-06-30?period=1m');
    await expect(page.locator('#share-link')).toHaveValue(/\/sessions\/2025-06-30\?period=1m$/);
    await expect(page.locator('#share-iframe')).toHaveValue(/\/embed\/2025-06-30\?period=1m/);
    await expect(page.locator('#share-markdown')).toHaveValue(/summary\.svg\?period=1m/);
  });
});

test.describe('market activity and index context', () => {
  test('52-week highs and lows on 2025-05-21', async ({ page }) => {
    await page.goto('/sessions/2025-05-21');
    // Of the stocks in the session with 250 sessions of history, 32 closed at a 250-session high (chained
    // daily changes), 1 at a low; 34 have less history.
    await expect(page.getByTestId('new-highs-count')).toHaveText('32');
    await expect(page.getByTestId('new-lows-count')).toHaveText('1');
    await expect(page.getByTestId('fifty-two-week-note')).toContainText('34 stocks with less history left out');
    await expect(page.getByTestId('new-highs')).toContainText('HANG LUNG GROUP');
  });

  test('turnover and the ten most traded on 2025-06-30', async ({ page }) => {
    await page.goto('/sessions/2025-06-30');
    // Σ close × volume over the 500 stocks of 2025-06-30 in daily_bars.csv.
    await expect(page.getByTestId('turnover-total')).toHaveText('HK$183.9 bn');
    await expect(page.getByTestId('most-traded').locator('tbody tr')).toHaveCount(10);
  });

  test('the HSI card has its 52-week range', async ({ page }) => {
    await page.goto('/sessions/2025-06-30');
    const range = page.getByTestId('range-HSI');
    await expect(range).toBeVisible();
    await expect(range.getByRole('img')).toHaveAttribute('aria-label', /today's close 24,072\.28/);
  });
});

test.describe('archive calendar', () => {
  test('2025 shows 2025-04-07 at -13.22% and Good Friday as a holiday', async ({ page }) => {
    await page.goto('/sessions?year=2025');
    // 19,828.30 / 22,849.81 (the 2025-04-03 close; 04-04 was a holiday) − 1 = −13.22 %.
    await expect(page.getByTestId('hsi-2025-04-07')).toHaveText('-13.22%');
    await expect(page.locator('[data-closed="2025-04-18"]')).toContainText('Good Friday');
    await expect(page.getByRole('heading', { name: /April 2025/ })).toBeVisible();
  });
});
