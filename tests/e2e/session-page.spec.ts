import { expect, test } from '@playwright/test';

test.describe('session permalink page', () => {
  test('/ lands on the latest session, 2025-06-30, with HSI 24,072.28 (-0.87%)', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/sessions\/2025-06-30$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mon 30 Jun 2025');
    await expect(page.getByTestId('close-HSI')).toHaveText('24,072.28');
    await expect(page.getByTestId('pct-HSI')).toHaveText('-0.87%');
  });

  test('2025-05-21 shows the HSI card and CATL among the gainers', async ({ page }) => {
    await page.goto('/sessions/2025-05-21');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wed 21 May 2025');
    await expect(page.getByTestId('session-kind')).toContainText('Full day');
    await expect(page.getByTestId('close-HSI')).toHaveText('23,827.78');
    await expect(page.getByTestId('points-HSI')).toHaveText('+146.30');
    await expect(page.getByTestId('pct-HSI')).toHaveText('+0.62%');
    const catl = page.getByTestId('gainers').locator('tr[data-code="03750"]');
    await expect(catl).toContainText('CATL');
    await expect(catl).toContainText('+10.19%');
    // Breadth from the 491 stocks of the session in ../shared/data/hk.
    await expect(page.getByTestId('breadth')).toContainText('of 491 stocks');
  });

  test('prev/next walk the HKEX calendar over Good Friday and Easter Monday', async ({ page }) => {
    await page.goto('/sessions/2025-04-17');
    await page.getByTestId('next-session').click();
    await expect(page).toHaveURL(/\/sessions\/2025-04-22$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tue 22 Apr 2025');
    await page.getByTestId('prev-session').click();
    await expect(page).toHaveURL(/\/sessions\/2025-04-17$/);
  });

  for (const path of ['/sessions/2025-05-31', '/sessions/2025-13-01', '/sessions/..%2Fetc', '/sessions/2025-05-21x', '/sessions?year=abcd']) {
    test(`${path} is a real 404 with a link to the latest session`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('No such session');
      await expect(page.getByRole('link', { name: 'Mon 30 Jun 2025' })).toHaveAttribute('href', '/sessions/2025-06-30');
    });
  }

  test('numbers are in the server HTML, without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/sessions/2025-05-21');
    await expect(page.getByTestId('close-HSI')).toHaveText('23,827.78');
    await expect(page.getByTestId('gainers').locator('tr')).toHaveCount(11);
    await context.close();
  });

  test('the 404 page is in the server HTML too, without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const path of ['/sessions/2025-05-31', '/sessions/..%2Fetc', '/sessions?year=1999']) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('No such session');
      await expect(page.getByRole('link', { name: 'Mon 30 Jun 2025' })).toHaveAttribute('href', '/sessions/2025-06-30');
    }
    await context.close();
  });

  test('/sessions shows the latest year as a calendar of every session with the HSI change', async ({ page }) => {
    await page.goto('/sessions');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('All sessions, 2025');
    await expect(page.getByRole('heading', { name: /^May 2025/ })).toBeVisible();
    // The 120 sessions of 2025 in data/sessions (2 Jan to 30 Jun), each a link to its page.
    await expect(page.locator('.cal-session a')).toHaveCount(120);
    await expect(page.locator('a[data-date="2025-05-21"]')).toContainText('+0.62%');
    await expect(page.locator('a[data-date="2025-06-30"]')).toContainText('-0.87%');
    // 2024 is one link away: 245 sessions from 3 Jan (2 Jan has no previous close in the data).
    await page.getByRole('navigation', { name: 'Years' }).getByRole('link', { name: '2024' }).click();
    await expect(page).toHaveURL(/\/sessions\?year=2024$/);
    await expect(page.locator('.cal-session a')).toHaveCount(245);
  });
});
