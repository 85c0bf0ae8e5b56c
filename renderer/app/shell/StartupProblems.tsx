/** What stops the first view from opening: a failed catalog call (profiles, regions, resources). */
export function StartupProblems({ errors }: { errors: (Error | null)[] }) {
  const failed = errors.filter((e): e is Error => e !== null);
  return (
    <main className="view view-empty">
      {failed.length === 0 ? <p className="muted">Loading profiles…</p> : null}
      {failed.map((error, i) => (
        <div key={i} role="alert" className="banner banner-error">
          {error.message}
        </div>
      ))}
    </main>
  );
}
