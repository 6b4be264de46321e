/**
 * Sharing in Chinese, as other software sees it: the /zh-hk/ embed (no script, Chinese industry names),
 * the Chinese link-preview card (a 1200×630 PNG whose Chinese text is drawn, not tofu), oEmbed for a
 * /zh-hk/ URL, the Chinese chart PNG and the Chinese feed. Figures of 2025-05-21 from ../shared/data/hk:
 * HSI 23,827.78, +146.30, +0.62%; Materials (原材料業) first at +2.24%.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const DATE = '2025-05-21';
const SHOTS = path.join(process.cwd(), 'test-results', 'zh-share');

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * The glyphs of one line of text in a PNG: the image is decoded by the browser (canvas), the band
 * [y0, y1) × [x0, x1) thresholded to ink, and split into runs of inked columns; each run's bitmap is
 * returned as a string, so identical shapes compare equal.
 */
async function glyphRuns(page: Page, png: Buffer, band: { x0: number; x1: number; y0: number; y1: number }): Promise<{ width: number; bits: string }[]> {
  await page.setContent('<canvas id="c"></canvas>');
  return page.evaluate(
    async ({ src, band }) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      const canvas = document.getElementById('c') as HTMLCanvasElement;
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const { data } = ctx.getImageData(band.x0, band.y0, band.x1 - band.x0, band.y1 - band.y0);
      const w = band.x1 - band.x0;
      const h = band.y1 - band.y0;
      const ink = (x: number, y: number) => {
        const i = (y * w + x) * 4;
        return data[i]! + data[i + 1]! + data[i + 2]! < 3 * 128;
      };
      const runs: { width: number; bits: string }[] = [];
      let start = -1;
      for (let x = 0; x <= w; x++) {
        let any = false;
        if (x < w) for (let y = 0; y < h && !any; y++) any = ink(x, y);
        if (any && start < 0) start = x;
        if (!any && start >= 0) {
          let bits = '';
          for (let y = 0; y < h; y++) for (let xx = start; xx < x; xx++) bits += ink(xx, y) ? '1' : '0';
          runs.push({ width: x - start, bits });
          start = -1;
        }
      }
      return runs;
    },
    { src: `data:image/png;base64,${png.toString('base64')}`, band },
  );
}

