import type { LoadedFilterView } from './use-loaded-filter';

/**
 * Says when the grid does not show the typed filter's result: the previous filter's rows stay
 * visible (marked so) while the text does not parse, fails on the data, still runs, or is one
 * only the engine can run.
 */
export function LoadedFilterNote({ loaded }: { loaded: LoadedFilterView }) {
  if (loaded.state === 'current') return null;
  const { shown, reason } = loaded;
  const showing = shown ? (
    <>
      Showing results of the previous filter <code className="mono">{shown.expression}</code>
    </>
  ) : (
    'Showing every loaded row'
  );
  return (
    <p className="filter-note" data-testid="filter-note">
      {loaded.state === 'running' ? 'Filtering the loaded rows… ' : null}
      {showing}
      {reason ? `: ${reason}.` : '.'}
    </p>
  );
}
