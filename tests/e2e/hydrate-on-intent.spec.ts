import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { hydrate } from './support/hydrate';

/**
 * The page's scripts and RSC payload load when the reader first means to interact (server/defer-scripts.ts,
 * lib/hydrate-on-intent.ts): a reader who only reads gets the whole page from its HTML, and what a reader
 * does before the page has hydrated is done once it has.
 */
const PAGE = '/sessions/2025-05-21';

function scriptRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (/^\/_next\/static\/.+\.js$/.test(path) || path.startsWith('/_hkmr/payload/')) seen.push(path);
  });
  return seen;
}

test('a reader who only reads loads no script and no payload, and reads the whole page', async ({ page }) => {
  const seen = scriptRequests(page);
  await page.goto(PAGE);
  await expect(page.getByTestId('takeaways').locator('li').first()).toContainText('closed up 0.62% at 23,827.78');
  await expect(page.locator('.index-card').first()).toContainText('23,827.78');
  expect(await page.locator('.hm-tiles li').count()).toBeGreaterThan(400);
  await page.waitForTimeout(1_500);
  expect(seen).toEqual([]);
  await expect(page.locator('html[data-hydrated]')).toHaveCount(0);
});

test('the pointer coming over the page loads the payload and the scripts, and the map answers hover', async ({ page }) => {
  const seen = scriptRequests(page);
  await page.goto(PAGE);
  await hydrate(page);
  expect(seen.filter((p) => p.startsWith('/_hkmr/payload/'))).toHaveLength(1);
  expect(seen.filter((p) => p.endsWith('.js')).length).toBeGreaterThan(3);
  await page.locator('.hm-tiles li').first().hover();
  await expect(page.getByTestId('heatmap-tooltip')).toBeVisible();
});

test('the framework scripts the pointer loads are marked for eager compilation; the page still hydrates', async ({ page, request }) => {
  // The build's own list of the scripts every page boots with (scripts/compile-hints.mjs marks them).
  const manifest = JSON.parse(fs.readFileSync(path.resolve('.next/build-manifest.json'), 'utf8')) as { rootMainFiles: string[] };
  const seen = scriptRequests(page);
  await page.goto(PAGE);
  await hydrate(page);
  const roots = manifest.rootMainFiles.map((f) => `/_next/${f}`);
  expect(roots.length).toBeGreaterThan(2);
  for (const src of roots) {
    expect(seen, `${src} is loaded by the pointer`).toContain(src);
    const body = await (await request.get(src)).text();
    expect(body.split('\n')[0], src).toBe('//# allFunctionsCalledOnLoad');
  }
  // Page chunks keep lazy compilation.
  const others = [...new Set(seen.filter((p) => p.endsWith('.js') && !roots.includes(p)))];
  expect(others.length).toBeGreaterThan(0);
  for (const src of others) expect((await (await request.get(src)).text()).startsWith('//# allFunctionsCalledOnLoad'), src).toBe(false);
});

test('a click on a button before the page has hydrated is done once it has', async ({ page }) => {
  await page.goto(PAGE);
  await expect(page.locator('html[data-hydrated]')).toHaveCount(0);
  // The first thing the reader does is this click: it starts the scripts, and is kept until they have run.
  await page.locator('button[aria-controls="hm-table"]').click();
  await expect(page.locator('html[data-hydrated]')).toHaveCount(1, { timeout: 20_000 });
  await expect(page.locator('#hm-table')).toBeVisible();
  await expect(page.locator('#hm-table tbody tr').first()).toBeVisible();
});

test('an arrow key on the map before the page has hydrated moves to the next tile once it has', async ({ page }) => {
  await page.goto(PAGE);
  const first = page.locator('.hm-tiles li[tabindex="0"]');
  await first.focus();
  const from = await first.getAttribute('id');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('html[data-hydrated]')).toHaveCount(1, { timeout: 20_000 });
  await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? null)).not.toBe(from);
  expect(await page.evaluate(() => document.activeElement?.closest('.hm-map') !== null)).toBe(true);
});

test('the payload is JSON kept for a year; one the origin cannot rebuild answers 404 with the reason', async ({ page, request }) => {
  await page.goto(PAGE);
  const boot = JSON.parse((await page.locator('#hkmr-boot').textContent()) ?? '{}') as { payload: string };
  expect(boot.payload).toMatch(/^\/_hkmr\/payload\/[A-Za-z0-9_-]{22}\?page=%2Fsessions%2F2025-05-21$/);
  const res = await request.get(boot.payload);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('application/json');
  expect(res.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  const rows = (await res.json()) as unknown[];
  expect(rows[0]).toEqual([0]);
  // The payload carries the page's numbers (what React hydrates the cards from).
  expect(JSON.stringify(rows)).toContain('23,827.78');

  const gone = await request.get('/_hkmr/payload/AAAAAAAAAAAAAAAAAAAAAA?page=%2Fsessions%2F2025-05-21');
  expect(gone.status()).toBe(404);
  expect(await gone.text()).toContain('the page has changed since it was loaded; reload it');
});

test('a value chosen or typed before the page has hydrated is used once it has', async ({ page }) => {
  await page.goto(PAGE);
  // The theme menu: chosen before any script has run, applied and remembered once the page has hydrated.
  await page.locator('.prefs select').nth(1).selectOption('dark');
  await expect(page.locator('html[data-hydrated]')).toHaveCount(1, { timeout: 20_000 });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await page.evaluate(() => localStorage.getItem('hkmr-theme'))).toBe('dark');

  // The search box: typed before hydration (a fresh page), submitted after it; the exact code opens the stock.
  await page.goto(PAGE);
  await page.getByTestId('site-search-input').fill('0700.HK');
  await expect(page.locator('html[data-hydrated]')).toHaveCount(1, { timeout: 20_000 });
  await expect(page.getByTestId('site-search-input')).toHaveValue('0700.HK');
  await page.getByTestId('site-search').getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/stocks\/00700$/);
});
