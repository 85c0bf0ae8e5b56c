interface StartupProblemsProps {
  /** The catalog calls (profiles, regions, resources) that failed, or null for each that did not. */
  errors: (Error | null)[];
  retrying: boolean;
  /** Asks the catalog again (after the user fixed a config file, logged in, ...). */
  onRetry(): void;
}

/** What stops the first view from opening: the failed catalog calls, and Retry. */
export function StartupProblems({ errors, retrying, onRetry }: StartupProblemsProps) {
  const failed = errors.filter((e): e is Error => e !== null);
  return (
    <main className="view view-empty">
      {failed.length === 0 ? <p className="muted">Loading profiles…</p> : null}
      {failed.map((error, i) => (
        <div key={i} role="alert" className="banner banner-error">
          {error.message}
        </div>
      ))}
      {failed.length > 0 ? (
        <p>
          <button type="button" className="btn" disabled={retrying} onClick={onRetry}>
            Retry
          </button>
        </p>
      ) : null}
    </main>
  );
}
