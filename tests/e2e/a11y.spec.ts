/**
 * Accessibility as a reader relying on it would check: axe (WCAG 2.0/2.1 A and AA) finds nothing serious
 * or critical on any kind of page in either theme; the session page can be walked with Tab, every stop
 * showing where focus is; and the page works on a 320 px wide phone without sideways scrolling.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';

const DATE = '2025-05-21';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const THEMES = ['light', 'dark'] as const;

/** Every kind of page: the latest session (via the / redirect), a session, a zoomed heatmap, the archive, the embeds, a 404. */
const PAGES: { name: string; path: string; status: number }[] = [
  { name: 'home (redirects to the latest session)', path: '/', status: 200 },
  { name: 'session page', path: `/sessions/${DATE}`, status: 200 },
  { name: 'heatmap zoomed on Materials by turnover', path: `/sessions/${DATE}?sector=Materials&size=turnover`, status: 200 },
  { name: 'archive', path: '/sessions', status: 200 },
  { name: 'embed (summary chart)', path: `/embed/${DATE}`, status: 200 },
  { name: 'embed (heatmap)', path: `/embed/${DATE}?chart=heatmap`, status: 200 },
  { name: '404 page', path: '/sessions/2025-05-31', status: 404 },
];

async function themedPage(browser: Browser, theme: (typeof THEMES)[number], viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ colorScheme: theme, viewport });
  return { context, page: await context.newPage() };
}

/** A readable list of violations: rule, impact, the elements and axe's summary of what fails. */
function describe(violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']): string {
  return violations
    .map((v) =>
      [
        `${v.id} (${v.impact}): ${v.help}`,
        ...v.nodes.slice(0, 8).map((n) => `  ${n.target.join(' ')}\n    ${(n.failureSummary ?? '').replace(/\n/g, '\n    ')}`),
        v.nodes.length > 8 ? `  …and ${v.nodes.length - 8} more` : '',
      ]
        .filter(Boolean)
        .join('\n'),
    )
    .join('\n\n');
}

test.describe('axe finds no serious or critical WCAG 2.1 AA violation', () => {
  for (const theme of THEMES) {
    for (const { name, path, status } of PAGES) {
      // The embed takes its theme from ?theme= (it has no script to read the system setting).
      const url = theme === 'dark' && path.startsWith('/embed/') ? `${path}${path.includes('?') ? '&' : '?'}theme=dark` : path;
      test(`${name} (${url}) in the ${theme} theme`, async ({ browser }) => {
        const { context, page } = await themedPage(browser, theme);
        try {
          const response = await page.goto(url);
          expect(response?.status()).toBe(status);
          if (!path.startsWith('/embed/')) {
            // A notFound() page is drawn after hydration (Next's error boundaries do not run on the server).
            await expect(page.locator('main h1')).toBeVisible();
            // The theme really is in force: the page background follows the system setting.
            const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
            expect(bg).toBe(theme === 'dark' ? 'rgb(15, 18, 22)' : 'rgb(246, 247, 249)');
          }
          const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
          const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
          if (bad.length > 0) console.log(`axe on ${url} (${theme}):\n${describe(bad)}`);
          expect(bad, describe(bad)).toEqual([]);
        } finally {
          await context.close();
        }
      });
    }
  }
});

/** "rgb(r, g, b)" → WCAG relative luminance. */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio of two opaque colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** An element's text colour and the background it sits on (its own, or `on`'s). */
async function colours(el: Locator, on: Locator = el): Promise<{ fg: string; bg: string }> {
  return { fg: await el.evaluate((e) => getComputedStyle(e).color), bg: await on.evaluate((e) => getComputedStyle(e).backgroundColor) };
}

