import type { ViewController } from './use-view-controller';

interface LoadControlsProps {
  loading: ViewController['loading'];
  onRefresh(): void;
  fetching: boolean;
  hasMore: boolean;
  loaded: number;
}

/**
 * "Load all" with its progress and cancel; "Stop" while a batch runs (a filter can scan long);
 * "Load more" after a stop.
 */
export function LoadControls({ loading, onRefresh, fetching, hasMore, loaded }: LoadControlsProps) {
  if (loading.running) {
    return (
      <button type="button" className="btn" onClick={loading.cancel}>
        Cancel loading ({loaded.toLocaleString()} rows)
      </button>
    );
  }
  // One slot that never leaves the layout, so the toolbar does not shift each time a batch runs.
  const action = fetching
    ? { label: 'Stop', run: loading.stop }
    : loading.paused && hasMore
      ? { label: 'Load more', run: loading.resume }
      : null;
  return (
    <>
      <button
        type="button"
        className="btn btn-slot"
        style={action ? undefined : { visibility: 'hidden' }}
        disabled={!action}
        onClick={action?.run}
      >
        {action?.label ?? 'Stop'}
      </button>
      <button type="button" className="btn" disabled={!hasMore} onClick={loading.start}>
        Load all
      </button>
      <button type="button" className="btn" title="List again from the start" onClick={onRefresh}>
        Refresh
      </button>
    </>
  );
}
