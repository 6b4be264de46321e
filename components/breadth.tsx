import { formatInteger } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locale';
import { sessionText } from '@/lib/i18n/messages/session';
import type { Breadth as BreadthMetrics } from '@/lib/metrics';
import { refKey } from '@/lib/session/refs';

export function Breadth({ breadth, title, locale = 'en' }: { breadth: BreadthMetrics; title?: string; locale?: Locale }) {
  const t = sessionText[locale].breadth;
  const total = breadth.total;
  const pct = (n: number) => (total === 0 ? 0 : (n / total) * 100);
  // English puts the count first ("245 advancers"); Chinese the word first (「上升 245」).
  const count = (value: number, word: string, className: string | undefined, testId: string) =>
    locale === 'en' ? (
      <span>
        <strong className={className} data-testid={testId}>{formatInteger(value)}</strong> {word}
      </span>
    ) : (
      <span>
        {word} <strong className={className} data-testid={testId}>{formatInteger(value)}</strong>
      </span>
    );
  return (
    <section className="panel" aria-labelledby="breadth-title" data-testid="breadth" data-ref={refKey.market('breadth')}>
      <h2 id="breadth-title">{title ?? t.title}</h2>
      <div className="breadth-bar" aria-hidden="true">
        <span className="adv" style={{ width: `${pct(breadth.advancers)}%` }} />
        <span className="unch" style={{ width: `${pct(breadth.unchanged)}%` }} />
        <span className="dec" style={{ width: `${pct(breadth.decliners)}%` }} />
      </div>
      <div className="breadth-legend">
        {count(breadth.advancers, t.advancers, 'up', 'advancers')}
        {count(breadth.decliners, t.decliners, 'down', 'decliners')}
        {count(breadth.unchanged, t.unchanged, undefined, 'unchanged')}
        <span className="muted">{t.of(formatInteger(total))}</span>
        {breadth.extremeCount > 0 ? (
          <span className="muted" data-testid="breadth-extremes">
            {t.extremes(breadth.extremeCount)}
          </span>
        ) : null}
      </div>
    </section>
  );
}
