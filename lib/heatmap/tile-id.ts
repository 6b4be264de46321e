/**
 * The DOM id of a stock's tile on the map, from its 5-digit code (validated by the session schema). The
 * wide layout's rules select tiles by id (one hash lookup per tile), and the page finds a stock's tile by
 * it (the takeaways' `stock:CODE` citations, the map's script), so a tile carries no other attribute
 * naming it: a page of the whole exchange has 2,600 tiles, and each attribute is parsed 2,600 times.
 */
export const tileId = (code: string) => `t${code}`;

/** Every tile of a map (the map's list items), for event delegation here and in the head scripts. */
export const TILE_SELECTOR = '.hm-tiles li';

/** The code of a tile element's stock (the inverse of tileId), or null for any other element. */
export function tileCode(el: Element): string | null {
  return /^t\d{5}$/.test(el.id) ? el.id.slice(1) : null;
}
