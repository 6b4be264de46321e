/**
 * What a takeaway cites, as `data-ref` keys the page's elements carry: `index:HSI`, `industry:Materials`,
 * `theme:gold-miners`, `stock:03750`. Hovering or focusing a takeaway highlights every element it cites.
 */
export interface CitedRefs {
  indices: readonly string[];
  industries: readonly string[];
  themes: readonly string[];
  stocks: readonly string[];
}

export const refKey = {
  index: (id: string) => `index:${id}`,
  industry: (name: string) => `industry:${name}`,
  theme: (id: string) => `theme:${id}`,
  stock: (code: string) => `stock:${code}`,
};

export function refKeys(refs: CitedRefs): string[] {
  return [
    ...refs.indices.map(refKey.index),
    ...refs.industries.map(refKey.industry),
    ...refs.themes.map(refKey.theme),
    ...refs.stocks.map(refKey.stock),
  ];
}
