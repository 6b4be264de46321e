/**
 * The numbered key takeaways: server-rendered text, the largest paint of the page's first screen. No
 * script renders or re-renders it; the highlighting of what a takeaway cites is a delegated listener on
 * the list (TakeawayHighlighter), so the text the reader sees first is never replaced or repainted by React.
 * A stock the sentence names links to its page, keeping the view's period.
 */
import { TakeawayHighlighter } from '@/components/takeaway-highlighter';
import { stockHref } from '@/lib/stocks/urls';
import type { TakeawayItem } from '@/lib/views/types';

export type { TakeawayItem };

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

export function Takeaways({ items, period }: { items: TakeawayItem[]; /** The view's period, kept in stock links. */ period?: string }) {
  if (items.length === 0) return null;
  return (
    <section className="panel takeaways" aria-labelledby="takeaways-title">
      <h2 id="takeaways-title">Key takeaways</h2>
      <TakeawayHighlighter>
        {items.map((item, i) => (
          <li key={i} tabIndex={0} data-cites={item.refs.join(' ')}>
            <TakeawayText item={item} period={period} />
          </li>
        ))}
      </TakeawayHighlighter>
    </section>
  );
}
