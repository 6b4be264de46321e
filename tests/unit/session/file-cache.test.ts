/**
 * The bounded file cache that holds parsed sessions: with 20 years of files it keeps the most recently
 * used within its byte budget, and never drops the last valid version of a file that has turned invalid.
 */
import { describe, expect, it } from 'vitest';
import { FileVersionCache } from '@/lib/data/file-cache';

interface Parsed {
  bytes: number;
  lastValid?: boolean;
}

function cache(maxWeight: number) {
  let computed = 0;
  const c = new FileVersionCache<string, Parsed>({ maxWeight, weigh: (v) => v.bytes, pinned: (v) => v.lastValid === true });
  const get = (key: string, value: Parsed, version = 'v1') =>
    c.get(key, version, () => {
      computed++;
      return value;
    });
  return { c, get, computed: () => computed };
}

describe('FileVersionCache with a byte budget', () => {
  it('drops the least recently used entry when the budget is passed', () => {
    const { c, get, computed } = cache(300);
    get('2025-05-19', { bytes: 100 });
    get('2025-05-20', { bytes: 100 });
    get('2025-05-21', { bytes: 100 });
    get('2025-05-19', { bytes: 100 }); // a hit: now the most recent
    expect(computed()).toBe(3);
    get('2025-05-22', { bytes: 100 }); // 400 > 300: 2025-05-20 goes
    expect(c.size).toBe(3);
    get('2025-05-19', { bytes: 100 });
    expect(computed()).toBe(4);
    get('2025-05-20', { bytes: 100 });
    expect(computed()).toBe(5);
  });

  it('keeps a pinned entry whatever its age', () => {
    const { c, get, computed } = cache(200);
    get('2025-05-19', { bytes: 100, lastValid: true });
    for (const d of ['2025-05-20', '2025-05-21', '2025-05-22', '2025-05-23']) get(d, { bytes: 100 });
    expect(c.size).toBe(2);
    get('2025-05-19', { bytes: 100 });
    expect(computed()).toBe(5);
  });

  it('replaces an entry whose file changed and counts only the new weight', () => {
    const { c, get, computed } = cache(250);
    get('2025-05-19', { bytes: 100 });
    get('2025-05-19', { bytes: 150 }, 'v2');
    get('2025-05-20', { bytes: 100 });
    expect(c.size).toBe(2);
    expect(computed()).toBe(3);
  });

  it('is unbounded without a budget', () => {
    const c = new FileVersionCache<number, number>();
    for (let i = 0; i < 1_000; i++) c.get(i, 'v', () => i);
    expect(c.size).toBe(1_000);
  });
});
