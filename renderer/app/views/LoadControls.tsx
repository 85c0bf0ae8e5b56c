import type { ViewController } from './use-view-controller';

interface LoadControlsProps {
  loading: ViewController['loading'];
  fetching: boolean;
  hasMore: boolean;
  loaded: number;
}

/**
 * "Load all" with its progress and cancel; "Stop" while a batch runs (a filter can scan long);
 * "Load more" after a stop.
 */
export function LoadControls({ loading, fetching, hasMore, loaded }: LoadControlsProps) {
  if (loading.running) {
    return (
      <button type="button" className="btn" onClick={loading.cancel}>
        Cancel loading ({loaded.toLocaleString()} rows)
      </button>
    );
  }
  return (
    <>
      {fetching ? (
        <button type="button" className="btn" onClick={loading.stop}>
          Stop
        </button>
      ) : loading.paused && hasMore ? (
        <button type="button" className="btn" onClick={loading.resume}>
          Load more
        </button>
      ) : null}
      <button type="button" className="btn" disabled={!hasMore} onClick={loading.start}>
        Load all
      </button>
    </>
  );
}
