import { expect, test, type Page } from '@playwright/test';
import { palette } from '@/lib/palette';
import { dayMoves } from '../unit/heatmap/hk-data';
import { hydrate } from './support/hydrate';

/**
 * The heatmap and summary chart on /sessions/2025-05-21, checked against figures computed here from the
 * vendor CSVs (../shared/data/hk), not from the app.
 */
const URL = '/sessions/2025-05-21';
const moves = dayMoves('2025-05-20', '2025-05-21');
const materials = moves.filter((m) => m.industry === 'Materials' && Math.abs(m.pct) <= 50);
const materialsPct = materials.reduce((s, m) => s + m.pct, 0) / materials.length;
const signed = (x: number) => `${x >= 0 ? '+' : '-'}${Math.abs(x).toFixed(2)}%`;
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

const header = (page: Page, industry: string) => page.locator(`#heatmap .hd[data-industry="${industry}"]`);
const tile = (page: Page, code: string) => page.locator('#heatmap .t').filter({ has: page.locator(`b:text-is("${code}")`) });

test('Materials header shows its equal-weighted % from the data, and the legend says so', async ({ page }) => {
  await page.goto(URL);
  expect(signed(materialsPct)).toBe('+2.24%');
  await expect(header(page, 'Materials')).toContainText(signed(materialsPct));
  await expect(page.getByTestId('heatmap-basis')).toHaveText('equal-weighted');
  await expect(page.getByTestId('heatmap-legend')).toContainText('≥+3%');
  await expect(page.getByTestId('heatmap-legend')).toContainText('≤-3%');
});

test('clicking an industry zooms into it; the URL carries the state and a link zooms back out', async ({ page }) => {
  await page.goto(`${URL}?colors=cb`);
  await header(page, 'Materials').click();
  await expect(page).toHaveURL(/[?&]sector=Materials/);
  await expect(page).toHaveURL(/[?&]colors=cb/);
  await expect(page.locator('#heatmap .t')).toHaveCount(moves.filter((m) => m.industry === 'Materials').length);
  await expect(page.locator('#heatmap h2')).toHaveText('Heatmap: Materials');
  await page.getByTestId('heatmap-zoom-out').click();
  await expect(page).not.toHaveURL(/sector=/);
  await expect(page.locator('#heatmap .t')).toHaveCount(moves.length);
});

test('zooming in and going Back shows the whole market again', async ({ page }) => {
  await page.goto(URL);
  await header(page, 'Materials').click();
  await expect(page).toHaveURL(/[?&]sector=Materials/);
  await expect(page.locator('#heatmap .t')).toHaveCount(moves.filter((m) => m.industry === 'Materials').length);
  await page.goBack();
  await expect(page).not.toHaveURL(/sector=/);
  await expect(page.locator('#heatmap h2')).toHaveText('Heatmap');
  await expect(page.locator('#heatmap .t')).toHaveCount(moves.length);
  await expect(tile(page, '03750')).toContainText('+10.2%');
});

test('walking to the next session in the browser redraws the map for that day', async ({ page }) => {
  // The browser keeps the server's tile markup when it hydrates and draws tiles itself only when they
  // change: after a client-side walk to the next session, the map must show that session, not the last one.
  const tencent = dayMoves('2025-04-17', '2025-04-22').find((m) => m.code === '00700')!;
  const oneDecimal = `${tencent.pct >= 0 ? '+' : '-'}${Math.abs(tencent.pct).toFixed(1)}%`;
  await page.goto('/sessions/2025-04-17');
  // A reader who has been using the page (before it hydrates, the link is an ordinary page load).
  await hydrate(page);
  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
  await page.getByTestId('next-session').click();
  await expect(page).toHaveURL(/\/sessions\/2025-04-22$/);
  await expect(tile(page, '00700')).toContainText(oneDecimal);
  await expect(page.getByRole('listitem', { name: `TENCENT (00700), Information Technology, ${signed(tencent.pct)}` })).toHaveCount(1);
  const note = await page.locator('#heatmap .hm-note').textContent();
  // "488 stocks by industry; … (1 without it are in the table only)": a stock without turnover has no tile.
  const listed = Number(note?.match(/^(\d+) stocks/)?.[1]);
  const unsized = Number(note?.match(/\((\d+) without it/)?.[1] ?? 0);
  expect(listed).toBeGreaterThan(400);
  await expect(page.locator('#heatmap .t')).toHaveCount(listed - unsized);
  // It was a client-side navigation (the window survived), so the tiles above were drawn by the browser.
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
});

test('hovering CATL shows its details; keyboard reaches tiles with one Tab stop and arrows', async ({ page }) => {
  const catl = moves.find((m) => m.code === '03750')!;
  await page.goto(URL);
  await tile(page, '03750').hover();
  const tip = page.getByTestId('heatmap-tooltip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('CATL');
  await expect(tip).toContainText('Industrials');
  await expect(page.getByTestId('tooltip-pct')).toHaveText(signed(catl.pct));
  expect(signed(catl.pct)).toBe('+10.19%');

  await page.locator('#heatmap .t[tabindex="0"]').focus();
  const first = await page.evaluate(() => document.activeElement?.id);
  await page.keyboard.press('ArrowRight');
  const second = await page.evaluate(() => document.activeElement?.id);
  expect(second).toMatch(/^t\d{5}$/);
  expect(second).not.toBe(first);
  await expect(page.locator('#heatmap .t[tabindex="0"]')).toHaveCount(1);
  await expect(tip).toBeVisible();
});

test('?colors=mainland turns gainers red', async ({ page }) => {
  await page.goto(`${URL}?colors=mainland`);
  const fill = await tile(page, '03750').evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(fill).toBe(rgb(palette.ramps.mainland.up[5]));
  await page.goto(URL);
  const hk = await tile(page, '03750').evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(hk).toBe(rgb(palette.ramps.hk.up[5]));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every tile is in the HTML, named for screen readers', async ({ page }) => {
    await page.goto(URL);
    const tiles = await page.locator('#heatmap .t').count();
    expect(tiles).toBeGreaterThanOrEqual(moves.length - 5);
    expect(tiles).toBeLessThanOrEqual(moves.length);
    // A tile may show only its code; its accessible name says what the table row would.
    await expect(page.getByRole('listitem', { name: 'CATL (03750), Industrials, +10.19%' })).toHaveCount(1);
    await expect(page.locator('[data-testid=summary-chart] svg[role=img]')).toHaveCount(2);
  });
});

