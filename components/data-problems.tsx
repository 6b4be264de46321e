import { formatProblem, type Problem } from '@/lib/session/validate';

function ProblemList({ problems }: { problems: readonly Problem[] }) {
  return (
    <ul className="problems">
      {problems.map((p, i) => (
        <li key={i}>
          <code>{formatProblem(p)}</code>
        </li>
      ))}
    </ul>
  );
}

/** The page of a session whose file failed validation: what is wrong, where, in the validator's words. */
export function InvalidSession({ file, errors }: { file: string; errors: readonly Problem[] }) {
  return (
    <section className="panel data-error" role="alert" data-testid="invalid-session">
      <h2>This session&rsquo;s data is invalid</h2>
      <p>
        <code>{file}</code> failed validation, so nothing from it is shown. Fix the file (or run <code>npm run validate</code>) and
        reload; other sessions are unaffected.
      </p>
      <ProblemList problems={errors} />
    </section>
  );
}

/** Warnings about a valid file: shown, collapsed, so a reader knows what to double-check. */
export function DataNotes({ warnings }: { warnings: readonly Problem[] }) {
  if (warnings.length === 0) return null;
  return (
    <details className="panel" data-testid="data-notes">
      <summary>
        Data notes <span className="badge warn">{warnings.length}</span>
      </summary>
      <ul className="problems">
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
export function RejectedUpdate({ errors }: { errors: readonly Problem[] }) {
  return (
    <section className="panel notice" role="status" data-testid="rejected-update">
      <h2>A newer file for this session was rejected</h2>
      <p>The numbers below are from the last valid version. The new file failed validation:</p>
      <ProblemList problems={errors} />
    </section>
  );
}
