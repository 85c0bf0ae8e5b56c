import { useCallback, useEffect, useRef, useState } from 'react';
import type { ViewPages } from './use-view-pages';

/**
 * "Load all": pulls batch after batch until the listing ends, fails or is cancelled. Each batch
 * is one request, so the table stays responsive and cancel stops within one batch.
 */
export function useLoadAll(view: ViewPages, resetKey: string) {
  const [running, setRunning] = useState(false);
  const stopped = useRef(false);
  const latest = useRef(view);
  useEffect(() => {
    latest.current = view;
  });
  useEffect(() => {
    // A new view stops the loop; its `finally` clears `running`.
    stopped.current = true;
  }, [resetKey]);

  const start = useCallback(async () => {
    stopped.current = false;
    setRunning(true);
    try {
      let more = latest.current.query.hasNextPage;
      while (more && !stopped.current) {
        const result = await latest.current.query.fetchNextPage({ cancelRefetch: false });
        more = !result.isError && result.hasNextPage;
      }
    } finally {
      setRunning(false);
    }
  }, []);

  const cancel = useCallback(() => {
    stopped.current = true;
    latest.current.cancel();
  }, []);

  return { running, start, cancel };
}
