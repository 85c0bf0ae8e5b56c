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
  // First in a right-aligned group: appearing and going away moves none of the other buttons.
  const action = fetching
    ? { label: 'Stop', run: loading.stop }
    : loading.paused && hasMore
      ? { label: 'Load more', run: loading.resume }
      : null;
  return (
    <>
      {action ? (
        <button type="button" className="btn" onClick={action.run}>
          {action.label}
        </button>
      ) : null}
      <button type="button" className="btn" disabled={!hasMore} onClick={loading.start}>
        Load all
      </button>
      <button type="button" className="btn" title="List again from the start" onClick={onRefresh}>
        Refresh
      </button>
    </>
  );
}
