/**
 * Sharing as other software sees it: a wiki on another origin framing the embed, a link-preview client
 * reading the permalink, an oEmbed consumer, image-only wikis loading the chart URLs. A second
 * `next start` (same build) runs with EMBED_ALLOWED_ORIGINS set and DATA_DIR pointing at a hand-written
 * sparse session, for the framing refusal and the sparse images.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import ogs from 'open-graph-scraper';
import { dayMoves } from '../unit/heatmap/hk-data';

const DATE = '2025-05-21';
const SHOTS = path.join(process.cwd(), 'test-results', 'share');

/** A tiny HTTP server standing in for a wiki: every path answers `html`. */
async function wiki(html: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function freePort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** PNG width and height from the IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Loads `src` as an <img> in a page and returns its natural size (0 × 0 when it does not decode). */
async function imageNaturalSize(page: Page, src: string): Promise<{ w: number; h: number }> {
  return page.evaluate(
    (url) =>
      new Promise<{ w: number; h: number }>((resolve) => {
        const img = new Image();
        img.onload = () => resolve({ w: img.naturalWidth, h: img.naturalHeight });
        img.onerror = () => resolve({ w: 0, h: 0 });
        img.src = url;
      }),
    src,
  );
}

function iframePage(src: string, w = 800, h = 450): string {
  return `<!doctype html><html><body style="margin:0;background:#ddd"><iframe id="chart" src="${src}" width="${w}" height="${h}" style="border:0"></iframe></body></html>`;
}

test.describe('share and embed', () => {
  let second: ChildProcess | undefined;
  let secondUrl = '';
  let allowedOrigin = '';
  let allowedWiki: Awaited<ReturnType<typeof wiki>> | undefined;
  let tmp = '';

  test.beforeAll(async ({}, info) => {
    info.setTimeout(120_000);
    // The wiki allowed to frame the second server's embeds: its origin must be known before that server starts.
    allowedWiki = await wiki('placeholder');
    allowedOrigin = new URL(allowedWiki.url).origin;

    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'share-e2e-'));
    fs.mkdirSync(path.join(tmp, 'sessions'));
    fs.copyFileSync(path.join(process.cwd(), 'data', 'hkex-calendar.csv'), path.join(tmp, 'hkex-calendar.csv'));
    fs.writeFileSync(
      path.join(tmp, 'sessions', `${DATE}.json`),
      JSON.stringify({
        schemaVersion: 1,
        date: DATE,
        market: 'XHKG',
        session: 'full',
        indices: [{ id: 'HSI', name: 'Hang Seng Index', close: 23827.78, changePct: 0.6178 }],
        stocks: [
          { code: '03750', name: 'CATL', nameZh: '寧德時代', sector: 'Industrials', changePct: 10.19 },
          { code: '00700', name: 'TENCENT', sector: 'Information Technology', changePct: 0.69 },
          { code: '02899', name: 'ZIJIN MINING & <Co>', sector: 'Materials', changePct: -1.5 },
        ],
      }),
    );

    const port = await freePort();
    secondUrl = `http://127.0.0.1:${port}`;
    second = spawn(process.execPath, [path.join('node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', String(port), '-H', '127.0.0.1'], {
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', SITE_URL: secondUrl, DATA_DIR: tmp, EMBED_ALLOWED_ORIGINS: allowedOrigin },
      stdio: 'ignore',
    });
    for (let i = 0; i < 120; i++) {
      try {
        if ((await fetch(`${secondUrl}/api/health`)).ok) return;
      } catch {
        // not up yet
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error('second next start did not come up');
  });

  test.afterAll(async () => {
    if (second?.pid) second.kill('SIGTERM');
    await allowedWiki?.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  test('a wiki on another origin frames /embed and the chart shows Materials at the equal-weighted mean', async ({ page, baseURL }) => {
    // Independent expectation from the vendor closes (extreme moves are kept out of averages).
    const materials = dayMoves('2025-05-20', DATE).filter((m) => m.industry === 'Materials' && Math.abs(m.pct) <= 50);
    const mean = materials.reduce((s, m) => s + m.pct, 0) / materials.length;
    const expected = `${mean >= 0 ? '+' : '-'}${Math.abs(mean).toFixed(2)}%`;
    expect(expected).toBe('+2.24%');

    const host = await wiki(iframePage(`${baseURL}/embed/${DATE}`));
    try {
      await page.goto(host.url);
      const frame = page.frameLocator('#chart');
      const svg = frame.locator('svg[role="img"]:visible');
      await expect(svg).toBeVisible();
      await expect(svg.locator('g', { hasText: 'Materials' }).first()).toContainText(expected);
      const link = frame.locator('footer a');
      await expect(link).toHaveAttribute('href', `${baseURL}/sessions/${DATE}`);
      await expect(link).toHaveAttribute('target', '_blank');
      // The chart fills the frame (scaled by its viewBox), not a fixed 800 px box.
      const box = await svg.boundingBox();
      expect(box!.width).toBeGreaterThan(700);
    } finally {
      await host.close();
    }
  });

  test('an origin outside EMBED_ALLOWED_ORIGINS cannot frame the embed; the allowed one can', async ({ page, request }) => {
    const res = await request.get(`${secondUrl}/embed/${DATE}`);
    expect(res.headers()['content-security-policy']).toContain(`frame-ancestors ${allowedOrigin}`);
    expect(res.headers()['x-frame-options']).toBeUndefined();

    const stranger = await wiki(iframePage(`${secondUrl}/embed/${DATE}`));
    try {
      await page.goto(stranger.url);
      await page.waitForTimeout(1000);
      const frame = page.frames().find((f) => f !== page.mainFrame());
      expect(frame).toBeDefined();
      // Chromium swaps a refused frame for its error page: no chart in it.
      expect(await frame!.locator('svg[role="img"]').count()).toBe(0);
      expect(await frame!.getByText('Materials').count()).toBe(0);
    } finally {
      await stranger.close();
    }

    // The same page served from the allowed origin frames it fine (the control).
    await allowedWiki!.close();
    const allowed = http.createServer((_req, r) => {
      r.writeHead(200, { 'Content-Type': 'text/html' });
      r.end(iframePage(`${secondUrl}/embed/${DATE}`));
    });
    await new Promise<void>((resolve) => allowed.listen(Number(new URL(allowedOrigin).port), '127.0.0.1', resolve));
    try {
      await page.goto(`${allowedOrigin}/`);
      await expect(page.frameLocator('#chart').locator('svg[role="img"]:visible')).toBeVisible();
    } finally {
      await new Promise((resolve) => allowed.close(resolve));
      allowedWiki = undefined;
    }
  });

  test('the session page cannot be framed at all', async ({ page, baseURL, request }) => {
    const res = await request.get(`/sessions/${DATE}`);
    expect(res.headers()['x-frame-options']).toBe('DENY');
    expect(res.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    const host = await wiki(iframePage(`${baseURL}/sessions/${DATE}`));
    try {
      await page.goto(host.url);
      await page.waitForTimeout(1000);
      const frame = page.frames().find((f) => f !== page.mainFrame());
      // Chromium shows its own "refused to connect" page in place of the session.
      expect(await frame!.getByTestId('close-HSI').count()).toBe(0);
      expect(await frame!.getByRole('heading', { name: 'Wed 21 May 2025' }).count()).toBe(0);
    } finally {
      await host.close();
    }
  });

  test('/embed transfers no script and stays small', async ({ page, request }, info) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    const response = await page.goto(`/embed/${DATE}`);
    expect(response!.status()).toBe(200);
    await expect(page.locator('svg[role="img"]:visible')).toBeVisible();
    expect(scripts).toEqual([]);
    const html = await (await request.get(`/embed/${DATE}`)).text();
    expect(html).not.toMatch(/<script/i);
    const gz = zlib.gzipSync(html, { level: 9 }).length;
    info.annotations.push({ type: 'embed gzip bytes', description: String(gz) });
    console.log(`/embed/${DATE}: ${html.length} bytes, ${gz} bytes gzipped`);
    expect(gz).toBeLessThanOrEqual(40 * 1024);
  });

  test('unknown and malformed embed dates are 404', async ({ request }) => {
    for (const d of ['2025-05-31', '2025-13-01', 'latest', '..%2Fetc']) {
      expect((await request.get(`/embed/${d}`)).status()).toBe(404);
    }
  });

  test('a link-preview client reads title, description and a 1200×630 PNG image', async ({ baseURL }) => {
    const { result } = await ogs({ url: `${baseURL}/sessions/${DATE}` });
    expect(result.ogTitle).toBe('Hong Kong close, Wed 21 May 2025');
    expect(result.ogDescription).toContain('The Hang Seng Index closed up 0.62% at 23,827.78');
    expect(result.twitterCard).toBe('summary_large_image');
    const image = result.ogImage?.[0];
    expect(image?.url).toMatch(new RegExp(`^${baseURL}/sessions/${DATE}/opengraph-image`));
    const res = await fetch(image!.url);
    expect(res.headers.get('content-type')).toBe('image/png');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
    fs.mkdirSync(SHOTS, { recursive: true });
    fs.writeFileSync(path.join(SHOTS, 'og.png'), bytes);
  });

  test('oEmbed: discovered from the page, spec fields present, thumbnail decodes at its stated size', async ({ request, baseURL }) => {
    const html = await (await request.get(`/sessions/${DATE}`)).text();
    const href = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html)?.[1]?.replace(/&amp;/g, '&');
    expect(href).toBeDefined();
    const res = await request.get(`${href!}&maxwidth=640`);
    expect(res.status()).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'HK Market Recap', width: 640, height: 360 });
    expect(body.html).toMatch(new RegExp(`^<iframe src="${baseURL}/embed/${DATE}" width="640" height="360"`));
    const thumb = await request.get(body.thumbnail_url as string);
    expect(pngSize(await thumb.body())).toEqual({ width: body.thumbnail_width, height: body.thumbnail_height });

    expect((await request.get(`/api/oembed?url=${encodeURIComponent(`${baseURL}/sessions/${DATE}`)}&format=xml`)).status()).toBe(501);
    expect((await request.get(`/api/oembed?url=${encodeURIComponent('https://example.com/sessions/2025-05-21')}`)).status()).toBe(404);
    expect((await request.get(`/api/oembed?url=${encodeURIComponent(`${baseURL}/sessions/2025-05-31`)}`)).status()).toBe(404);
    expect((await request.get('/api/oembed')).status()).toBe(400);
  });

  test('chart images decode, for a full session and for a sparse hand-written one', async ({ page, request, baseURL }) => {
    for (const base of [baseURL!, secondUrl]) {
      // Decode each image on a page of its own origin: pages allow images from 'self' only (CSP img-src).
      await page.goto(`${base}/sessions/${DATE}`);
      for (const chart of ['summary', 'heatmap']) {
        const svg = await request.get(`${base}/sessions/${DATE}/${chart}.svg`);
        expect(svg.status()).toBe(200);
        expect(svg.headers()['content-type']).toBe('image/svg+xml; charset=utf-8');
        expect(svg.headers()['cache-control']).toBe('public, max-age=0, s-maxage=30, stale-while-revalidate=30');
        expect(svg.headers()['etag']).toBeTruthy();
        const text = await svg.text();
        expect(text).toMatch(/^<svg [^>]*role="img" aria-label="[^"]+"/);
        expect(text).toContain('<title>');
        expect(text).not.toContain('<Co>');
        // The browser decodes it as an image (a malformed SVG has naturalWidth 0).
        const size = await imageNaturalSize(page, `${base}/sessions/${DATE}/${chart}.svg`);
        expect(size.w).toBeGreaterThan(0);

        const png = await request.get(`${base}/sessions/${DATE}/${chart}.png`);
        expect(png.headers()['content-type']).toBe('image/png');
        const dims = pngSize(await png.body());
        expect(dims.width).toBe(1200);
        expect((await imageNaturalSize(page, `${base}/sessions/${DATE}/${chart}.png`)).w).toBe(1200);
        if (base === baseURL) {
          fs.mkdirSync(SHOTS, { recursive: true });
          fs.writeFileSync(path.join(SHOTS, `${chart}.png`), await png.body());
        } else {
          fs.writeFileSync(path.join(SHOTS, `sparse-${chart}.png`), await png.body());
        }
      }
    }
    const revalidate = await request.get(`/sessions/${DATE}/summary.png`);
    const again = await request.get(`/sessions/${DATE}/summary.png`, { headers: { 'If-None-Match': revalidate.headers()['etag']! } });
    expect(again.status()).toBe(304);
  });

  test('CSV and JSON downloads at stable URLs', async ({ request }) => {
    const csv = await request.get(`/sessions/${DATE}.csv`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(csv.headers()['content-disposition']).toBe(`attachment; filename="hk-session-${DATE}.csv"`);
    const lines = (await csv.text()).split('\r\n');
    expect(lines[0]).toBe('code,name,nameZh,industry,themes,changePct,close,prevClose,volume,turnover,closeBasis');
    expect(lines.filter(Boolean)).toHaveLength(492);
    const json = await request.get(`/sessions/${DATE}.json`);
    expect(json.headers()['content-disposition']).toBe(`attachment; filename="hk-session-${DATE}.json"`);
    const data = (await json.json()) as { date: string; stocks: unknown[] };
    expect(data.date).toBe(DATE);
    expect(data.stocks).toHaveLength(491);
    // The download is the contract file itself (the bundled file has no unknown fields to drop).
    expect(data).toEqual(JSON.parse(fs.readFileSync(path.resolve(`data/sessions/${DATE}.json`), 'utf8')));
    expect((await request.get('/sessions/2025-05-31.csv')).status()).toBe(404);
  });

  test('share panel: snippets, copy, and screenshots of the embed in light and dark', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.goto(`/sessions/${DATE}?colors=cb`);
    const panel = page.getByTestId('share-panel');
    await expect(panel.getByRole('textbox', { name: 'Link to this view' })).toHaveValue(`${baseURL}/sessions/${DATE}?colors=cb`);
    await expect(panel.getByRole('textbox', { name: 'Embed (iframe, no JavaScript)' })).toHaveValue(new RegExp(`^<iframe src="${baseURL}/embed/${DATE}\\?colors=cb"`));
    await expect(panel.getByRole('textbox', { name: 'Markdown image' })).toHaveValue(`[![Hong Kong industries, % change, Wed 21 May 2025](${baseURL}/sessions/${DATE}/summary.svg?colors=cb)](${baseURL}/sessions/${DATE})`);
    await panel.getByTestId('copy-share-link').click();
    await expect(panel.getByTestId('copy-share-link')).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/sessions/${DATE}?colors=cb`);
    await expect(panel.getByRole('link', { name: 'All sessions by month' })).toHaveAttribute('href', '/sessions');
    fs.mkdirSync(SHOTS, { recursive: true });
    await panel.screenshot({ path: path.join(SHOTS, 'share-panel.png') });

    for (const theme of ['light', 'dark']) {
      const host = await wiki(iframePage(`${baseURL}/embed/${DATE}?theme=${theme}`));
      await page.goto(host.url);
      await expect(page.frameLocator('#chart').locator('svg[role="img"]:visible')).toBeVisible();
      await page.locator('#chart').screenshot({ path: path.join(SHOTS, `embed-${theme}.png`) });
      await host.close();
    }
    const host = await wiki(iframePage(`${baseURL}/embed/${DATE}?chart=heatmap&theme=dark&colors=mainland`));
    await page.goto(host.url);
    await page.locator('#chart').screenshot({ path: path.join(SHOTS, 'embed-heatmap-dark.png') });
    await host.close();
  });
});
