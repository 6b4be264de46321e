/**
 * What a takeaway cites, as keys the page's elements carry in `data-ref` and a takeaway in `data-cites`
 * (both space-separated lists of keys). A key is `kind:id` with the id percent-encoded
 * (encodeURIComponent), so a name with spaces or `&` stays one token:
 *   `index:HSI`, `industry:Properties%20%26%20Construction`, `theme:gold-miners`, `stock:03750`,
 *   `market:breadth`, `market:turnover`, `market:52-week` (new 52-week highs and lows), `group:cyclicals`, `group:growth`, `group:defensives`.
 * A token never contains a space or a quote, so `[data-ref~="KEY"]` finds every element carrying it.
 * Hovering or focusing a takeaway highlights every element it cites.
 */
export interface CitedRefs {
  indices: readonly string[];
  industries: readonly string[];
  themes: readonly string[];
  stocks: readonly string[];
  /** Market-wide measures: `breadth`, `turnover`, `52-week`. */
  market?: readonly string[];
  /** Rotation groups: `cyclicals`, `growth`, `defensives`. */
  groups?: readonly string[];
}

const key = (kind: string) => (id: string) => `${kind}:${encodeURIComponent(id)}`;

export const refKey = {
  index: key('index'),
  industry: key('industry'),
  theme: key('theme'),
  stock: key('stock'),
  market: key('market'),
  group: key('group'),
};

/** Several keys for one element's `data-ref`. */
export const refList = (...keys: string[]) => keys.join(' ');

/** `industry:Properties%20%26%20Construction` → { kind: 'industry', id: 'Properties & Construction' }. */
export function parseRefKey(token: string): { kind: string; id: string } | null {
  const colon = token.indexOf(':');
  if (colon <= 0) return null;
  try {
    return { kind: token.slice(0, colon), id: decodeURIComponent(token.slice(colon + 1)) };
  } catch {
    return null;
  }
}

export function refKeys(refs: CitedRefs): string[] {
  return [
    ...refs.indices.map(refKey.index),
    ...refs.industries.map(refKey.industry),
    ...refs.themes.map(refKey.theme),
    ...refs.stocks.map(refKey.stock),
    ...(refs.market ?? []).map(refKey.market),
    ...(refs.groups ?? []).map(refKey.group),
  ];
}
