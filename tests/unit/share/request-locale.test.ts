import { describe, expect, it } from 'vitest';
import { requestLocale } from '@/lib/share/responses';

describe('requestLocale: the edition a share route answers in', () => {
  it.each([
    ['http://x/embed/2025-05-21', {}, 'en'],
    ['http://x/embed/2025-05-21?lang=zh-hk', {}, 'zh-hk'],
    // A handler may see the URL as requested, before the rewrite that adds ?lang.
    ['http://x/zh-hk/embed/2025-05-21', {}, 'zh-hk'],
    ['http://x/zh-hk/feed.xml', {}, 'zh-hk'],
    // An explicit ?lang wins over the path.
    ['http://x/zh-hk/embed/2025-05-21?lang=en', {}, 'en'],
    ['http://x/embed/2025-05-21', { 'x-hkmr-locale': 'zh-hk' }, 'zh-hk'],
    ['http://x/embed/2025-05-21', { 'x-hkmr-locale': 'fr' }, 'en'],
  ] as const)('%s %j → %s', (url, headers, locale) => {
    expect(requestLocale(new Request(url, { headers }))).toBe(locale);
  });
});
