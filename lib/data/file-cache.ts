import 'server-only';
/**
 * The one cache helper of lib/data: values derived from a file (or folder) kept until its version
 * (mtime + size, from a stat) changes. Reads stay cheap on every request and a new or corrected file is
 * picked up on the next one, without a restart.
 */
import type fs from 'node:fs';

export function fileVersion(stat: fs.Stats): string {
  return `${stat.mtimeMs}:${stat.size}`;
}

export class FileVersionCache<K, V> {
  private readonly entries = new Map<K, { version: string; value: V }>();

  /** The cached value for `key` at `version`, or `compute(previous)` (previous: the value of an older version). */
  get(key: K, version: string, compute: (previous: V | undefined) => V): V {
    const hit = this.entries.get(key);
    if (hit?.version === version) return hit.value;
    const value = compute(hit?.value);
    this.entries.set(key, { version, value });
    return value;
  }

  delete(key: K): void {
    this.entries.delete(key);
  }
}
