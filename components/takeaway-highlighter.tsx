'use client';
/**
 * The takeaway list's one interactive part: hover or focus a takeaway (an <li data-cites="…">) and every
 * card, row, tile or bar it cites (elements whose data-ref holds one of those keys) gets the `cited`
 * class. The items are server-rendered children; events are delegated to the list, and the script only
 * toggles classes elsewhere on the page, so the list itself is never re-rendered.
 */
import { useRef, type FocusEvent, type PointerEvent, type ReactNode } from 'react';
import { tileId } from '@/lib/heatmap/tile-id';

export function TakeawayHighlighter({ children }: { children: ReactNode }) {
  const lit = useRef<Element[]>([]);
  const current = useRef<Element | null>(null);

  const clear = () => {
    for (const el of lit.current) el.classList.remove('cited');
    lit.current = [];
    current.current = null;
  };

  const highlight = (item: Element | null) => {
    if (item === current.current) return;
    clear();
    if (!item) return;
    current.current = item;
    const wanted = new Set((item.getAttribute('data-cites') ?? '').split(' ').filter(Boolean));
    const found: Element[] = [];
    document.querySelectorAll('[data-ref]').forEach((el) => {
      const keys = (el.getAttribute('data-ref') ?? '').split(' ');
      if (keys.some((k) => wanted.has(k))) found.push(el);
    });
    // A stock's map tile is found by its id (lib/heatmap/tile-id.ts), not by a data-ref of its own.
    for (const key of wanted) {
      const tile = key.startsWith('stock:') ? document.getElementById(tileId(key.slice('stock:'.length))) : null;
      if (tile) found.push(tile);
    }
    for (const el of found) el.classList.add('cited');
    lit.current = found;
  };

  const itemOf = (target: EventTarget | null) => (target instanceof Element ? target.closest('li[data-cites]') : null);

  return (
    <ol
      data-testid="takeaways"
      onPointerOver={(e: PointerEvent) => highlight(itemOf(e.target))}
      onPointerLeave={clear}
      onFocus={(e: FocusEvent) => highlight(itemOf(e.target))}
      onBlur={(e: FocusEvent) => {
        if (!itemOf(e.relatedTarget)) clear();
      }}
    >
      {children}
    </ol>
  );
}
