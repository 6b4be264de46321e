/**
 * The Chinese edition's plumbing (issue 14): /zh-hk/ twins of every route, the edition chosen by the URL
 * alone (a forged header cannot switch an English URL), downloads and 404s under the prefix, and the
 * saved language deciding only where the bare home page goes. The pages' words are pinned by
 * zh-session, zh-stocks and zh-share specs.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { expect, test } from '@playwright/test';

const DATE = '2025-05-21';
const SESSIONS = path.resolve('data/sessions');
const LATEST = fs.readdirSync(SESSIONS).filter((f) => /^\d{4}-\d{2}-\d{2}\.json$/.test(f)).sort().at(-1)!.slice(0, 10);

/** GET with headers fetch would not send as given. */
function get(url: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    const req = http.request({ host: u.hostname, port: u.port, path: `${u.pathname}${u.search}`, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('each edition has its own <html lang>, and the Chinese one answers under /zh-hk/', async ({ request }) => {
  const en = await request.get(`/sessions/${DATE}`);
  expect(en.status()).toBe(200);
  expect(await en.text()).toMatch(/<html lang="en"/);
  const zh = await request.get(`/zh-hk/sessions/${DATE}`);
  expect(zh.status()).toBe(200);
  expect(await zh.text()).toMatch(/<html lang="zh-Hant-HK"/);
});

test('a client cannot make an English URL Chinese with the internal locale header', async ({ baseURL }) => {
  // Twice: the second answer may come from the origin's cache, which must not hold a Chinese copy.
  for (let i = 0; i < 2; i++) {
    const res = await get(`${baseURL}/sessions/${DATE}?forged=1`, { 'x-hkmr-locale': 'zh-hk' });
    expect(res.status).toBe(200);
    expect(res.body).toMatch(/<html lang="en"/);
  }
});

test('the Chinese home page opens the latest session in Chinese', async ({ page }) => {
  await page.goto('/zh-hk');
  await expect(page).toHaveURL(new RegExp(`/zh-hk/sessions/${LATEST}$`));
});

test('downloads have the same data under /zh-hk/', async ({ request }) => {
  const en = await request.get(`/sessions/${DATE}.csv`);
  const zh = await request.get(`/zh-hk/sessions/${DATE}.csv`);
  expect(zh.status()).toBe(200);
  expect(await zh.text()).toBe(await en.text());
});

test('an unknown Chinese address is a 404 page in Chinese, served without JavaScript', async ({ request }) => {
  for (const url of ['/zh-hk/sessions/2099-01-01', '/zh-hk/no-such-page']) {
    const res = await request.get(url);
    expect(res.status(), url).toBe(404);
    expect(await res.text(), url).toMatch(/<html lang="zh-Hant-HK"/);
  }
});

test('the header switch keeps the view, and the saved language decides only where / goes', async ({ page }) => {
  const view = `/sessions/${DATE}?period=1m&sector=Materials`;
  await page.goto(view);
  const toZh = page.getByTestId('language-switch');
  await expect(toZh).toHaveAttribute('href', `/zh-hk${view}`);
  await expect(toZh).toHaveAttribute('lang', 'zh-Hant-HK');
  await toZh.click();
  await expect(page).toHaveURL(new RegExp(`/zh-hk${view.replace(/[?]/g, '\\?')}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant-HK');

  // Saved: the bare home page now opens in Chinese…
  await page.goto('/');
  await expect(page).toHaveURL(/\/zh-hk\/sessions\/\d{4}-\d{2}-\d{2}$/);
  // …but an explicit English URL stays English.
  await page.goto(`/sessions/${DATE}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // Back to English with the switch: the home page follows.
  await page.goto(`/zh-hk${view}`);
  await page.getByTestId('language-switch').click();
  await expect(page).toHaveURL(new RegExp(`${view.replace(/[?]/g, '\\?')}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.goto('/');
  await expect(page).toHaveURL(new RegExp(`/sessions/${LATEST}$`));
});