test.describe('warnings stay readable in both ways of getting the dark theme', () => {
  // The system setting (no toggle) and the toggle set the theme by different selectors; a colour written
  // for only one of them left the extreme-move note dark brown on the dark tooltip.
  for (const how of ['system setting', 'theme toggle'] as const) {
    test(`2025-06-30: the extreme-move note in the tooltip and the data-notes badge, dark by ${how}`, async ({ browser }) => {
      const context = await browser.newContext({ colorScheme: how === 'system setting' ? 'dark' : 'light' });
      if (how === 'theme toggle') await context.addInitScript(() => localStorage.setItem('hkmr-theme', 'dark'));
      const page = await context.newPage();
      try {
        await page.goto('/sessions/2025-06-30');
        // UBOX ONLINE (02429) rose 53.85 % that day: the one extreme move of the session.
        const extreme = page.locator('#heatmap .t.x');
        await expect(extreme).toHaveCount(1);
        await extreme.scrollIntoViewIfNeeded();
        await extreme.hover();
        await expect(page.locator('.hm-extreme')).toContainText('Extreme move');
        // axe reports text over the floating tooltip as "needs review", so the ratio is computed here.
        const note = await colours(page.locator('.hm-extreme'), page.getByTestId('heatmap-tooltip'));
        expect(contrast(note.fg, note.bg), `extreme-move note ${note.fg} on ${note.bg}`).toBeGreaterThanOrEqual(4.5);
        const badge = await colours(page.locator('[data-testid=data-notes] .badge.warn'));
        expect(contrast(badge.fg, badge.bg), `data-notes badge ${badge.fg} on ${badge.bg}`).toBeGreaterThanOrEqual(4.5);
        // And it is a dark-theme badge: darker than the dark page's text.
        expect(luminance(badge.bg)).toBeLessThan(luminance(await page.evaluate(() => getComputedStyle(document.body).color)));
      } finally {
        await context.close();
      }
    });
  }
});

interface Stop {
  tag: string;
  text: string;
  role: string | null;
  /** A tile of the heatmap (an item of its list). */
  tile: boolean;
  testid: string | null;
  outline: string;
  boxShadow: string;
  visible: boolean;
}

/** What has focus, and whether it shows it (an outline or a box-shadow ring). */
async function focused(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const cs = getComputedStyle(el);
    const outlineWidth = parseFloat(cs.outlineWidth) || 0;
    const outline = `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}`;
    const hasOutline = cs.outlineStyle !== 'none' && outlineWidth > 0 && cs.outlineColor !== 'rgba(0, 0, 0, 0)';
    const hasShadow = cs.boxShadow !== 'none' && cs.boxShadow !== '';
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 60),
      role: el.getAttribute('role'),
      tile: el.closest('.hm-tiles li') === el,
      testid: el.getAttribute('data-testid'),
      outline,
      boxShadow: cs.boxShadow,
      visible: hasOutline || hasShadow,
    };
  });
}

test.describe('keyboard', () => {
  for (const theme of THEMES) {
    test(`Tab walks the session page to the share panel's Copy buttons, every stop with a visible focus (${theme})`, async ({ browser }) => {
      const { context, page } = await themedPage(browser, theme);
      try {
        await page.goto(`/sessions/${DATE}`);
        await page.waitForLoadState('networkidle');
        const stops: Stop[] = [];
        for (let i = 0; i < 400; i++) {
          await page.keyboard.press('Tab');
          const stop = await focused(page);
          if (!stop) break; // back to the browser chrome: the walk has wrapped
          stops.push(stop);
          if (stop.testid?.startsWith('copy-share-html')) break; // the last Copy button of the share panel
        }
        const trail = stops.map((s, i) => `${i + 1}. <${s.tag}${s.role ? ` role=${s.role}` : ''}> ${s.text} [outline ${s.outline}; shadow ${s.boxShadow}]`).join('\n');
        const invisible = stops.filter((s) => !s.visible);
        expect(invisible, `stops without a visible focus:\n${trail}`).toEqual([]);

        const has = (pred: (s: Stop) => boolean, what: string) => expect(stops.some(pred), `${what} is not a Tab stop:\n${trail}`).toBe(true);
        expect(stops[0]?.text, 'the first stop is the skip link').toBe('Skip to content');
        has((s) => s.tag === 'a' && s.text === 'All sessions', 'the header link to the archive');
        expect(stops.filter((s) => s.tag === 'select').length, 'both preference selects').toBe(2);
        has((s) => s.testid === 'prev-session', 'the previous-session link');
        has((s) => s.testid === 'next-session', 'the next-session link');
        has((s) => s.tag === 'li' && !s.tile, 'a takeaway');
        has((s) => s.tag === 'a' && /zoom in$/.test(s.text), 'an industry link of the heatmap');
        // The map is one Tab stop; arrow keys move inside it.
        expect(stops.filter((s) => s.tile).length, `the heatmap tiles are one Tab stop:\n${trail}`).toBe(1);
        has((s) => s.tag === 'a' && s.text === 'Turnover', 'the size-by-turnover link');
        has((s) => s.tag === 'button' && /^(Table|Hide table)$/.test(s.text), 'the heatmap table toggle');
        has((s) => s.tag === 'button' && /explore/i.test(s.text), "the summary chart's explore button");
        has((s) => s.testid === 'copy-share-link', "the share panel's first Copy button");
        expect(stops.at(-1)?.testid, `Tab never reached the share panel's last Copy button:\n${trail}`).toBe('copy-share-html');
      } finally {
        await context.close();
      }
    });
  }

  test('Enter on Explore wakes the summary chart and keeps focus in it', async ({ page }) => {
    await page.goto(`/sessions/${DATE}`);
    const explore = page.getByRole('button', { name: 'Explore' });
    await explore.focus();
    await page.keyboard.press('Enter');
    await expect(explore).toHaveCount(0);
    await expect(page.locator('.summary-chart .sc-body')).toBeFocused();
    await expect(page.locator('.summary-chart .recharts-wrapper')).toBeVisible();
  });

  test('the skip link shows when focused and moves focus to the main content', async ({ page }) => {
    await page.goto(`/sessions/${DATE}`);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    const box = await skip.boundingBox();
    expect(box && box.x >= 0 && box.y >= 0, 'the skip link is on screen when focused').toBe(true);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
  });
});

