/**
 * Hostile input, as an attacker or a careless data pipeline would send it: path traversal and odd dates in
 * URLs, markup in query parameters, markup in stock names (served from a second `next start` on a data
 * directory with a hand-written session), and the security headers every response must carry.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { expect, test } from '@playwright/test';
import { startNext, tempDataDir, type Server } from './support/servers';

const DATE = '2025-05-21';
/** What a leaked file outside data/ would contain: package.json, /etc/passwd. */
const LEAKS = ['"name": "hk-market-recap"', 'root:x:0:0'];

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/**
 * GET `rawPath` exactly as written: no client-side normalisation of `..`, `%2e` or `%2F` (fetch and
 * Playwright's request would resolve dot segments before sending).
 */
function rawGet(base: string, rawPath: string): Promise<RawResponse> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.get({ hostname, port, path: rawPath, headers: { accept: 'text/html,*/*' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.setTimeout(30_000, () => req.destroy(new Error(`timeout on ${rawPath}`)));
  });
}

function expectNoLeak(res: RawResponse, what: string) {
  // 501 is the one 5xx allowed (oEmbed's answer for a format it does not speak); 500 never.
  expect(res.status === 501 || res.status < 500, `${what} answered ${res.status}:\n${res.body.slice(0, 500)}`).toBe(true);
  for (const leak of LEAKS) expect(res.body, `${what} leaked a file`).not.toContain(leak);
}

const enc = encodeURIComponent;

