import { expect, type Page } from '@playwright/test';

/**
 * What a reader does before using the page's interactive parts: the pointer comes over the page. The page's
 * scripts load then (lib/hydrate-on-intent.ts); this waits until React has hydrated it.
 */
export async function hydrate(page: Page): Promise<void> {
  await page.mouse.move(2, 2);
  await page.mouse.move(8, 8);
  await expect(page.locator('html[data-hydrated]')).toHaveCount(1, { timeout: 20_000 });
}