test.describe('on a phone, the tiles are drawn as the reader nears the map', () => {
  test.use({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });
  /** Whether the browser renders the tile (false inside a subtree whose rendering is skipped). */
  const drawn = (page: Page, code: string) => tile(page, code).evaluate((el) => el.checkVisibility());

  test('not while the first screen loads; before the map scrolls into view they are drawn', async ({ page }) => {
    await page.goto(URL);
    await expect(page.getByTestId('takeaways').locator('li').first()).toBeVisible();
    // Every tile is in the page, but not drawn yet.
    expect(await page.locator('#heatmap .t').count()).toBeGreaterThan(400);
    await page.waitForTimeout(300);
    expect(await drawn(page, '03750')).toBe(false);
    // The reader scrolls until the map is just under the bottom of the screen (less than half a screen away).
    await page.evaluate(() => {
      const top = document.querySelector('#heatmap .hm-tiles')!.getBoundingClientRect().top + window.scrollY;
      window.scrollTo(0, top - window.innerHeight * 1.3);
    });
    await expect.poll(() => drawn(page, '03750')).toBe(true);
    const mapTop = await page.locator('#heatmap .hm-tiles').evaluate((el) => el.getBoundingClientRect().top);
    expect(mapTop, 'drawn before it reaches the screen').toBeGreaterThan(823);
    // Drawn where the phone layout puts it, and coloured.
    const box = (await tile(page, '03750').boundingBox())!;
    expect(box.width).toBeGreaterThan(5);
    expect(await tile(page, '03750').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(rgb(palette.ramps.hk.up[5]));
  });

  test('focus entering the map draws them (a keyboard reader tabbing to it)', async ({ page }) => {
    await page.goto(URL);
    await page.waitForTimeout(300);
    expect(await drawn(page, '03750')).toBe(false);
    await page.locator('#heatmap .hm-sizes a').first().focus();
    await expect.poll(() => drawn(page, '03750')).toBe(true);
  });

  test('a link to a tile (?highlight=) or to the map (#heatmap) draws them at once', async ({ page }) => {
    await page.goto(`${URL}?highlight=03750`);
    await expect.poll(() => drawn(page, '03750')).toBe(true);
    await expect(page.locator('html.hm-later')).toHaveCount(0);
    await page.goto(`${URL}#heatmap`);
    await expect.poll(() => drawn(page, '03750')).toBe(true);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the tiles are simply there', async ({ page }) => {
      await page.goto(URL);
      expect(await drawn(page, '03750')).toBe(true);
    });
  });
});