test.describe('hostile URLs', () => {
  const longDate = '2025-05-21'.repeat(500); // 5,000 characters
  const notFound: string[] = [
    '/sessions/..%2F..%2Fetc%2Fpasswd',
    '/sessions/%2e%2e%2fpackage.json',
    '/sessions/%2e%2e%2f%2e%2e%2fpackage.json',
    `/sessions/${DATE}%2F..%2F..%2Fpackage.json`,
    '/sessions/..%5C..%5Cpackage.json',
    '/embed/..%2Fpackage.json',
    '/embed/..%2F..%2Fetc%2Fpasswd',
    `/sessions/${DATE}/..%2F..%2Fpackage.json/summary.svg`,
    '/sessions/..%2Fpackage.json/summary.svg',
    '/sessions/..%2Fpackage.json/heatmap.png',
    '/sessions/..%2Fpackage.json/opengraph-image',
    '/api/export/..%2F..%2Fpackage.json/json',
    '/api/export/..%2F..%2Fpackage/json',
    `/api/export/${DATE}/..%2F..%2Fpackage.json`,
    `/sessions/${longDate}`,
    `/embed/${longDate}`,
    `/sessions/${longDate}/summary.svg`,
    `/sessions/${enc('２０２５-０５-２１')}`,
    `/embed/${enc('２０２５-０５-２１')}`,
    `/sessions/${enc('٢٠٢٥-٠٥-٢١')}`,
    `/sessions/${enc('٢٠٢٥-٠٥-٢١')}/summary.svg`,
    `/sessions/${DATE}.csv%00`,
    `/sessions/${DATE}%00.csv`,
    `/sessions/${DATE}%0A`,
    `/sessions/${DATE}%0A.json`,
    `/embed/${DATE}%0A`,
    `/sessions/${DATE}%0A/summary.svg`,
    `/api/export/${DATE}%0A/csv`,
    `/sessions/${DATE}%20`,
    `/sessions/${enc('<script>alert(1)</script>')}`,
    `/embed/${enc('<script>alert(1)</script>')}`,
  ];

  for (const p of notFound) {
    const label = p.length > 90 ? `${p.slice(0, 60)}… (${p.length} chars)` : p;
    test(`${label} is refused (404 or 400), no file leaks`, async ({ baseURL }) => {
      const res = await rawGet(baseURL!, p);
      expectNoLeak(res, p);
      expect([400, 404], `${p} → ${res.status}`).toContain(res.status);
      // A refused date is not echoed as markup.
      expect(res.body).not.toContain('<script>alert(1)');
    });
  }

  test('raw dot segments in the path do not escape the routes', async ({ baseURL }) => {
    for (const p of ['/sessions/../package.json', '/sessions/../../../../etc/passwd', '/embed/../../package.json', '/_next/static/../../package.json', '/_next/static/..%2F..%2Fpackage.json']) {
      const res = await rawGet(baseURL!, p);
      expectNoLeak(res, p);
      expect([400, 404], `${p} → ${res.status}`).toContain(res.status);
    }
  });

  const ignoredViewParams: string[] = [
    `/embed/${DATE}?colors=<script>alert(1)</script>&theme=%22onload=alert(1)`,
    `/embed/${DATE}?colors=${enc('<script>alert(1)</script>')}&theme=${enc('"onload=alert(1)')}`,
    `/embed/${DATE}?chart=../../etc`,
    `/embed/${DATE}?chart=${enc('"><img src=x onerror=alert(1)>')}`,
    `/sessions/${DATE}/summary.svg?colors=${enc('"/><script>alert(1)</script>')}&theme=${enc('"onload=alert(1)')}`,
    `/sessions/${DATE}/heatmap.svg?colors=${enc('<script>alert(1)</script>')}`,
    `/sessions/${DATE}?sector=${enc('<script>alert(1)</script>')}&size=${enc('"onload=alert(1)')}&colors=${enc('<img src=x onerror=alert(1)>')}`,
    `/sessions/${DATE}?sector=..%2F..%2Fpackage.json`,
  ];
  for (const p of ignoredViewParams) {
    test(`${p} answers 200 with the parameters ignored, nothing reflected as markup`, async ({ baseURL }) => {
      const res = await rawGet(baseURL!, p);
      expectNoLeak(res, p);
      expect(res.status).toBe(200);
      for (const raw of ['<script>alert(1)', '"onload=alert(1)', '<img src=x', '../../etc']) expect(res.body).not.toContain(raw);
    });
  }

  test('PNG width parameters out of range are refused with 400 saying the range', async ({ baseURL }) => {
    for (const width of ['-1', 'abc', '99999999999999999999', '1e9', '%00']) {
      const res = await rawGet(baseURL!, `/sessions/${DATE}/summary.png?width=${width}`);
      expect(res.status, `width=${width}`).toBe(400);
      expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
      expect(res.body).toMatch(/^\?width= must be a whole number of pixels from 16 to 2400 \(got "/);
    }
  });

  test.describe('oEmbed parameters', () => {
    const permalink = (baseURL: string) => enc(`${baseURL}/sessions/${DATE}`);

    for (const [name, query, status] of [
      ['url=javascript:alert(1)', `url=${enc('javascript:alert(1)')}`, 404],
      ['url=data:text/html', `url=${enc('data:text/html,<script>alert(1)</script>')}`, 404],
      ['url on another host', `url=${enc(`http://evil.example/sessions/${DATE}`)}`, 404],
      ['url with userinfo pointing elsewhere', `url=${enc(`http://127.0.0.1@evil.example/sessions/${DATE}`)}`, 404],
      ['url of 10 kB', `url=${'A'.repeat(10_000)}`, 404],
      ['url of 10 kB of markup', `url=${enc('<script>'.repeat(1250))}`, 404],
      ['no url', 'format=json', 400],
      ['format=xml', 'format=xml&url=x', 501],
      ['format=json%00', 'format=json%00&url=x', 501],
      ['format=<script>', `format=${enc('<script>alert(1)</script>')}&url=x`, 501],
    ] as const) {
      test(`${name} → ${status}`, async ({ baseURL }) => {
        const res = await rawGet(baseURL!, `/api/oembed?${query}`);
        expectNoLeak(res, name);
        expect(res.status).toBe(status);
        // Errors are plain text that browsers must not sniff into HTML.
        expect(res.headers['content-type']).toMatch(/^text\/plain/);
        expect(res.headers['x-content-type-options']).toBe('nosniff');
      });
    }

    for (const junk of ['-1', 'abc', '99999999999999999999', '0', '1e3', '%00']) {
      test(`maxwidth=${junk} and maxheight=${junk} are ignored: the full 800 × 450 frame`, async ({ baseURL }) => {
        const res = await rawGet(baseURL!, `/api/oembed?url=${permalink(baseURL!)}&maxwidth=${junk}&maxheight=${junk}`);
        expect(res.status).toBe(200);
        const body = JSON.parse(res.body) as { width: number; height: number; html: string; thumbnail_width: number };
        expect([body.width, body.height]).toEqual([800, 450]);
        expect(body.thumbnail_width).toBeGreaterThan(0);
        expect(body.html).toContain('width="800"');
      });
    }
  });
});

/** Markup in stock names: it must stay text everywhere a name is shown or exported. */
const IMG = '<img src=x onerror=alert(1)>';
const QUOTES = '"&<>';
const SCRIPT = '<script>alert(2)</script>';
const ZH = '<b>小米</b>';
const HOSTILE_DATE = '2025-07-02';

test.describe('markup in stock names stays text', () => {
  let server: Server;
  let dataDir = '';

  test.beforeAll(async ({}, info) => {
    info.setTimeout(120_000);
    dataDir = tempDataDir(['2025-06-27']);
    // 2025-06-30 as a new session on 2025-07-02 (the next trading day: 1 July is a holiday), with three names
    // replaced: the top non-extreme gainer, the top loser and the most traded stock (a big heatmap tile).
    const file = JSON.parse(fs.readFileSync(path.resolve('data/sessions/2025-06-30.json'), 'utf8')) as {
      date: string;
      stocks: { code: string; name: string; nameZh?: string | null }[];
    };
    file.date = HOSTILE_DATE;
    const rename: Record<string, { name: string; nameZh?: string }> = {
      '02550': { name: IMG }, // EASOU TECH, +38.2 %
      '00604': { name: SCRIPT }, // SHENZHEN INVEST, -11 %
      '01810': { name: QUOTES, nameZh: ZH }, // XIAOMI - W, the largest turnover
    };
    for (const s of file.stocks) {
      const r = rename[s.code];
      if (r) Object.assign(s, r);
    }
    expect(file.stocks.filter((s) => rename[s.code]).length).toBe(3);
    fs.writeFileSync(path.join(dataDir, 'sessions', `${HOSTILE_DATE}.json`), JSON.stringify(file));
    server = await startNext({ DATA_DIR: dataDir });
    // invalidFiles is null until the new server's history store has read the folder.
    const health = async () => (await (await fetch(`${server.url}/api/health`)).json()) as { latestSession: string; invalidFiles: number | null };
    await expect.poll(async () => (await health()).invalidFiles, { timeout: 30_000 }).not.toBeNull();
    expect(await health()).toMatchObject({ latestSession: HOSTILE_DATE, invalidFiles: 0 });
  });

  test.afterAll(async () => {
    await server?.stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test('the page shows the names as text; no dialog, no injected element', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${server.url}/sessions/${HOSTILE_DATE}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wed 2 Jul 2025');

    await expect(page.getByTestId('gainers').getByText(IMG, { exact: true })).toBeVisible();
    await expect(page.getByTestId('losers').getByText(SCRIPT, { exact: true })).toBeVisible();
    // Every name is in the heatmap's table.
    await page.getByRole('button', { name: 'Table' }).click();
    const table = page.locator('#hm-table');
    for (const name of [IMG, SCRIPT]) await expect(table.getByText(name, { exact: true })).toBeVisible();
    // Name and Chinese name share a cell.
    await expect(table.locator('tr', { hasText: '01810' }).locator('td').nth(2)).toHaveText(`${QUOTES} ${ZH}`);
    // The tooltip of the biggest tile names it as text too.
    await page.locator('.hm-map .t', { hasText: '01810' }).hover();
    await expect(page.getByTestId('heatmap-tooltip')).toContainText(QUOTES);
    await expect(page.getByTestId('heatmap-tooltip')).toContainText(ZH);

    expect(await page.locator('img[src="x"], b:text-is("小米")').count()).toBe(0);
    expect(await page.evaluate(() => [...document.scripts].filter((s) => s.textContent?.includes('alert(2)') && !s.textContent.includes('self.__next_f')).length)).toBe(0);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
  });

  test('the embed shows the names escaped and runs nothing', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const res = await page.goto(`${server.url}/embed/${HOSTILE_DATE}?chart=heatmap`);
    expect(res?.status()).toBe(200);
    const html = await res!.text();
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<script');
    expect(await page.locator('img, script').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  test('the SVG images escape the names; the PNGs and the link-preview image render', async ({ request, page }) => {
    const heatmap = await request.get(`${server.url}/sessions/${HOSTILE_DATE}/heatmap.svg`);
    expect(heatmap.status()).toBe(200);
    const svg = await heatmap.text();
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(svg).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(svg).toContain('&quot;&amp;&lt;&gt;');
    for (const raw of ['<img src=x', '<script', '"&<>']) expect(svg).not.toContain(raw);

    const summary = await request.get(`${server.url}/sessions/${HOSTILE_DATE}/summary.svg`);
    expect(summary.status()).toBe(200);
    for (const raw of ['<img', '<script']) expect(await summary.text()).not.toContain(raw);

    for (const image of ['heatmap.png', 'summary.png', 'heatmap.png?theme=dark&colors=cb']) {
      const png = await request.get(`${server.url}/sessions/${HOSTILE_DATE}/${image}`);
      expect(png.status(), image).toBe(200);
      expect(png.headers()['content-type']).toBe('image/png');
      expect((await png.body()).subarray(1, 4).toString('ascii')).toBe('PNG');
    }

    await page.goto(`${server.url}/sessions/${HOSTILE_DATE}`);
    const ogImage = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(ogImage).toContain(`/sessions/${HOSTILE_DATE}/opengraph-image`);
    const og = await request.get(ogImage!);
    expect(og.status()).toBe(200);
    expect(og.headers()['content-type']).toBe('image/png');
    expect((await og.body()).length).toBeGreaterThan(5_000);
  });

  test('oEmbed JSON parses and its html and title carry no raw markup', async ({ request }) => {
    for (const target of [`${server.url}/sessions/${HOSTILE_DATE}`, `${server.url}/embed/${HOSTILE_DATE}?chart=heatmap`]) {
      const res = await request.get(`${server.url}/api/oembed?url=${enc(target)}`);
      expect(res.status()).toBe(200);
      const body = JSON.parse(await res.text()) as { html: string; title: string };
      for (const field of [body.html, body.title]) {
        for (const raw of [IMG, SCRIPT, QUOTES, '<img', '<script']) expect(field).not.toContain(raw);
      }
      // The snippet is one iframe whose attributes are all quoted and closed.
      expect(body.html).toMatch(/^<iframe( [a-z-]+="[^"<>]*")+><\/iframe>$/);
    }
  });

  test('the CSV export quotes the names (RFC 4180) and reads back exactly; the JSON export round-trips', async ({ request }) => {
    const res = await request.get(`${server.url}/sessions/${HOSTILE_DATE}.csv`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toMatch(/^text\/csv/);
    expect(res.headers()['content-disposition']).toMatch(/^attachment/);
    const csv = await res.text();
    expect(csv).toContain('"""&<>"'); // the quote doubled inside a quoted field
    const rows = parseCsv(csv, { columns: true }) as Record<string, string>[];
    const byCode = new Map(rows.map((r) => [r.code, r]));
    expect(byCode.get('02550')?.name).toBe(IMG);
    expect(byCode.get('00604')?.name).toBe(SCRIPT);
    expect(byCode.get('01810')?.name).toBe(QUOTES);
    expect(byCode.get('01810')?.nameZh).toBe(ZH);

    const json = await request.get(`${server.url}/sessions/${HOSTILE_DATE}.json`);
    expect(json.headers()['content-type']).toMatch(/^application\/json/);
    const parsed = JSON.parse(await json.text()) as { stocks: { code: string; name: string }[] };
    expect(parsed.stocks.find((s) => s.code === '02550')?.name).toBe(IMG);
  });
});

test.describe('security headers', () => {
  /**
   * A page's script-src, after checking the policy has no way around it: a per-request nonce (pages
   * rendered for one reader), or the SHA-256 of each inline script (pages from the response cache, one
   * copy for every reader, where a nonce would be no secret).
   */
  function scriptPolicy(csp: string): { nonce: string | null; hashes: string[] } {
    const scriptSrc = csp.split(/[;,]/).map((d) => d.trim()).find((d) => d.startsWith('script-src '));
    expect(scriptSrc, `no script-src in ${csp}`).toBeDefined();
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toMatch(/(^| )(\*|https?:|data:)( |$)/);
    const nonce = /'nonce-([A-Za-z0-9+/=_-]+)'/.exec(scriptSrc!)?.[1] ?? null;
    const hashes = [...scriptSrc!.matchAll(/'sha256-([A-Za-z0-9+/=]+)'/g)].map((m) => m[1]!);
    expect(nonce !== null || hashes.length > 0, `neither a nonce nor hashes in ${scriptSrc}`).toBe(true);
    if (hashes.length > 0) expect(scriptSrc, 'strict-dynamic would ignore self').not.toContain("'strict-dynamic'");
    return { nonce, hashes };
  }

  const pages: [string, number][] = [
    [`/sessions/${DATE}`, 200],
    ['/sessions', 200],
    ['/sessions/2025-05-31', 404],
    ['/no-such-page', 404],
  ];
  for (const [p, status] of pages) {
    test(`page ${p}: nosniff, Referrer-Policy, a CSP that allows only its own scripts, never framed`, async ({ baseURL }) => {
      const res = await rawGet(baseURL!, p);
      expect(res.status).toBe(status);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBeTruthy();
      expect(res.headers['x-frame-options']).toBe('DENY');
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("frame-ancestors 'none'");
      const { nonce, hashes } = scriptPolicy(csp);
      const scripts = [...res.body.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].map((m) => ({ attrs: m[1]!, body: m[2]! }));
      expect(scripts.length).toBeGreaterThan(0);
      const inline = scripts.filter((s) => !/\ssrc=/i.test(s.attrs));
      expect(inline.length, 'the page has inline scripts (theme, Next runtime)').toBeGreaterThan(0);
      if (nonce) {
        for (const s of scripts) expect(s.attrs, 'a <script> without the nonce').toContain(`nonce="${nonce}"`);
        // A fresh nonce per response.
        const again = await rawGet(baseURL!, p);
        expect(scriptPolicy(String(again.headers['content-security-policy'])).nonce).not.toBe(nonce);
      } else {
        // Hashes: each inline script is listed by its SHA-256, script files are same-origin paths.
        for (const s of inline) expect(hashes, 'an inline script whose hash is not in the policy').toContain(createHash('sha256').update(s.body).digest('base64'));
        for (const s of scripts.filter((x) => /\ssrc=/i.test(x.attrs))) expect(s.attrs).toMatch(/\ssrc="\/[^/]/);
        expect(res.body).not.toMatch(/<script[^>]* nonce=/);
      }
    });
  }

  test('the embed may be framed (frame-ancestors, no X-Frame-Options) and runs no script', async ({ baseURL }) => {
    for (const p of [`/embed/${DATE}`, `/embed/${DATE}?chart=heatmap`, '/embed/2025-05-31']) {
      const res = await rawGet(baseURL!, p);
      expect(res.headers['x-content-type-options'], p).toBe('nosniff');
      expect(res.headers['referrer-policy'], p).toBeTruthy();
      expect(res.headers['x-frame-options'], p).toBeUndefined();
      const csp = String(res.headers['content-security-policy']);
      expect(csp, p).toMatch(/frame-ancestors [^;]+/);
      expect(csp).not.toContain("frame-ancestors 'none'");
      expect(csp).toContain("default-src 'none'");
      expect(csp).not.toMatch(/script-src/);
      expect(res.body).not.toContain('<script');
    }
  });

  test('images, exports, oEmbed, health and static chunks: nosniff and Referrer-Policy', async ({ baseURL }) => {
    const home = await rawGet(baseURL!, `/sessions/${DATE}`);
    const chunk = /"(\/_next\/static\/[^"]+\.js)"/.exec(home.body)?.[1];
    expect(chunk).toBeTruthy();
    // The page's deferred RSC payload (server/defer-scripts.ts).
    const payload = /"payload":"(\/_hkmr\/payload\/[^"]+)"/.exec(home.body)?.[1];
    expect(payload).toBeTruthy();
    for (const p of [
      `/sessions/${DATE}/summary.svg`,
      `/sessions/${DATE}/heatmap.png`,
      `/sessions/${DATE}.csv`,
      `/api/oembed?url=${enc(`${baseURL}/sessions/${DATE}`)}`,
      '/api/oembed?url=javascript:alert(1)',
      '/api/health',
      chunk!,
      payload!,
    ]) {
      const res = await rawGet(baseURL!, p);
      expect(res.status, p).toBeLessThan(500);
      expect(res.headers['x-content-type-options'], p).toBe('nosniff');
      expect(res.headers['referrer-policy'], p).toBeTruthy();
    }
    // An SVG opened directly is a document: it must not be framed by another site either.
    const svg = await rawGet(baseURL!, `/sessions/${DATE}/summary.svg`);
    expect(svg.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(String(svg.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
  });
});
