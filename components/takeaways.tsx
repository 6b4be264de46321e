'use client';

import { useCallback, useRef } from 'react';

export interface TakeawayItem {
  text: string;
  /** Keys of what the takeaway cites, each one token (percent-encoded ids, see lib/session/refs.ts). */
  refs: string[];
}

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
      // Keys are single tokens (no spaces or quotes), so the `~=` word match finds each element carrying one.
      const found = refs.length === 0 ? [] : [...document.querySelectorAll(refs.map((k) => `[data-ref~="${CSS.escape(k)}"]`).join(','))];
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
