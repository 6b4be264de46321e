import { direction, formatPct, formatPoints, formatSignedPoints } from '@/lib/format';
import { indexName } from '@/lib/config';
import { formatDayMonthYear, formatSessionDate } from '@/lib/dates';
import type { Locale } from '@/lib/i18n/locale';
import { sessionText } from '@/lib/i18n/messages/session';
import { Sparkline } from '@/components/sparkline';
import type { IndexQuote } from '@/lib/session/model';
import { refKey } from '@/lib/session/refs';
import type { IndexContext } from '@/lib/views/index-context';

interface Props {
  /** The session's own quotes (1D). */
  indices: readonly IndexQuote[];
  sparklines?: Record<string, number[]>;
  /** The period shown ('1M') with each index's change over it; absent for 1D. */
  period?: { label: string; indices: readonly IndexQuote[] } | null;
  /** 52-week range and "highest close since", per index id, from the history store. */
  context?: Record<string, IndexContext>;
  locale?: Locale;
}

function RangeBar({ context, name, locale }: { context: IndexContext; name: string; locale: Locale }) {
  const t = sessionText[locale].index;
  const { range } = context;
  const pct = Math.round(context.position * 1000) / 10;
  const label = t.rangeLabel(name, formatPoints(range.low), formatPoints(range.high), formatPoints(context.close));
  return (
    <div className="range" data-testid={`range-${context.id}`}>
      <div className="range-bar" role="img" aria-label={label}>
        <span className="range-mark" style={{ left: `${pct}%` }} />
      </div>
      <div className="range-ends muted">
        <span title={t.lowTitle(formatSessionDate(range.lowDate, locale))}>{formatPoints(range.low, 0)}</span>
        <span>{range.sessions < 250 ? t.rangeSessions(range.sessions) : t.range52}</span>
        <span title={t.highTitle(formatSessionDate(range.highDate, locale))}>{formatPoints(range.high, 0)}</span>
      </div>
    </div>
  );
}

function sincePhrase(since: NonNullable<IndexContext['since']>, locale: Locale): string {
  // "highest close since 24 Mar 2025": the last session that closed at least as high; none in the archive otherwise.
  if (locale === 'zh-hk') {
    // 「收市創2025年3月24日以來新高」, as the Hong Kong press puts it.
    const word = since.kind === 'highest' ? '新高' : '新低';
    return since.date
      ? `收市創${formatDayMonthYear(since.date, locale)}以來${word}`
      : `收市創資料庫紀錄${word}（紀錄始於${formatDayMonthYear(since.archiveStart, locale)}）`;
  }
  return since.date
    ? `${since.kind} close since ${formatSessionDate(since.date).slice(4)}`
    : `${since.kind} close in the archive (which starts ${formatSessionDate(since.archiveStart).slice(4)})`;
}

export function IndexCards({ indices, sparklines = {}, period = null, context = {}, locale = 'en' }: Props) {
  const t = sessionText[locale].index;
  if (indices.length === 0) return <p className="muted">{t.none}</p>;
  const periodById = new Map((period?.indices ?? []).map((i) => [i.id, i]));
  return (
    <section className="index-cards" aria-label={t.section}>
      {indices.map((index) => {
        const over = periodById.get(index.id);
        const shown = period && over ? over : index;
        const dir = direction(shown.changePct);
        const ctx = context[index.id];
        const name = indexName(index.id, index.name, locale);
        return (
          <article key={index.id} className={`index-card ${dir}`} data-index={index.id} data-ref={refKey.index(index.id)}>
            {locale === 'en' ? (
              <h2>
                {index.name}
                {index.nameZh ? <span lang="zh-Hant"> {index.nameZh}</span> : null}
              </h2>
            ) : (
              <h2 data-testid={`index-name-${index.id}`}>
                {/* An index the Hang Seng company's Chinese list lacks keeps the snapshot's English name. */}
                {name !== index.name ? name : (index.nameZh ?? <span lang="en">{index.name}</span>)}
              </h2>
            )}
            <div className="close" data-testid={`close-${index.id}`}>
              {formatPoints(index.close)}
            </div>
            {period && over ? (
              <>
                <div className={`change ${dir}`} data-testid={`period-change-${index.id}`}>
                  <span className="period-tag">{period.label}</span>
                  <span data-testid={`period-points-${index.id}`}>{formatSignedPoints(over.change)}</span>
                  <span data-testid={`period-pct-${index.id}`}>{formatPct(over.changePct)}</span>
                </div>
                <div className={`change small ${direction(index.changePct)}`}>
                  <span className="period-tag">{t.oneDay}</span>
                  <span data-testid={`points-${index.id}`}>{formatSignedPoints(index.change)}</span>
                  <span data-testid={`pct-${index.id}`}>{formatPct(index.changePct)}</span>
                </div>
              </>
            ) : (
              <div className={`change ${dir}`}>
                <span data-testid={`points-${index.id}`}>{formatSignedPoints(index.change)}</span>
                <span data-testid={`pct-${index.id}`}>{formatPct(index.changePct)}</span>
              </div>
            )}
            {period && !over ? <p className="muted small">{t.noPeriodChange(period.label)}</p> : null}
            {ctx?.since ? (
              <p className="since" data-testid={`since-${index.id}`}>
                {sincePhrase(ctx.since, locale).replace(/^./, (c) => c.toUpperCase())}
              </p>
            ) : null}
            {ctx ? <RangeBar context={ctx} name={name} locale={locale} /> : null}
            <Sparkline closes={sparklines[index.id] ?? []} label={t.sparkline(name, (sparklines[index.id] ?? []).length)} />
          </article>
        );
      })}
    </section>
  );
}
