import { describe, expect, it } from 'vitest';
import { pageDataVersion, publishDerivedChange } from '@/lib/background';

/**
 * The response cache's version of a page (server/main.ts): a finished recap-index pass must send stock
 * pages to be rendered again, and leave every other cached page alone.
 */
describe('pageDataVersion', () => {
  const FOLDER = '365:1733011200000';
  const others = ['/sessions/2025-05-21', '/sessions/2025-05-21?period=1y', '/zh-hk/sessions/2025-05-21', '/stocks', '/stocks?sort=1w', '/weeks/2025-W21', '/embed/2025-05-21', '/feed.xml', '/stocks/007000'];
  const stockPages = ['/stocks/00700', '/stocks/03750?period=1w', '/zh-hk/stocks/00700'];

  it('moves for stock pages, and only for them, when derived data is published', () => {
    const before = new Map([...others, ...stockPages].map((url) => [url, pageDataVersion(url, FOLDER)]));
    publishDerivedChange();
    for (const url of others) expect(pageDataVersion(url, FOLDER), url).toBe(before.get(url));
    for (const url of stockPages) expect(pageDataVersion(url, FOLDER), url).not.toBe(before.get(url));
  });

  it('moves for every page when the folder changes', () => {
    for (const url of [...others, ...stockPages]) expect(pageDataVersion(url, '366:1733097600000')).not.toBe(pageDataVersion(url, FOLDER));
  });

  it('is the folder version itself for a page without derived data', () => {
    expect(pageDataVersion('/sessions/2025-05-21', FOLDER)).toBe(FOLDER);
  });
});
