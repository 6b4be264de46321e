/**
 * The numbered key takeaways: server-rendered text, the largest paint of the page's first screen. No
 * script renders or re-renders it; the highlighting of what a takeaway cites is a delegated listener on
 * the list (TakeawayHighlighter), so the text the reader sees first is never replaced or repainted by React.
 */
import { TakeawayHighlighter } from '@/components/takeaway-highlighter';
import type { TakeawayItem } from '@/lib/views/types';

export type { TakeawayItem };

export function Takeaways({ items }: { items: TakeawayItem[] }) {
  if (items.length === 0) return null;
  return (
    <section className="panel takeaways" aria-labelledby="takeaways-title">
      <h2 id="takeaways-title">Key takeaways</h2>
      <TakeawayHighlighter>
        {items.map((item, i) => (
          <li key={i} tabIndex={0} data-cites={item.refs.join(' ')}>
            {item.text}
          </li>
        ))}
      </TakeawayHighlighter>
    </section>
  );
}
