import 'server-only';
/**
 * The one cache helper of lib/data: values derived from a file (or folder) kept until its version
 * (mtime + size, from a stat) changes. Reads stay cheap on every request and a new or corrected file is
 * picked up on the next one, without a restart.
 *
 * With `maxWeight`, the cache is bounded: the least recently used entries are dropped once the weights
 * (`weigh`, e.g. a file's size) add up to more, except those `pinned` says must stay (e.g. the last valid
 * version of a file that is now invalid, which cannot be read again).
 */
import type fs from 'node:fs';

export function fileVersion(stat: fs.Stats): string {
  return `${stat.mtimeMs}:${stat.size}`;
}

export interface FileVersionCacheOptions<V> {
  maxWeight?: number;
  weigh?: (value: V) => number;
  pinned?: (value: V) => boolean;
}

export class FileVersionCache<K, V> {
  private readonly entries = new Map<K, { version: string; value: V; weight: number }>();
  private weight = 0;

  constructor(private readonly options: FileVersionCacheOptions<V> = {}) {}

  /** The cached value for `key` at `version`, or `compute(previous)` (previous: the value of an older version). */
  get(key: K, version: string, compute: (previous: V | undefined) => V): V {
    const hit = this.entries.get(key);
    if (hit?.version === version) {
      if (this.options.maxWeight !== undefined) {
        // Most recently used last.
        this.entries.delete(key);
        this.entries.set(key, hit);
      }
      return hit.value;
    }
    const value = compute(hit?.value);
    this.delete(key);
    const weight = this.options.weigh?.(value) ?? 1;
    this.entries.set(key, { version, value, weight });
    this.weight += weight;
    this.evict(key);
    return value;
  }

  /** The cached value for `key` at `version` (or at any version), without computing or counting it as a use. */
  peek(key: K, version?: string): V | undefined {
    const hit = this.entries.get(key);
    return hit && (version === undefined || hit.version === version) ? hit.value : undefined;
  }

  delete(key: K): void {
    const hit = this.entries.get(key);
    if (!hit) return;
    this.entries.delete(key);
    this.weight -= hit.weight;
  }

  /** How many entries are held (tests). */
  get size(): number {
    return this.entries.size;
  }

  private evict(keep: K): void {
    const { maxWeight, pinned } = this.options;
    if (maxWeight === undefined) return;
    for (const [key, entry] of this.entries) {
      if (this.weight <= maxWeight) return;
      if (key === keep || pinned?.(entry.value)) continue;
      this.delete(key);
    }
  }
}
