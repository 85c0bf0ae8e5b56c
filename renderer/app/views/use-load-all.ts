import { useCallback, useEffect, useRef, useState } from 'react';
import { useResetState } from '../common/use-reset-state';
import type { ViewPages } from './use-view-pages';

/**
 * "Load all": pulls batch after batch until the listing ends, fails or is cancelled. Each batch
 * is one request, so the table stays responsive and cancel stops within one batch. `interrupted`
 * says a failure stopped it, so that Retry goes on loading all rather than one batch.
 */
export function useLoadAll(view: ViewPages, resetKey: string) {
  const [running, setRunning] = useState(false);
  const [interrupted, setInterrupted] = useResetState(() => false, resetKey);
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
    setInterrupted(false);
    try {
      let more = latest.current.query.hasNextPage;
      while (more && !stopped.current) {
        const result = await latest.current.query.fetchNextPage({ cancelRefetch: false });
        if (result.isError && !stopped.current) setInterrupted(true);
        more = !result.isError && result.hasNextPage;
      }
    } finally {
      setRunning(false);
    }
  }, [setInterrupted]);

  const cancel = useCallback(() => {
    stopped.current = true;
    setInterrupted(false);
    latest.current.cancel();
  }, [setInterrupted]);

  return { running, interrupted, start, cancel };
}
