/**
 * Builds the compact search index the browser loads on first use of the search box (pure). Per stock:
 * code, English display name, Chinese name, its themes, and the HKEX
 * short name only when it reads differently from the display name once folded ("TENCENT" is dropped
 * beside "Tencent"; "CKH HOLDINGS" is kept beside "CK Hutchison").
 */
import { INDUSTRIES } from '@/lib/industries';
import { foldName, type SearchIndexWire } from '@/lib/stocks/search';

export interface WireInput {
  code: string;
  name: string;
  nameZh: string | null;
  shortName: string;
  sector: string;
  themes: readonly { id: string; name: string; nameZh?: string | null }[];
}

/** `|` separates names on the wire; a name never needs one. */
const field = (s: string) => s.replace(/\|/g, '/');

export function searchIndexWire(entries: readonly WireInput[], version: string): SearchIndexWire {
  const sorted = [...entries].sort((a, b) => (a.code < b.code ? -1 : 1));
  const themes = new Map<string, [string, string, number[]]>();
  sorted.forEach((e, k) => {
    for (const th of e.themes) {
      const t = themes.get(th.id) ?? [th.name, th.nameZh ?? '', []];
      t[2].push(k);
      themes.set(th.id, t);
    }
  });
  let prev = 0;
  const gaps = sorted.map((e) => {
    const n = Number(e.code);
    const gap = n - prev;
    prev = n;
    return gap;
  });
  const shortOf = (e: WireInput) => {
    const short = e.shortName.replace(/\s+-\s+[A-Z]{1,3}$/, '');
    return foldName(short) !== foldName(e.name) && !foldName(e.name).startsWith(foldName(short)) ? field(short) : '';
  };
  return {
    v: version,
    i: [...INDUSTRIES],
    t: [...themes.values()],
    c: gaps.map((g) => g.toString(36)).join(','),
    n: sorted.map((e) => field(e.name)).join('|'),
    z: sorted.map((e) => field(e.nameZh ?? '')).join('|'),
    h: sorted.map(shortOf).join('|'),
  };
}
