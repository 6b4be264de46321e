import Link from 'next/link';
import { formatSessionDate } from '@/lib/dates';
import type { Locale } from '@/lib/i18n/locale';
import { stocksText } from '@/lib/i18n/messages/stocks';
import type { RecapIndexStatus, RecapMention } from '@/lib/stocks/recap-index';
import { sessionHighlightHref } from '@/lib/stocks/urls';

const SHOWN = 8;

/** The sessions whose key takeaways named the stock, newest first, each linked with the stock outlined. */
export function RecapMentions({ code, mentions, updating, locale }: { code: string; mentions: RecapMention[]; updating: RecapIndexStatus | null; locale: Locale }) {
  const t = stocksText[locale].recap;
  const item = (m: RecapMention) => (
    <li key={m.date}>
      <Link href={sessionHighlightHref(m.date, code, locale)} data-date={m.date}>
        <time dateTime={m.date}>{formatSessionDate(m.date, locale)}</time>
      </Link>
      <span className="muted"> · {locale === 'zh-hk' ? m.textZh : m.text}</span>
    </li>
  );
  return (
    <section className="panel" aria-labelledby="recap-title" data-testid="in-the-recap">
      <h2 id="recap-title">{t.title}</h2>
      {mentions.length === 0 ? (
        <p className="muted">{t.none}</p>
      ) : (
        <>
          <p className="muted note">{t.count(mentions.length)}</p>
          <ul className="recap-list">{mentions.slice(0, SHOWN).map(item)}</ul>
          {mentions.length > SHOWN ? (
            <details>
              <summary>{t.earlier(mentions.length - SHOWN)}</summary>
              <ul className="recap-list">{mentions.slice(SHOWN).map(item)}</ul>
            </details>
          ) : null}
        </>
      )}
      {updating ? <p className="muted note" data-testid="recap-updating">{t.updating(updating.indexed, updating.total)}</p> : null}
    </section>
  );
}
