import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, Summary, ViewSpecInput } from '../../../shared/contract';
import { useClient } from '../../api/client-context';
import { newRequestId } from '../common/request-id';

export type SummaryStatus = 'running' | 'done' | 'failed' | 'cancelled';

export interface SummaryState {
  status: SummaryStatus;
  /** The figures so far (running) or final (done); null before the first arrive. */
  summary: Summary | null;
  error: ApiError | null;
}

/**
 * A summary of a view, computed main-side while it lists: the figures fill in from
 * view.summary.progress events and settle on the answer. One summary per mount (a new depth
 * mounts anew); unmounting cancels a running summary.
 */
export function useSummary(spec: ViewSpecInput, depth: number) {
  const client = useClient();
  const [state, setState] = useState<SummaryState>({
    status: 'running',
    summary: null,
    error: null,
  });
  const current = useRef<string | null>(null);
  // The view as data: a parent that builds an equal spec on each render does not restart it.
  const specKey = JSON.stringify(spec);

  useEffect(() => {
    const requestId = newRequestId();
    current.current = requestId;
    const off = client.on('view.summary.progress', (progress) => {
      if (progress.requestId !== requestId) return;
      setState((s) => (s.status === 'running' ? { ...s, summary: progress.summary } : s));
    });
    const view = JSON.parse(specKey) as ViewSpecInput;
    void client['view.summary']({ requestId, spec: view, depth, top: 10 }).then((result) => {
      if (current.current !== requestId) return;
      setState(
        result.ok
          ? { status: 'done', summary: result.value, error: null }
          : (s) => ({
              status: result.error.code === 'CANCELLED' ? 'cancelled' : 'failed',
              summary: s.summary,
              error: result.error,
            }),
      );
    });
    return () => {
      off();
      if (current.current === requestId) current.current = null;
      void client['request.cancel']({ requestId });
    };
  }, [client, specKey, depth]);

  const cancel = useCallback(() => {
    const requestId = current.current;
    if (requestId) void client['request.cancel']({ requestId });
  }, [client]);

  return { state, cancel };
}
