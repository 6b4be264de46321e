import { describe, expect, it } from 'vitest';
import { localePath, otherLocale, parseLang, splitLocale } from '@/lib/i18n/locale';

describe('localePath: a site path in an edition', () => {
  it.each([
    ['zh-hk', '/sessions/2025-05-21', '/zh-hk/sessions/2025-05-21'],
    ['zh-hk', '/sessions/2025-05-21?period=1m&sector=Materials', '/zh-hk/sessions/2025-05-21?period=1m&sector=Materials'],
    ['zh-hk', '/', '/zh-hk'],
    ['zh-hk', '/?q=1', '/zh-hk?q=1'],
    ['zh-hk', '/zh-hk/stocks/00700', '/zh-hk/stocks/00700'],
    ['en', '/zh-hk/stocks/00700', '/stocks/00700'],
    ['en', '/zh-hk', '/'],
    ['en', '/zh-hk?x=1', '/?x=1'],
    ['en', '/stocks', '/stocks'],
    ['zh-hk', 'https://example.com/x', 'https://example.com/x'],
    ['zh-hk', '//evil.example/x', '//evil.example/x'],
    ['zh-hk', '#heatmap', '#heatmap'],
    // A path that only starts with the letters of the prefix is not in the Chinese edition.
    ['en', '/zh-hkx/a', '/zh-hkx/a'],
  ] as const)('(%s, %s) → %s', (locale, path, expected) => {
    expect(localePath(locale, path)).toBe(expected);
  });
});

describe('splitLocale: the edition and the path behind it', () => {
  it.each([
    ['/zh-hk/sessions/2025-05-21', 'zh-hk', '/sessions/2025-05-21'],
    ['/zh-hk', 'zh-hk', '/'],
    ['/ZH-HK/stocks', 'zh-hk', '/stocks'],
    ['/sessions', 'en', '/sessions'],
    ['/zh-hkx', 'en', '/zh-hkx'],
  ] as const)('%s → %s %s', (path, locale, rest) => {
    expect(splitLocale(path)).toEqual({ locale, path: rest });
  });
});

describe('parseLang: ?lang= on images, embeds and oEmbed', () => {
  it.each([
    ['zh-hk', 'zh-hk'],
    ['zh-HK', 'zh-hk'],
    ['zh-Hant-HK', 'zh-hk'],
    ['zh', 'zh-hk'],
    [' zh-hk ', 'zh-hk'],
    ['en', 'en'],
    ['fr', 'en'],
    ['', 'en'],
  ] as const)('%j → %s', (value, locale) => {
    expect(parseLang(value)).toBe(locale);
  });
  it('reads the first of repeated values and treats absence as English', () => {
    expect(parseLang(['zh-hk', 'en'])).toBe('zh-hk');
    expect(parseLang(null)).toBe('en');
    expect(parseLang(undefined)).toBe('en');
  });
  it('switches to the other edition', () => {
    expect(otherLocale('en')).toBe('zh-hk');
    expect(otherLocale('zh-hk')).toBe('en');
  });
});
