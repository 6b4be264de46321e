'use client';

import { useCallback, useRef } from 'react';
import type { TakeawaySegment } from '@/lib/stocks/takeaway-links';
import { stockHref } from '@/lib/stocks/urls';

export interface TakeawayItem {
  text: string;
  /** data-ref keys of what the takeaway cites (see lib/session/refs.ts). */
  refs: string[];
  /** The text split where it names a cited stock (those parts link to the stock's page). */
  segments?: TakeawaySegment[];
  /** Cited stocks the text does not name recognisably: linked by code after the sentence. */
  unplaced?: string[];
}

function TakeawayText({ item, period }: { item: TakeawayItem; period?: string }) {
  if (!item.segments) return <>{item.text}</>;
  return (
    <>
      {item.segments.map((s, k) =>
        s.code === undefined ? (
          s.text
        ) : (
          <a key={k} href={stockHref(s.code, period)} className="stock-link">
            {s.text}
          </a>
        ),
      )}
      {item.unplaced?.map((code) => (
        <a key={code} href={stockHref(code, period)} className="stock-link">
          {' '}
          ({code})
        </a>
      ))}
    </>
  );
}

/**
 * The numbered key takeaways. Hover or focus one and every card, row, tile or bar it cites is highlighted.
 * The text is server-rendered; the script only toggles a class.
 */
export function Takeaways({ items, period }: { items: TakeawayItem[]; /** The view's period, kept in stock links. */ period?: string }) {
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
            <TakeawayText item={item} period={period} />
          </li>
        ))}
      </ol>
    </section>
  );
}
