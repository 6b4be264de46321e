import Link from 'next/link';
import { formatSessionDate } from '@/lib/dates';
import type { RecapMention } from '@/lib/stocks/recap-index';
import { sessionHighlightHref } from '@/lib/stocks/urls';

const SHOWN = 8;

/** The sessions whose key takeaways named the stock, newest first, each linked with the stock outlined. */
export function RecapMentions({ code, mentions, updating }: { code: string; mentions: RecapMention[]; updating: boolean }) {
  const item = (m: RecapMention) => (
    <li key={m.date}>
      <Link href={sessionHighlightHref(m.date, code)} data-date={m.date}>
        <time dateTime={m.date}>{formatSessionDate(m.date)}</time>
      </Link>
      <span className="muted"> · {m.text}</span>
    </li>
  );
  return (
    <section className="panel" aria-labelledby="recap-title" data-testid="in-the-recap">
      <h2 id="recap-title">In the recap</h2>
      {mentions.length === 0 ? (
        <p className="muted">No session&apos;s key takeaways have named it yet.</p>
      ) : (
        <>
          <p className="muted note">
            Named in the key takeaways of {mentions.length} session{mentions.length === 1 ? '' : 's'}.
          </p>
          <ul className="recap-list">{mentions.slice(0, SHOWN).map(item)}</ul>
          {mentions.length > SHOWN ? (
            <details>
              <summary>{mentions.length - SHOWN} earlier</summary>
              <ul className="recap-list">{mentions.slice(SHOWN).map(item)}</ul>
            </details>
          ) : null}
        </>
      )}
      {updating ? <p className="muted note">New sessions are being indexed; this list may miss the latest.</p> : null}
    </section>
  );
}
