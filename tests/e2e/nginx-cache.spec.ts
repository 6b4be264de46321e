import { expect, test } from '@playwright/test';
import { startNginx, type Server } from './support/servers';

/** deploy/nginx.conf in front of the app: a repeated request is served from nginx's cache. */
test.describe('nginx caching proxy', () => {
  let nginx: Server;

  test.beforeAll(async ({}, testInfo) => {
    const upstream = Number(new URL(testInfo.project.use.baseURL!).port);
    nginx = await startNginx(upstream);
  });

  test.afterAll(async () => {
    await nginx?.stop();
  });

  test('the session page is a MISS, then a HIT with the same body', async () => {
    const url = `${nginx.url}/sessions/2025-05-21`;
    const first = await fetch(url);
    expect(first.status).toBe(200);
    expect(first.headers.get('x-cache-status')).toBe('MISS');
    expect(first.headers.get('cache-control')).toMatch(/s-maxage=\d+/);
    expect(first.headers.get('cache-control')).toMatch(/stale-while-revalidate=\d+/);
    const body = await first.text();
    expect(body).toContain('23,827.78');
    const second = await fetch(url);
    expect(second.headers.get('x-cache-status')).toBe('HIT');
    expect(await second.text()).toBe(body);
  });

  test('an RSC navigation request does not get the cached HTML', async () => {
    const url = `${nginx.url}/sessions/2025-05-20`;
    await fetch(url);
    const rsc = await fetch(url, { headers: { RSC: '1' } });
    expect(rsc.headers.get('x-cache-status')).toBe('MISS');
    expect(rsc.headers.get('content-type')).toContain('text/x-component');
  });

  test('health is never cached', async () => {
    await fetch(`${nginx.url}/api/health`);
    const again = await fetch(`${nginx.url}/api/health`);
    expect(again.headers.get('x-cache-status')).toBeNull();
  });

  test('nginx compresses what it serves from the cache', async () => {
    const res = await fetch(`${nginx.url}/sessions/2025-05-21`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBe('gzip');
  });
});
