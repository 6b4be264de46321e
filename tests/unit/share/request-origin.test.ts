import { describe, expect, it } from 'vitest';
import { hostAllowed, originSettingsFromEnv, requestOrigin } from '@/lib/request-origin';

const settings = (env: Record<string, string>) => originSettingsFromEnv(env);

describe('requestOrigin', () => {
  it('uses the Host header when SITE_URL is unset', () => {
    expect(requestOrigin({ host: '127.0.0.1:3217' }, settings({}))).toMatchObject({ ok: true, origin: 'http://127.0.0.1:3217' });
    expect(requestOrigin(new Headers({ host: 'Recap.Example.com' }), settings({ SITE_URL: '' }))).toMatchObject({ ok: true, origin: 'http://recap.example.com' });
  });

  it('lets SITE_URL win over the request', () => {
    expect(requestOrigin({ host: 'evil.test', 'x-forwarded-host': 'evil.test' }, settings({ SITE_URL: 'https://recap.example.com/' }))).toMatchObject({
      ok: true,
      origin: 'https://recap.example.com',
    });
  });

  it('ignores X-Forwarded-* unless TRUST_PROXY is set', () => {
    const h = { host: '127.0.0.1:3000', 'x-forwarded-host': 'recap.example.com, 10.0.0.1', 'x-forwarded-proto': 'https' };
    expect(requestOrigin(h, settings({}))).toMatchObject({ origin: 'http://127.0.0.1:3000' });
    expect(requestOrigin(h, settings({ TRUST_PROXY: '1' }))).toMatchObject({ origin: 'https://recap.example.com' });
    expect(requestOrigin({ host: 'a', 'x-forwarded-host': 'recap.example.com:443', 'x-forwarded-proto': 'https' }, settings({ TRUST_PROXY: 'true' }))).toMatchObject({
      origin: 'https://recap.example.com',
    });
  });

  it('refuses hosts outside ALLOWED_HOSTS with 400, even when SITE_URL is set', () => {
    const s = settings({ ALLOWED_HOSTS: 'recap.example.com, .example.org 127.0.0.1:3200' });
    expect(requestOrigin({ host: 'recap.example.com' }, s)).toMatchObject({ ok: true });
    expect(requestOrigin({ host: 'recap.example.com:8080' }, s)).toMatchObject({ ok: true });
    expect(requestOrigin({ host: 'wiki.example.org' }, s)).toMatchObject({ ok: true });
    expect(requestOrigin({ host: '127.0.0.1:3200' }, s)).toMatchObject({ ok: true });
    expect(requestOrigin({ host: '127.0.0.1:3201' }, s)).toEqual({ ok: false, status: 400, message: 'Host "127.0.0.1:3201" is not served here (ALLOWED_HOSTS).' });
    expect(requestOrigin({ host: 'evil.test' }, { ...s, siteUrl: 'https://recap.example.com' })).toMatchObject({ ok: false, status: 400 });
    expect(requestOrigin({ host: 'notexample.org' }, s)).toMatchObject({ ok: false });
  });

  it('refuses a malformed or missing Host when links would be built on it', () => {
    expect(requestOrigin({ host: 'a.test/"><script>' }, settings({}))).toEqual({ ok: false, status: 400, message: 'Malformed Host header.' });
    expect(requestOrigin({}, settings({}))).toEqual({ ok: false, status: 400, message: 'Missing Host header.' });
    // With SITE_URL set and no ALLOWED_HOSTS, the Host is not used at all.
    expect(requestOrigin({}, settings({ SITE_URL: 'https://recap.example.com' }))).toMatchObject({ ok: true });
  });

  it('matches IPv6 hosts', () => {
    expect(requestOrigin({ host: '[::1]:3000' }, settings({}))).toMatchObject({ origin: 'http://[::1]:3000' });
    expect(hostAllowed('[::1]:3000', ['[::1]'])).toBe(true);
  });
});
