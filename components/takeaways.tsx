/**
 * The numbered key takeaways: server-rendered text, the largest paint of the page's first screen. No
 * script renders or re-renders it; the highlighting of what a takeaway cites is a delegated listener on
 * the list (TakeawayHighlighter), so the text the reader sees first is never replaced or repainted by React.
 * A stock the sentence names links to its page, keeping the view's period.
 */
import { TakeawayHighlighter } from '@/components/takeaway-highlighter';
import { localePath, type Locale } from '@/lib/i18n/locale';
import { sessionText } from '@/lib/i18n/messages/session';
import { stockHref } from '@/lib/stocks/urls';
import type { TakeawayItem } from '@/lib/views/types';

export type { TakeawayItem };

function TakeawayText({ item, period, locale }: { item: TakeawayItem; period?: string; locale: Locale }) {
  if (!item.segments) return <>{item.text}</>;
  return (
    <>
      {item.segments.map((s, k) =>
        s.code === undefined ? (
          s.text
        ) : (
          <a key={k} href={localePath(locale, stockHref(s.code, period))} className="stock-link">
            {s.text}
          </a>
        ),
      )}
      {item.unplaced?.map((code) => (
        <a key={code} href={localePath(locale, stockHref(code, period))} className="stock-link">
          {' '}
          ({code})
        </a>
      ))}
    </>
  );
}

export function Takeaways({
  items,
  period,
  locale = 'en',
}: {
  items: TakeawayItem[];
  /** The view's period, kept in stock links. */
  period?: string;
  /** The edition: the heading's words and the stock links' prefix (the items come in the edition's words). */
  locale?: Locale;
}) {
  if (items.length === 0) return null;
  return (
    <section className="panel takeaways" aria-labelledby="takeaways-title">
      <h2 id="takeaways-title">{sessionText[locale].takeaways.title}</h2>
      <TakeawayHighlighter>
        {items.map((item, i) => (
          <li key={i} tabIndex={0} data-cites={item.refs.join(' ')}>
            <TakeawayText item={item} period={period} locale={locale} />
          </li>
        ))}
      </TakeawayHighlighter>
    </section>
  );
}
