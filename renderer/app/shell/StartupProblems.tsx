import type { ConfigFileProblem } from '../../../shared/contract';

/** What stops the first view from opening: a failed catalog call or a broken AWS config file. */
export function StartupProblems({
  errors,
  problems,
}: {
  errors: (Error | null)[];
  problems: ConfigFileProblem[];
}) {
  const failed = errors.filter((e): e is Error => e !== null);
  return (
    <main className="view view-empty">
      {failed.length === 0 && problems.length === 0 ? (
        <p className="muted">Loading profiles…</p>
      ) : null}
      {failed.map((error, i) => (
        <div key={i} role="alert" className="banner banner-error">
          {error.message}
        </div>
      ))}
      {problems.map((p, i) => (
        <div key={`p${i}`} className="banner banner-warn">
          {p.file}
          {p.line !== null ? `:${p.line}` : ''} — {p.message}
        </div>
      ))}
    </main>
  );
}
