import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataFolderVersion, versionPoller } from '@/lib/data/data-version';
import { cacheKey, isCacheable, makeEntry, matchesEtag, pickEncoding, ResponseCache, withScriptHashes, type Upstream } from '../../../server/response-cache';

const PUBLIC = 'public, max-age=0, s-maxage=30, stale-while-revalidate=30';
const up = (headers: Record<string, string[]>, status = 200, body = 'x'.repeat(2000)): Upstream => ({ status, headers, body: Buffer.from(body) });

describe('what may be cached', () => {
  it('a 200 the app marks public, varying only on what the key holds', () => {
    expect(isCacheable(up({ 'cache-control': [PUBLIC], vary: ['rsc, next-router-state-tree, Accept-Encoding'] }))).toBe(true);
    expect(isCacheable(up({ 'cache-control': ['public, max-age=300'] }))).toBe(true);
  });
  it('not errors, private or uncached answers, cookies, or a Vary the key does not hold', () => {
    expect(isCacheable(up({ 'cache-control': [PUBLIC] }, 404))).toBe(false);
    expect(isCacheable(up({ 'cache-control': ['no-store'] }))).toBe(false);
    expect(isCacheable(up({ 'cache-control': ['private, no-cache, no-store, max-age=0, must-revalidate'] }))).toBe(false);
    expect(isCacheable(up({}))).toBe(false);
    expect(isCacheable(up({ 'cache-control': [PUBLIC], 'set-cookie': ['a=1'] }))).toBe(false);
    expect(isCacheable(up({ 'cache-control': [PUBLIC], vary: ['Cookie'] }))).toBe(false);
  });
  it('keys on origin, URL and the RSC request headers', () => {
    expect(cacheKey('http://a:1', '/sessions/2025-05-21', {})).not.toBe(cacheKey('http://b:1', '/sessions/2025-05-21', {}));
    expect(cacheKey('http://a:1', '/x', { rsc: '1' })).not.toBe(cacheKey('http://a:1', '/x', {}));
    expect(cacheKey('http://a:1', '/x', { cookie: 'z' })).toBe(cacheKey('http://a:1', '/x', {}));
  });
});

