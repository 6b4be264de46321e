/**
 * Deploying anywhere (issue 11): links from the request when SITE_URL is unset, ALLOWED_HOSTS, the Atom
 * feed, embeds that follow the reader's colour scheme without script, icons, and a clean console.
 * Expected values come from the bundled data files and the URLs the test itself started, not from the app.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startNext, type Server } from './support/servers';

const DATE = '2025-05-21';
const SESSIONS = path.resolve('data/sessions');
/** The newest bundled session file, read from the folder here (every bundled file is valid). */
const LATEST = fs.readdirSync(SESSIONS).filter((f) => /^\d{4}-\d{2}-\d{2}\.json$/.test(f)).sort().at(-1)!.slice(0, 10);

/** GET with a chosen Host header (fetch does not let a test forge it). */
function getWithHost(url: string, host: string): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    const req = http.request({ host: u.hostname, port: u.port, path: `${u.pathname}${u.search}`, headers: { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function attr(page: Page, selector: string, name: string): Promise<string> {
  const value = await page.locator(selector).first().getAttribute(name);
  if (value === null) throw new Error(`${selector} has no ${name}`);
  return value;
}

test.describe('served on another port with no SITE_URL', () => {
  let server: Server;
  test.beforeAll(async () => {
    server = await startNext({ SITE_URL: '' });
  });
  test.afterAll(async () => server?.stop());

  test('canonical, og:image, twitter:image, snippets, downloads, feed link and oEmbed use that host and port', async ({ page, request }) => {
    const origin = server.url;
    expect(new URL(origin).port).not.toBe('3000');
    await page.goto(`${origin}/sessions/${DATE}`);
    expect(await attr(page, 'link[rel="canonical"]', 'href')).toBe(`${origin}/sessions/${DATE}`);
    expect(await attr(page, 'meta[property="og:image"]', 'content')).toMatch(new RegExp(`^${origin}/sessions/${DATE}/opengraph-image`));
    expect(await attr(page, 'meta[name="twitter:image"]', 'content')).toMatch(new RegExp(`^${origin}/sessions/${DATE}/twitter-image`));
    expect(await attr(page, 'link[rel="alternate"][type="application/atom+xml"]', 'href')).toBe(`${origin}/feed.xml`);

    const panel = page.getByTestId('share-panel');
    await expect(panel.getByRole('textbox', { name: 'Link to this view' })).toHaveValue(`${origin}/sessions/${DATE}`);
    await expect(panel.getByRole('textbox', { name: 'Embed (iframe, no JavaScript)' })).toHaveValue(new RegExp(`^<iframe src="${origin}/embed/${DATE}" `));
    await expect(panel.getByRole('textbox', { name: 'Markdown image' })).toHaveValue(`[![Hong Kong industries, % change, Wed 21 May 2025](${origin}/sessions/${DATE}/summary.svg)](${origin}/sessions/${DATE})`);
    expect(await attr(page, '[data-testid="export-csv"]', 'href')).toBe(`${origin}/sessions/${DATE}.csv`);
    // Nothing on the page points at the default origin.
    expect(await page.content()).not.toContain('localhost:3000');

    // The preview image itself answers at that address.
    const og = await request.get(await attr(page, 'meta[property="og:image"]', 'content'));
    expect(og.status()).toBe(200);
    expect(og.headers()['content-type']).toBe('image/png');

    const oembedHref = await attr(page, 'link[type="application/json+oembed"]', 'href');
    expect(oembedHref.startsWith(`${origin}/api/oembed?`)).toBe(true);
    const oembed = await (await request.get(oembedHref)).json();
    expect(oembed.provider_url).toBe(`${origin}/`);
    expect(oembed.html).toMatch(new RegExp(`^<iframe src="${origin}/embed/${DATE}" width="800" height="450" `));
    expect(oembed.thumbnail_url).toBe(`${origin}/sessions/${DATE}/summary.png`);
  });

  test('the same server reached by another name links to that name', async () => {
    const other = `localhost:${server.port}`;
    const res = await getWithHost(`${server.url}/sessions/${DATE}`, other);
    expect(res.status).toBe(200);
    expect(res.body).toContain(`<link rel="canonical" href="http://${other}/sessions/${DATE}"/>`);
    expect(res.body).not.toContain(`${server.url}/sessions/${DATE}"`);
    // And the first name still gets its own links (the response cache keys on the host).
    const again = await getWithHost(`${server.url}/sessions/${DATE}`, `127.0.0.1:${server.port}`);
    expect(again.body).toContain(`<link rel="canonical" href="${server.url}/sessions/${DATE}"/>`);
  });
});

test.describe('ALLOWED_HOSTS', () => {
  let server: Server;
  test.beforeAll(async () => {
    server = await startNext({ SITE_URL: '', ALLOWED_HOSTS: '127.0.0.1' });
  });
  test.afterAll(async () => server?.stop());

  test('a forged Host gets 400 on every route; the allowed one gets the page', async () => {
    for (const p of [`/sessions/${DATE}`, `/embed/${DATE}`, `/sessions/${DATE}/summary.png`, '/feed.xml', `/api/oembed?url=http://evil.example/sessions/${DATE}`, '/']) {
      const forged = await getWithHost(`${server.url}${p}`, 'evil.example');
      expect(forged.status, p).toBe(400);
      expect(forged.body).toBe('Host "evil.example" is not served here (ALLOWED_HOSTS).\n');
      expect(forged.headers['cache-control']).toBe('no-store');
    }
    const ok = await getWithHost(`${server.url}/sessions/${DATE}`, `127.0.0.1:${server.port}`);
    expect(ok.status).toBe(200);
    expect(ok.body).not.toContain('evil.example');
  });
});

test('/feed.xml is Atom 1.0: the latest session first, absolute links, and every page advertises it', async ({ page, request, baseURL }) => {
  const res = await request.get('/feed.xml');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
  const xml = await res.text();
  await page.goto(`/sessions/${DATE}`);
  expect(await attr(page, 'link[rel="alternate"][type="application/atom+xml"]', 'href')).toBe(`${baseURL}/feed.xml`);

  const feed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const ns = 'http://www.w3.org/2005/Atom';
    const root = doc.documentElement;
    const child = (el: Element, name: string) => [...el.children].filter((c) => c.namespaceURI === ns && c.localName === name);
    const text1 = (el: Element, name: string) => child(el, name)[0]?.textContent ?? null;
    return {
      parseError: doc.getElementsByTagName('parsererror').length > 0,
      root: `${root.namespaceURI} ${root.localName}`,
      id: text1(root, 'id'),
      title: text1(root, 'title'),
      updated: text1(root, 'updated'),
      self: child(root, 'link').find((l) => l.getAttribute('rel') === 'self')?.getAttribute('href'),
      hrefs: [...doc.getElementsByTagNameNS(ns, 'link')].map((l) => l.getAttribute('href')),
      entries: child(root, 'entry').map((e) => ({
        id: text1(e, 'id'),
        title: text1(e, 'title'),
        updated: text1(e, 'updated'),
        published: text1(e, 'published'),
        link: child(e, 'link')[0]?.getAttribute('href'),
        contentType: child(e, 'content')[0]?.getAttribute('type'),
        content: text1(e, 'content'),
      })),
    };
  }, xml);

  expect(feed.parseError).toBe(false);
  expect(feed.root).toBe('http://www.w3.org/2005/Atom feed');
  expect(feed.self).toBe(`${baseURL}/feed.xml`);
  expect(feed.id && feed.title && feed.updated).toBeTruthy();
  expect(feed.entries).toHaveLength(30);
  const first = feed.entries[0]!;
  expect(first.link).toBe(`${baseURL}/sessions/${LATEST}`);
  expect(first.id).toBe(`${baseURL}/sessions/${LATEST}`);
  // The headline takeaway, which opens with the HSI's move: its close from the file, as the page writes it.
  const file = JSON.parse(fs.readFileSync(path.join(SESSIONS, `${LATEST}.json`), 'utf8')) as { indices: { id: string; close: number; prevClose: number }[] };
  const hsi = file.indices.find((i) => i.id === 'HSI')!;
  const pct = ((hsi.close / hsi.prevClose - 1) * 100).toFixed(2);
  expect(first.title).toContain('Hang Seng Index closed');
  expect(first.title).toContain(`${Math.abs(Number(pct)).toFixed(2)}%`);
  expect(first.title).toContain(hsi.close.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
  expect(first.contentType).toBe('html');
  expect(first.content).toContain(`<img src="${baseURL}/sessions/${LATEST}/summary.png"`);
  expect(first.content).toMatch(/<ul><li>The Hang Seng Index closed/);
  // Newest first, one entry per session, RFC 3339 times, every link absolute.
  const dates = feed.entries.map((e) => e.link!.slice(-10));
  expect(dates).toEqual([...dates].sort().reverse());
  expect(new Set(dates).size).toBe(30);
  for (const e of feed.entries) {
    expect(e.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
    expect(e.published).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+08:00$/);
  }
  for (const href of feed.hrefs) expect(href).toMatch(new RegExp(`^${baseURL}/`));
});

test('/embed follows the reader’s dark mode with no script, and describes its values', async ({ browser, baseURL }) => {
  const shots = path.resolve('test-results/screenshots');
  fs.mkdirSync(shots, { recursive: true });
  const colours: Record<string, string> = {};
  for (const scheme of ['dark', 'light'] as const) {
    const context = await browser.newContext({ colorScheme: scheme, javaScriptEnabled: false, viewport: { width: 800, height: 470 } });
    const page = await context.newPage();
    await page.goto(`${baseURL}/embed/${DATE}`);
    expect(await page.locator('script').count()).toBe(0);
    colours[scheme] = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await expect(page.locator(`.chart-${scheme} svg`)).toBeVisible();
    await expect(page.locator(`.chart-${scheme === 'dark' ? 'light' : 'dark'} svg`)).toBeHidden();
    await page.screenshot({ path: path.join(shots, `embed-auto-${scheme}.png`) });
    // The values as a table for screen readers: 12 industries and the HSI.
    const table = page.getByRole('table');
    await expect(table).toHaveCount(1);
    await expect(table.getByRole('row')).toHaveCount(1 + 12 + 1);
    await expect(table.getByRole('row', { name: /^Hang Seng Index \+0\.62%/ })).toHaveCount(1);
    await context.close();
  }
  expect(colours).toEqual({ dark: 'rgb(23, 27, 33)', light: 'rgb(255, 255, 255)' });
});

test('image sizes stay within limits: 400 for the rest', async ({ request }) => {
  for (const q of ['width=5000', 'width=abc', 'width=0', 'height=99999', 'width=1e3']) {
    const res = await request.get(`/sessions/${DATE}/summary.png?${q}`);
    expect(res.status(), q).toBe(400);
    expect(await res.text()).toMatch(/^\?(width|height)= must be a whole number of pixels from 16 to 2400 \(got "/);
  }
  const byHeight = await request.get(`/sessions/${DATE}/summary.png?height=225`);
  expect(byHeight.status()).toBe(200);
  const png = await byHeight.body();
  // IHDR: width and height at bytes 16..24. The summary chart is 800 × 450, so 225 high is 400 wide.
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([400, 225]);
});

test('icons answer 200, and a page load has no console error and no failed request', async ({ page, request }) => {
  for (const [url, type] of [
    ['/favicon.ico', 'image/x-icon'],
    ['/icon.svg', 'image/svg+xml'],
    ['/apple-icon.png', 'image/png'],
    ['/manifest.webmanifest', 'application/manifest+json'],
  ] as const) {
    const res = await request.get(url);
    expect(res.status(), url).toBe(200);
    expect(res.headers()['content-type'], url).toContain(type);
  }
  const manifest = await (await request.get('/manifest.webmanifest')).json();
  for (const icon of manifest.icons as { src: string }[]) expect((await request.get(icon.src)).status(), icon.src).toBe(200);

  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`${res.status()} ${res.url()}`);
  });
  await page.goto(`/sessions/${DATE}`, { waitUntil: 'networkidle' });
  await expect(page.locator('link[rel="icon"]').first()).toHaveAttribute('href', /icon/);
  await expect(page.locator('meta[name="theme-color"]')).toHaveCount(2);
  // Again, now from the response cache under its hash-based CSP: a refused inline script would log an error.
  await page.reload({ waitUntil: 'networkidle' });
  expect(problems).toEqual([]);
});