test.describe('sharing in Chinese', () => {
  test('/zh-hk/embed/2025-05-21 has no script and shows the Chinese industry names', async ({ page, request }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    const res = await page.goto(`/zh-hk/embed/${DATE}`);
    expect(res!.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant-HK');
    await expect(page).toHaveTitle('港股各行業升跌幅 · 2025年5月21日（星期三）');
    const chart = page.locator('svg[role="img"]:visible');
    await expect(chart).toBeVisible();
    await expect(chart.locator('text', { hasText: /^原材料業$/ })).toBeVisible();
    await expect(chart.locator('text', { hasText: /^資訊科技業$/ })).toBeVisible();
    await expect(page.locator('footer a')).toHaveAttribute('href', new RegExp(`/zh-hk/sessions/${DATE}$`));
    expect(scripts).toEqual([]);
    const html = await (await request.get(`/zh-hk/embed/${DATE}`)).text();
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('<th scope="row">原材料業</th><td>+2.24%</td>');
    // The English URL with ?lang=zh-hk answers the same document.
    expect(await (await request.get(`/embed/${DATE}?lang=zh-hk`)).text()).toBe(html);
    fs.mkdirSync(SHOTS, { recursive: true });
    await page.setViewportSize({ width: 800, height: 470 });
    await page.screenshot({ path: path.join(SHOTS, 'embed-zh.png') });
  });

  test("the Chinese page's link-preview card is a 1200×630 PNG whose Chinese heading is drawn, not tofu", async ({ page, request }) => {
    // The card lib/share/preview-images gives the Chinese session page as og:image and twitter:image.
    const res = await request.get(`/sessions/${DATE}/preview.png?lang=zh-hk`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('image/png');
    const zh = Buffer.from(await res.body());
    expect(pngSize(zh)).toEqual({ width: 1200, height: 630 });
    fs.mkdirSync(SHOTS, { recursive: true });
    fs.writeFileSync(path.join(SHOTS, 'og-zh.png'), zh);

    // The heading "2025年5月21日（星期三）" (52 px bold, top left). Tofu would draw every missing glyph as
    // the same box, and a missing font nothing at all. Han characters are the wide runs of ink (digits are
    // about 29 px wide; a character of two parts, like 期, may split into two narrower runs): at least four,
    // and no two alike.
    const band = { x0: 40, x1: 760, y0: 40, y1: 120 };
    const runs = await glyphRuns(page, zh, band);
    const han = runs.filter((r) => r.width >= 32);
    console.log(`heading: ${runs.length} glyph runs, ${han.length} wide, widths ${runs.map((r) => r.width).join(',')}`);
    expect(han.length).toBeGreaterThanOrEqual(4);
    expect(new Set(han.map((r) => r.bits)).size).toBe(han.length);

    // The check can fail: the English card's heading ("Wed 21 May 2025") has no such run of six distinct wide glyphs.
    const en = Buffer.from(await (await request.get(`/sessions/${DATE}/preview.png`)).body());
    expect(pngSize(en)).toEqual({ width: 1200, height: 630 });
    const enRuns = await glyphRuns(page, en, band);
    expect(enRuns.filter((r) => r.width >= 32).length).toBeLessThan(4);
  });

  test('oEmbed for a /zh-hk/ URL answers a Chinese title and the /zh-hk/ embed', async ({ request, baseURL }) => {
    const res = await request.get(`/api/oembed?${new URLSearchParams({ url: `${baseURL}/zh-hk/sessions/${DATE}`, format: 'json' })}`);
    expect(res.status()).toBe(200);
    const body = (await res.json()) as Record<string, string | number>;
    expect(body.title).toBe('港股收市 · 2025年5月21日（星期三）');
    expect(String(body.html)).toContain(`src="${baseURL}/zh-hk/embed/${DATE}"`);
    const thumb = await request.get(String(body.thumbnail_url));
    expect(thumb.status()).toBe(200);
    expect(pngSize(Buffer.from(await thumb.body()))).toEqual({ width: Number(body.thumbnail_width), height: Number(body.thumbnail_height) });
  });

  test('the Chinese summary image: SVG words in Chinese, PNG drawn with the bundled font', async ({ page, request }) => {
    const svg = await (await request.get(`/zh-hk/sessions/${DATE}/summary.svg`)).text();
    expect(svg).toContain('<title>港股各行業升跌幅 · 2025年5月21日（星期三）</title>');
    expect(svg).toMatch(/>原材料業<\/text>/);
    const png = Buffer.from(await (await request.get(`/zh-hk/sessions/${DATE}/summary.png`)).body());
    expect(pngSize(png)).toEqual({ width: 1200, height: 675 });
    fs.mkdirSync(SHOTS, { recursive: true });
    fs.writeFileSync(path.join(SHOTS, 'summary-zh.png'), png);
    // The first row's label "原材料業" (right-aligned before the bars; the 800-wide SVG drawn 1.5×): at least
    // four runs of ink (材 and 料 may split into their parts), no two alike. Four tofu boxes would be alike.
    const runs = await glyphRuns(page, png, { x0: 150, x1: 292, y0: 80, y1: 108 });
    console.log(`summary.png first label: ${runs.length} runs, widths ${runs.map((r) => r.width).join(',')}`);
    expect(runs.length).toBeGreaterThanOrEqual(4);
    expect(new Set(runs.map((r) => r.bits)).size).toBe(runs.length);
  });

  test('/zh-hk/feed.xml is the Chinese feed with links to /zh-hk/ pages', async ({ request, baseURL }) => {
    const res = await request.get('/zh-hk/feed.xml');
    expect(res.status()).toBe(200);
    const xml = await res.text();
    expect(xml).toContain('xml:lang="zh-Hant-HK"');
    expect(xml).toContain(`<link rel="self" type="application/atom+xml" href="${baseURL}/zh-hk/feed.xml"/>`);
    expect(xml).toContain(`<id>${baseURL}/zh-hk/sessions/${DATE}</id>`);
    expect(xml).toContain('<summary>恒指報23,827.78，+146.30（+0.62%）。');
    const recaps = await (await request.get('/zh-hk/feed/recaps.xml')).text();
    expect(recaps).toContain('<title>港股收市回顧：每週及每月回顧</title>');
    expect(recaps).toContain(`<id>${baseURL}/zh-hk/weeks/2025-W21</id>`);
  });
});
