'use client';

import { useCallback, useRef } from 'react';
import type { TakeawayItem } from '@/lib/views/types';

export type { TakeawayItem };

/**
 * The numbered key takeaways. Hover or focus one and every card, row, tile or bar it cites is highlighted.
 * The text is server-rendered; the script only toggles a class.
 */
export function Takeaways({ items }: { items: TakeawayItem[] }) {
  const lit = useRef<Element[]>([]);

  const clear = useCallback(() => {
    for (const el of lit.current) el.classList.remove('cited');
    lit.current = [];
  }, []);

  const highlight = useCallback(
    (refs: string[]) => {
      clear();
      const wanted = new Set(refs);
      const found: Element[] = [];
      document.querySelectorAll('[data-ref]').forEach((el) => {
        const keys = (el.getAttribute('data-ref') ?? '').split(' ');
        if (keys.some((k) => wanted.has(k))) found.push(el);
      });
      for (const el of found) el.classList.add('cited');
      lit.current = found;
    },
    [clear],
  );

  if (items.length === 0) return null;
  return (
    <section className="panel takeaways" aria-labelledby="takeaways-title">
      <h2 id="takeaways-title">Key takeaways</h2>
      <ol data-testid="takeaways">
        {items.map((item, i) => (
          <li
            key={i}
            tabIndex={0}
            data-cites={item.refs.join(' ')}
            onMouseEnter={() => highlight(item.refs)}
            onMouseLeave={clear}
            onFocus={() => highlight(item.refs)}
            onBlur={clear}
          >
            {item.text}
          </li>
        ))}
      </ol>
    </section>
  );
}