test.describe('the tiles are drawn a few industries per frame (lib/heatmap/draw-on-approach.ts)', () => {
  /** Lists still waiting for their frame. */
  const waiting = (page: Page) => page.locator('#heatmap .hm-tiles ul.sl').count();

  test('on a desktop the whole map is drawn as the page loads, each industry its own list', async ({ page }) => {
    await page.goto(URL);
    await expect.poll(() => waiting(page)).toBe(0);
    await expect(page.locator('html.hm-slices')).toHaveCount(0);
    await expect(page.getByRole('list', { name: 'Industrials' }).getByRole('listitem', { name: 'CATL (03750), Industrials, +10.19%' })).toBeVisible();
    const lists = await page.locator('#heatmap .hm-tiles ul').evaluateAll((uls) => uls.map((ul) => ul.getAttribute('aria-label')));
    expect(new Set(lists).size).toBe(lists.length);
    expect(lists).toHaveLength(new Set(moves.map((m) => m.industry)).size);
  });

  test('on a phone, once the reader nears the map, at most 150 tiles a frame (or one industry) until all are drawn', async ({ page }) => {
    await page.setViewportSize({ width: 412, height: 823 });
    await page.goto(URL);
    await page.waitForTimeout(300);
    expect(await waiting(page)).toBe(await page.locator('#heatmap .hm-tiles ul').count());
    // Each animation frame: the tiles in lists drawn since the last one.
    const frames = page.evaluate(
      () =>
        new Promise<number[][]>((resolve) => {
          const drawn = new Set<Element>();
          const out: number[][] = [];
          const tick = () => {
            const now = [...document.querySelectorAll('#heatmap .hm-tiles ul')].filter((ul) => !ul.classList.contains('sl') && !drawn.has(ul));
            if (now.length) out.push(now.map((ul) => ul.childElementCount));
            now.forEach((ul) => drawn.add(ul));
            if (drawn.size === document.querySelectorAll('#heatmap .hm-tiles ul').length) resolve(out);
            else requestAnimationFrame(tick);
          };
          requestAnimationFrame(tick);
        }),
    );
    await page.evaluate(() => {
      const top = document.querySelector('#heatmap .hm-tiles')!.getBoundingClientRect().top + window.scrollY;
      window.scrollTo(0, top - window.innerHeight * 1.3);
    });
    const perFrame = await frames;
    expect(perFrame.length).toBeGreaterThan(1);
    for (const lists of perFrame) {
      const tiles = lists.reduce((a, n) => a + n, 0);
      expect(lists.length === 1 || tiles <= 150, `a frame drew ${lists.join(' + ')} tiles`).toBe(true);
    }
    expect(perFrame.flat().reduce((a, n) => a + n, 0)).toBe(await page.locator('#heatmap .t').count());
    await expect(page.locator('html.hm-slices')).toHaveCount(0);
    expect(await tile(page, '03750').evaluate((el) => el.checkVisibility())).toBe(true);
  });
});

test('the Table toggle lists every stock of the map', async ({ page }) => {
  await page.goto(URL);
  await expect(page.locator('#hm-table tbody tr')).toHaveCount(0);
  await page.getByRole('button', { name: 'Table' }).click();
  await expect(page.locator('#hm-table tbody tr')).toHaveCount(moves.length);
  await expect(page.locator('#hm-table tbody tr', { hasText: '03750' })).toContainText('+10.19%');
  await page.getByRole('button', { name: 'Hide table' }).click();
  await expect(page.locator('#hm-table')).toBeHidden();
});

test('tile markup is in the HTML once, not repeated in the RSC payload', async ({ request }) => {
  const html = await (await request.get(URL)).text();
  const tiles = html.match(/class="t s-/g)?.length ?? 0;
  expect(tiles).toBeGreaterThan(400);
  // Any serialised copy of the markup (escaped in the flight data) would contain the class string again.
  expect(html.match(/t s-[pm0]/g)?.length).toBe(tiles);
  expect(html.match(/<b>03750<\/b>/g)?.length).toBe(1);
});

test('recharts loads only when the reader reaches for the summary chart', async ({ page }) => {
  await page.goto(URL);
  await expect(page.locator('.summary-chart .sc-static').first()).toBeVisible();
  await expect(page.locator('.recharts-wrapper')).toHaveCount(0);
  await page.locator('.summary-chart').hover();
  await expect(page.locator('.recharts-wrapper')).toHaveCount(1);
});

test('screenshots: desktop 1440 and phone 375', async ({ browser }) => {
  for (const [name, width, height] of [
    ['desktop', 1440, 1000],
    ['phone', 375, 800],
  ] as const) {
    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
    await page.goto(URL);
    const map = page.locator('#heatmap');
    await map.scrollIntoViewIfNeeded();
    // On the phone the tiles are drawn as the map nears the screen (lib/heatmap/draw-on-approach.ts).
    await expect(page.locator('html.hm-later')).toHaveCount(0);
    await expect(page.locator('html.hm-slices')).toHaveCount(0);
    // Labels never spill: each tile's text fits its box (it is clipped otherwise).
    const spills = await page.$$eval('#heatmap .t', (els) =>
      els.filter((el) => [...el.children].some((c) => getComputedStyle(c).display !== 'none' && (c as HTMLElement).scrollWidth > el.clientWidth + 1)).length,
    );
    expect(spills).toBe(0);
    await map.screenshot({ path: `/tmp/heatmap-${name}.png` });
    await page.close();
  }
});
