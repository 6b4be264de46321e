import { expect, test } from '@playwright/test';

test.describe('key takeaways and rotation on the session page', () => {
  test('2025-05-21: the takeaways state the HSI close, Materials leading, CATL and Zijin Mining', async ({ page }) => {
    await page.goto('/sessions/2025-05-21');
    const items = page.getByTestId('takeaways').locator('li');
    const count = await items.count();
    expect(count).toBeGreaterThanOrEqual(3);
    expect(count).toBeLessThanOrEqual(6);
    await expect(items.first()).toContainText('closed up 0.62% at 23,827.78 (+146.30 points)');
    const all = page.getByTestId('takeaways');
    await expect(all).toContainText('Materials led the industries, up 2.24% equal-weighted');
    // +10.19 %: over 5 %, "surged" by the style sheet's size words.
    await expect(all).toContainText('CATL (03750) surged 10.19% on its second trading day');
    // 18.56 / 17.50 in ../shared/data/hk/daily_bars.csv: +6.06 %.
    await expect(all).toContainText('Zijin Mining');
    await expect(all).toContainText('6.06%');
  });

  test('2025-05-21 and 2025-04-07 stand in their history', async ({ page }) => {
    await page.goto('/sessions/2025-05-21');
    const day = page.getByTestId('takeaways');
    // index_closes.csv: 23,827.78 is the highest close since 23,905.56 on 2025-03-24; +1.49 % on 05-20, +0.62 % on 05-21.
    await expect(day.locator('li').nth(1)).toHaveText('For the HSI it was the highest close since 24 March 2025 and a second straight gain.');
    await expect(day.locator('li').nth(1)).toHaveAttribute('data-cites', 'index:HSI');
    await expect(day).toContainText('CATL (03750) surged 10.19% on its second trading day');
    await expect(day).toContainText('Materials led the industries');

    await page.goto('/sessions/2025-04-07');
    const crash = page.getByTestId('takeaways');
    await expect(crash).toContainText('the largest one-day fall since the archive began on 2024-01-03');
    await expect(crash).not.toContainText(/rotation/i);
    const turnover = crash.locator('li', { hasText: 'Turnover of the' });
    await expect(turnover).toHaveAttribute('data-cites', 'market:turnover');
    await turnover.focus();
    await expect(page.getByTestId('market-activity').locator('[data-ref="market:turnover"]')).toHaveClass(/cited/);
  });

  test('the weekly RRG legend switches industries on and off', async ({ page }) => {
    await page.goto('/sessions/2025-05-21');
    await expect(page.getByTestId('quadrant-changes')).toContainText(/weekly graph|Changed quadrant/);
    const legend = page.getByTestId('rrg-legend');
    await expect(legend.locator('button')).toHaveCount(12);
    await page.getByTestId('rrg-plot').scrollIntoViewIfNeeded();
    await expect(page.locator('.rrg .recharts-surface')).toBeVisible({ timeout: 15_000 });
    const materials = legend.locator('button[data-industry="Materials"]');
    await expect(materials).toHaveAttribute('aria-pressed', 'true');
    const tails = page.locator('.rrg .recharts-scatter');
    await expect(tails).toHaveCount(12);
    await materials.click();
    await expect(materials).toHaveAttribute('aria-pressed', 'false');
    await expect(tails).toHaveCount(11);
    await materials.click();
    await expect(tails).toHaveCount(12);
  });

  test('hovering or focusing a takeaway highlights what it cites', async ({ page }) => {
    await page.goto('/sessions/2025-05-21');
    const catl = page.getByTestId('takeaways').locator('li', { hasText: 'CATL (03750)' });
    const row = page.getByTestId('gainers').locator('tr[data-code="03750"]');
    await expect(row).not.toHaveClass(/cited/);
    const tile = page.locator('#heatmap .t', { has: page.locator('b', { hasText: /^03750$/ }) });
    await catl.hover();
    await expect(row).toHaveClass(/cited/);
    // The stock's map tile too (found by its id, t03750).
    await expect(tile).toHaveClass(/cited/);
    await page.mouse.move(0, 0);
    await expect(row).not.toHaveClass(/cited/);
    await expect(tile).not.toHaveClass(/cited/);
    await page.getByTestId('takeaways').locator('li').first().focus();
    await expect(page.locator('[data-index="HSI"]')).toHaveClass(/cited/);
  });

  test('hovering or focusing a takeaway highlights its cited industry, whatever its name', async ({ page }) => {
    await page.goto('/sessions/2025-05-21');
    const takeaways = page.getByTestId('takeaways');
    const materials = takeaways.locator('li', { hasText: 'Materials led the industries' });
    const row = page.getByTestId('rotation').locator('tr[data-ref="industry:Materials"]');
    await expect(materials).toHaveAttribute('data-cites', /(^| )industry:Materials( |$)/);
    await expect(row).not.toHaveClass(/cited/);
    await materials.hover();
    await expect(row).toHaveClass(/cited/);
    await page.mouse.move(0, 0);
    await expect(row).not.toHaveClass(/cited/);

    // A name with spaces and "&" is one percent-encoded token: 2025-05-20's laggard.
    await page.goto('/sessions/2025-05-20');
    const property = page.getByTestId('takeaways').locator('li', { hasText: 'Properties & Construction trailed the industries' });
    await expect(property).toHaveAttribute('data-cites', /(^| )industry:Properties%20%26%20Construction( |$)/);
    const propertyRow = page.getByTestId('rotation').locator('tr[data-ref="industry:Properties%20%26%20Construction"]');
    await expect(propertyRow).toHaveCount(1);
    await property.focus();
    await expect(propertyRow).toHaveClass(/cited/);
    // Only what it cites: another industry's row stays plain.
    await expect(page.getByTestId('rotation').locator('tr[data-ref="industry:Healthcare"]')).not.toHaveClass(/cited/);

    // Market-wide measures are cited too: the breadth takeaway lights the breadth panel (2025-04-08: 407 of
    // 486 rose; on 2025-05-20 the day in its history now takes breadth's place).
    await page.goto('/sessions/2025-04-08');
    const breadth = page.getByTestId('takeaways').locator('li', { hasText: 'Breadth was strongly positive' });
    await expect(breadth).toHaveAttribute('data-cites', 'market:breadth');
    await breadth.focus();
    await expect(page.getByTestId('breadth')).toHaveClass(/cited/);
  });

  test('index cards carry a sparkline of the last 20 sessions', async ({ page }) => {
    await page.goto('/sessions/2025-05-21');
    const spark = page.locator('[data-index="HSI"] svg.sparkline');
    await expect(spark).toHaveAttribute('aria-label', 'Hang Seng Index, last 20 sessions');
    expect((await spark.locator('polyline').getAttribute('points'))?.split(' ')).toHaveLength(20);
  });

  test('the rotation panel shows relative strength against the HSI and loads the RRG when reached', async ({ page }) => {
    await page.goto('/sessions/2025-05-21');
    const materials = page.getByTestId('rotation').locator('tr[data-ref="industry:Materials"]');
    // Materials +2.24 % equal-weighted, HSI +0.62 %: +1.62 pp.
    await expect(materials).toContainText('+2.24%');
    await expect(materials).toContainText('+1.62 pp');
    await expect(page.getByTestId('quadrant-changes')).toContainText('quadrant');
    await expect(page.locator('.rrg .recharts-surface')).toHaveCount(0);
    await page.getByTestId('rrg-plot').scrollIntoViewIfNeeded();
    await expect(page.locator('.rrg .recharts-surface')).toBeVisible({ timeout: 15_000 });
  });

  test('the first sessions of the archive say the RRG needs more history', async ({ page }) => {
    // The archive starts on 2024-01-03 (it began on 2025-03-04 before the full history was bundled).
    await page.goto('/sessions/2024-01-03');
    await expect(page.getByTestId('quadrant-changes')).toHaveText('Not enough history yet for the rotation graph (it needs 15 sessions).');
  });
});
