import type { Locale } from '@/lib/i18n/locale';
import { sessionText } from '@/lib/i18n/messages/session';
import { formatProblem, type Problem } from '@/lib/session/validate';

/** The validator's own words (file, field, problem) stay as produced: English, marked so on a Chinese page. */
function ProblemList({ problems, locale }: { problems: readonly Problem[]; locale: Locale }) {
  return (
    <ul className="problems" lang={locale === 'en' ? undefined : 'en'}>
      {problems.map((p, i) => (
        <li key={i}>
          <code>{formatProblem(p)}</code>
        </li>
      ))}
    </ul>
  );
}

/** The page of a session whose file failed validation: what is wrong, where, in the validator's words. */
export function InvalidSession({ file, errors, locale = 'en' }: { file: string; errors: readonly Problem[]; locale?: Locale }) {
  const t = sessionText[locale].problems;
  return (
    <section className="panel data-error" role="alert" data-testid="invalid-session">
      <h2>{t.invalidTitle}</h2>
      <p>
        {t.invalidBefore}
        <code>{file}</code>
        {t.invalidAfter}
        <code>npm run validate</code>
        {t.invalidEnd}
      </p>
      <ProblemList problems={errors} locale={locale} />
    </section>
  );
}

/** Warnings about a valid file: shown, collapsed, so a reader knows what to double-check. */
export function DataNotes({ warnings, locale = 'en' }: { warnings: readonly Problem[]; locale?: Locale }) {
  if (warnings.length === 0) return null;
  return (
    <details className="panel" data-testid="data-notes">
      <summary>
        {sessionText[locale].problems.notes} <span className="badge warn">{warnings.length}</span>
      </summary>
      <ul className="problems" lang={locale === 'en' ? undefined : 'en'}>
        {warnings.map((p, i) => (
          <li key={i}>
            <code>
              {p.path}: {p.message}
            </code>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** A newer file for this session failed validation; the page keeps showing the last valid version. */
export function RejectedUpdate({ errors, locale = 'en' }: { errors: readonly Problem[]; locale?: Locale }) {
  const t = sessionText[locale].problems;
  return (
    <section className="panel notice" role="status" data-testid="rejected-update">
      <h2>{t.rejectedTitle}</h2>
      <p>{t.rejectedBody}</p>
      <ProblemList problems={errors} locale={locale} />
    </section>
  );
}