test.describe('320 px wide phone', () => {
  for (const theme of THEMES) {
    test(`the session page fits 320 px without sideways scroll and shows the heatmap (${theme})`, async ({ browser }) => {
      const { context, page } = await themedPage(browser, theme, { width: 320, height: 640 });
      try {
        await page.goto(`/sessions/${DATE}`);
        await page.waitForLoadState('networkidle');
        const { scrollWidth, offenders } = await page.evaluate(() => {
          const width = document.documentElement.clientWidth;
          // Elements poking out of the viewport and not inside something that scrolls on its own.
          const offenders = [...document.querySelectorAll<HTMLElement>('body *')]
            .filter((el) => {
              const r = el.getBoundingClientRect();
              if (r.width === 0 || r.right <= width + 1) return false;
              for (let p = el.parentElement; p; p = p.parentElement) {
                const ox = getComputedStyle(p).overflowX;
                if (ox === 'auto' || ox === 'scroll' || ox === 'hidden' || ox === 'clip') return false;
              }
              return true;
            })
            .slice(0, 10)
            .map((el) => `${el.tagName.toLowerCase()}.${el.className} right=${Math.round(el.getBoundingClientRect().right)}`);
          return { scrollWidth: document.documentElement.scrollWidth, offenders };
        });
        expect(scrollWidth, `the document scrolls sideways; widest elements:\n${offenders.join('\n')}`).toBeLessThanOrEqual(321);
        // Nothing spills out of its panel either (short of the page edge, so scrollWidth would not notice).
        const spilling = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('.panel')].flatMap((panel) => {
            const edge = panel.getBoundingClientRect().right;
            const out = [...panel.querySelectorAll<HTMLElement>('input, textarea, button, a, select, svg, img')].filter((el) => {
              const r = el.getBoundingClientRect();
              return r.width > 0 && r.right > edge + 1 && !el.closest('.table-wrap, .hm-map, .visually-hidden');
            });
            return out.map((el) => `${panel.id || panel.className}: <${el.tagName.toLowerCase()}> ${(el.textContent ?? '').trim().slice(0, 30)}`);
          }),
        );
        expect(spilling, 'controls sticking out of their panel').toEqual([]);

        const map = page.locator('.hm-map');
        await expect(map).toBeVisible();
        const box = await map.boundingBox();
        expect(box!.width).toBeGreaterThan(250);
        expect(box!.x + box!.width).toBeLessThanOrEqual(321);
        expect(await page.locator('.hm-map .t').count()).toBeGreaterThan(50);
        // The tiles are drawn as the reader scrolls near the map (lib/heatmap/draw-on-approach.ts).
        await map.scrollIntoViewIfNeeded();
        await expect(page.locator('.hm-map .t').first()).toBeVisible();
        await page.screenshot({ path: theme === 'light' ? '/tmp/a11y-320.png' : '/tmp/a11y-320-dark.png', fullPage: true });
      } finally {
        await context.close();
      }
    });
  }

  test('axe finds nothing serious at 320 px either (tables that scroll sideways must be reachable)', async ({ browser }) => {
    const { context, page } = await themedPage(browser, 'light', { width: 320, height: 640 });
    try {
      await page.goto(`/sessions/${DATE}`);
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad, describe(bad)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  for (const path of ['/sessions', '/sessions/2025-05-31', `/sessions/${DATE}?sector=Materials&size=turnover`]) {
    test(`${path} fits 320 px without sideways scroll`, async ({ browser }) => {
      const { context, page } = await themedPage(browser, 'light', { width: 320, height: 640 });
      try {
        await page.goto(path);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(321);
      } finally {
        await context.close();
      }
    });
  }
});