describe('a cached page gets script hashes instead of the nonce', () => {
  const nonce = 'ZjQ2YjA3NmMtYWJj';
  const html = `<html><head><script nonce="${nonce}">setTheme()</script><script src="/_next/static/a.js" nonce="${nonce}" async=""></script></head><body><script nonce="${nonce}">self.__next_f.push([1,"x","nonce":"${nonce}"])</script></body></html>`;
  const csp = [`default-src 'self'; script-src 'self' 'nonce-${nonce}' 'strict-dynamic'; object-src 'none'`, "frame-ancestors 'none'"];
  const fixed = withScriptHashes(html, csp);
  const sha = (s: string) => createHash('sha256').update(s).digest('base64');

  it('removes the nonce attributes', () => {
    expect(fixed.html).not.toContain(nonce);
    expect(fixed.html).not.toMatch(/ nonce=/);
    expect(fixed.html).toContain('<script src="/_next/static/a.js" async=""></script>');
  });
  it("allows exactly the inline scripts by hash, files by 'self', and keeps the other policies", () => {
    expect(fixed.csp[0]).toContain(`script-src 'self' 'sha256-${sha('setTheme()')}' 'sha256-${sha('self.__next_f.push([1,"x","nonce":""])')}';`);
    expect(fixed.csp[0]).not.toMatch(/nonce|strict-dynamic/);
    expect(fixed.csp[1]).toBe("frame-ancestors 'none'");
  });
  it('stores the page with that policy', async () => {
    const entry = await makeEntry(up({ 'content-type': ['text/html; charset=utf-8'], 'content-security-policy': csp, 'cache-control': [PUBLIC] }, 200, html), 'v1', 0);
    expect(entry.identity.toString()).toBe(fixed.html);
    expect(entry.headers.filter(([k]) => k === 'content-security-policy').map(([, v]) => v)).toEqual(fixed.csp);
    expect(entry.gzip).toBeNull(); // under 512 bytes: not worth compressing
    // The same bytes from another render (another nonce): the same strong ETag, not the app's weak one.
    const other = await makeEntry(
      up({ 'content-type': ['text/html'], etag: ['W/"app"'], 'content-security-policy': [csp[0]!.replace(nonce, 'T3RoZXJOb25jZQ')], 'cache-control': [PUBLIC] }, 200, html.replaceAll(nonce, 'T3RoZXJOb25jZQ')),
      'v1',
      0,
    );
    expect(other.etag).toBe(entry.etag);
    expect(other.etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
  });
});

describe('serving an entry', () => {
  it('picks brotli, then gzip, honouring q=0', async () => {
    const entry = await makeEntry(up({ 'content-type': ['text/html'], 'cache-control': [PUBLIC] }), 'v', 0);
    expect(pickEncoding('gzip, deflate, br', entry)).toBe('br');
    expect(pickEncoding('gzip', entry)).toBe('gzip');
    expect(pickEncoding('br;q=0, gzip;q=0.5', entry)).toBe('gzip');
    expect(pickEncoding('identity', entry)).toBe('identity');
    expect(pickEncoding(undefined, entry)).toBe('identity');
    expect(entry.gzip!.length).toBeLessThan(100);
  });
  it('answers If-None-Match, weak or strong', () => {
    expect(matchesEtag('W/"abc"', 'W/"abc"')).toBe(true);
    expect(matchesEtag('"x", "abc"', '"abc"')).toBe(true);
    expect(matchesEtag('"abd"', '"abc"')).toBe(false);
    expect(matchesEtag(undefined, '"abc"')).toBe(false);
  });
});

describe('freshness and size', () => {
  it('drops an entry when the data version changes, serves it stale past the TTL, and evicts the least recently used', async () => {
    const cache = new ResponseCache({ maxBytes: 12_000, ttlMs: 55_000 });
    const e = await makeEntry(up({ 'content-type': ['image/png'], 'cache-control': [PUBLIC] }), 'v1', 1_000);
    cache.set('a', e);
    expect(cache.lookup('a', 'v1', 2_000)?.state).toBe('fresh');
    expect(cache.lookup('a', 'v1', 57_000)?.state).toBe('stale');
    expect(cache.lookup('a', 'v2', 2_000)).toBeNull();
    expect(cache.lookup('a', 'v1', 2_000)).toBeNull();
    for (const k of ['a', 'b', 'c', 'd', 'e']) cache.set(k, { ...e, version: 'v1' });
    expect(cache.bytes).toBeLessThanOrEqual(12_000);
    expect(cache.lookup('a', 'v1', 2_000)).toBeNull();
    expect(cache.lookup('e', 'v1', 2_000)).not.toBeNull();
  });
});

describe('the data folder version', () => {
  it('changes when any session file is added, rewritten or removed, or the themes change', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hkmr-version-'));
    try {
      fs.mkdirSync(path.join(dir, 'sessions'));
      fs.writeFileSync(path.join(dir, 'sessions', '2025-05-20.json'), '{}');
      fs.writeFileSync(path.join(dir, 'themes.json'), '[]');
      const seen = new Set([dataFolderVersion(dir)]);
      fs.writeFileSync(path.join(dir, 'sessions', '2025-05-21.json'), '{}');
      seen.add(dataFolderVersion(dir));
      // An older session corrected by the ingest's atomic write (temp file + rename), same size.
      fs.writeFileSync(path.join(dir, 'sessions', '.tmp'), '[]');
      fs.renameSync(path.join(dir, 'sessions', '.tmp'), path.join(dir, 'sessions', '2025-05-20.json'));
      seen.add(dataFolderVersion(dir));
      fs.rmSync(path.join(dir, 'sessions', '2025-05-21.json'));
      seen.add(dataFolderVersion(dir));
      fs.writeFileSync(path.join(dir, 'themes.json'), '[ ]');
      seen.add(dataFolderVersion(dir));
      expect(seen.size).toBe(5);
      expect(dataFolderVersion(dir)).toBe(dataFolderVersion(dir));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
  it('is re-read at most once per interval', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hkmr-version-'));
    let t = 0;
    const poll = versionPoller(dir, 1_000, () => t);
    const v0 = poll();
    fs.writeFileSync(path.join(dir, 'themes.json'), '[]');
    t = 999;
    expect(poll()).toBe(v0);
    t = 1_000;
    expect(poll()).not.toBe(v0);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('the watched data folder version', () => {
  it('sees a write at once, before the once-a-second re-read is due', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hkmr-watch-'));
    fs.mkdirSync(path.join(dir, 'sessions'));
    fs.writeFileSync(path.join(dir, 'sessions', '2025-05-20.json'), '{}');
    try {
      const poll = versionPoller(dir, 60_000, Date.now, true);
      const v0 = poll();
      fs.writeFileSync(path.join(dir, 'sessions', '2025-05-20.json'), '{"x":1}');
      await new Promise((r) => setTimeout(r, 100));
      expect(poll()).not.toBe(v0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
