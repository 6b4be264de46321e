import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

/*
 * Week and month recaps on the bundled sessions. The index figures were computed by hand from
 * ../shared/data/hk/index_closes.csv (HSI rows), not by the app:
 *   2025-W21 (Mon 19 – Fri 23 May 2025): from the previous week's last close (Fri 16 May, 23,345.05) to
 *     Fri 23 May's 23,601.26: 23,601.26 − 23,345.05 = +256.21 points; 256.21 / 23,345.05 = +1.0975 % → +1.10 %.
 *   2025-05 (Fri 2 – Fri 30 May 2025, 20 sessions): from Wed 30 Apr's 22,119.41 to Fri 30 May's 23,289.77:
 *     +1,170.36 points; 1,170.36 / 22,119.41 = +5.2911 % → +5.29 %.
 */

test.describe('week and month recaps', () => {
  test('/weeks/2025-W21 shows the HSI week change and its takeaways', async ({ page }) => {
    const res = await page.goto('/weeks/2025-W21');
    expect(res?.status()).toBe(200);
    await expect(page.locator('h1')).toContainText('Week 21, 2025 (19–25 May 2025)');
    await expect(page.getByTestId('recap-definition')).toContainText('5 sessions, Mon 19 May 2025 to Fri 23 May 2025');
    await expect(page.getByTestId('period-pct-HSI')).toHaveText('+1.10%');
    await expect(page.getByTestId('period-points-HSI')).toHaveText('+256.21');
    await expect(page.getByTestId('close-HSI')).toHaveText('23,601.26');
    const takeaways = page.getByTestId('takeaways').locator('li');
    expect(await takeaways.count()).toBeGreaterThanOrEqual(3);
    expect(await takeaways.count()).toBeLessThanOrEqual(6);
    await expect(takeaways.first()).toContainText('Over the week (5 sessions), the Hang Seng Index rose 1.10% to close at 23,601.26 (+256.21 points)');
    // The week's sessions each link to their page.
    await expect(page.locator('.recap-days a[data-date]')).toHaveCount(5);
    await expect(page.getByTestId('prev-recap')).toHaveAttribute('href', '/weeks/2025-W20');
    await expect(page.getByTestId('next-recap')).toHaveAttribute('href', '/weeks/2025-W22');
  });

  test('/months/2025-05 shows the HSI month change and its takeaways', async ({ page }) => {
    const res = await page.goto('/months/2025-05');
    expect(res?.status()).toBe(200);
    await expect(page.locator('h1')).toContainText('May 2025');
    await expect(page.getByTestId('period-pct-HSI')).toHaveText('+5.29%');
    await expect(page.getByTestId('period-points-HSI')).toHaveText('+1,170.36');
    await expect(page.getByTestId('takeaways').locator('li').first()).toContainText(
      'Over the month (20 sessions), the Hang Seng Index surged 5.29% to close at 23,289.77 (+1,170.36 points)',
    );
    await expect(page.locator('.recap-days a[data-date]')).toHaveCount(20);
  });

  test("2025-05-21's page links to its week and its month", async ({ page }) => {
    await page.goto('/sessions/2025-05-21');
    await page.getByTestId('week-recap-link').click();
    await expect(page).toHaveURL(/\/weeks\/2025-W21$/);
    await expect(page.getByTestId('period-pct-HSI')).toHaveText('+1.10%');
    await page.goto('/sessions/2025-05-21');
    await page.getByTestId('month-recap-link').click();
    await expect(page).toHaveURL(/\/months\/2025-05$/);
    await expect(page.getByTestId('period-pct-HSI')).toHaveText('+5.29%');
  });

  test('the archive links each month heading and each week row to its recap', async ({ page }) => {
    await page.goto('/sessions?year=2025');
    await expect(page.locator('a[data-month-recap="2025-05"]')).toHaveAttribute('href', '/months/2025-05');
    // Week 21 is one row of May's grid.
    await page.locator('section[data-month="2025-05"] a[data-week="2025-W21"]').click();
    await expect(page).toHaveURL(/\/weeks\/2025-W21$/);
  });

  for (const path of ['/weeks/2025-W99', '/weeks/2025-W00', '/months/2023-01', '/months/2025-13', '/weeks/2023-W10', '/months/2025-5', '/weeks/2025-21']) {
    test(`${path} is a 404`, async ({ page }) => {
      const res = await page.goto(path);
      expect(res?.status()).toBe(404);
    });
  }

  test('images, link preview and oEmbed of a recap', async ({ page, request, baseURL }) => {
    for (const [path, type] of [
      ['/weeks/2025-W21/summary.png', 'image/png'],
      ['/weeks/2025-W21/heatmap.svg', 'image/svg+xml'],
      ['/months/2025-05/heatmap.png', 'image/png'],
      ['/months/2025-05/summary.svg', 'image/svg+xml'],
    ] as const) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(200);
      expect(res.headers()['content-type']).toContain(type);
    }
    const svg = await (await request.get('/months/2025-05/summary.svg')).text();
    expect(svg).toContain('Hong Kong industries, % change over May 2025');
    expect((await request.get('/weeks/2025-W99/summary.svg')).status()).toBe(404);

    await page.goto('/weeks/2025-W21');
    const og = await page.locator('meta[property="og:image"]').first().getAttribute('content');
    expect(og).toContain('/weeks/2025-W21/opengraph-image');
    const ogRes = await request.get(new URL(og!).pathname + new URL(og!).search);
    expect(ogRes.status()).toBe(200);
    expect(ogRes.headers()['content-type']).toContain('image/png');
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /rose 1\.10% to close at 23,601\.26/);

    const oembed = await request.get(`/api/oembed?url=${encodeURIComponent(`${baseURL}/weeks/2025-W21`)}&format=json`);
    expect(oembed.status()).toBe(200);
    const body = (await oembed.json()) as { title: string; html: string; thumbnail_url: string };
    expect(body.title).toBe('Hong Kong week: Week 21, 2025 (19–25 May 2025)');
    expect(body.thumbnail_url).toBe(`${baseURL}/weeks/2025-W21/summary.png`);
    expect((await request.get(`/api/oembed?url=${encodeURIComponent(`${baseURL}/months/2023-01`)}`)).status()).toBe(404);
  });

  for (const path of ['/weeks/2025-W21', '/months/2025-05']) {
    test(`${path} has no WCAG 2.1 AA violations`, async ({ page }) => {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} nodes`)).toEqual([]);
    });
  }
});
