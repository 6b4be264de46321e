/** Cite keys: one token per cited thing, whatever its name holds. */
import { describe, expect, it } from 'vitest';
import { parseRefKey, refKey, refKeys } from '@/lib/session/refs';

describe('refKey', () => {
  it.each([
    [refKey.industry('Properties & Construction'), 'industry:Properties%20%26%20Construction'],
    [refKey.industry('Information Technology'), 'industry:Information%20Technology'],
    [refKey.theme('rare-earths-magnets'), 'theme:rare-earths-magnets'],
    [refKey.stock('03750'), 'stock:03750'],
    [refKey.index('HSI'), 'index:HSI'],
    [refKey.market('breadth'), 'market:breadth'],
    [refKey.group('cyclicals'), 'group:cyclicals'],
    [refKey.theme('say "hi" <b>'), 'theme:say%20%22hi%22%20%3Cb%3E'],
  ])('%s', (key, expected) => {
    expect(key).toBe(expected);
    expect(key).not.toMatch(/[\s"]/);
  });

  it('reads back what it wrote', () => {
    expect(parseRefKey('industry:Properties%20%26%20Construction')).toEqual({ kind: 'industry', id: 'Properties & Construction' });
    expect(parseRefKey('nonsense')).toBeNull();
    expect(parseRefKey('industry:%E0%A4%A')).toBeNull();
  });

  it('lists every cited thing of a takeaway, market-wide measures included', () => {
    expect(
      refKeys({ indices: ['HSI'], industries: ['Properties & Construction'], themes: [], stocks: ['00700'], market: ['breadth'], groups: ['growth'] }).join(' '),
    ).toBe('index:HSI industry:Properties%20%26%20Construction stock:00700 market:breadth group:growth');
  });
});
