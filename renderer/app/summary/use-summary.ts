import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, Summary, ViewSpecInput } from '../../../shared/contract';
import { useClient } from '../../api/client-context';

export type SummaryStatus = 'running' | 'done' | 'failed' | 'cancelled';

export interface SummaryState {
  status: SummaryStatus;
  /** The figures so far (running) or final (done); null before the first arrive. */
  summary: Summary | null;
  error: ApiError | null;
}

/**
 * A summary of a view, computed main-side while it lists: the figures fill in from the call's
 * progress reports and settle on the answer. One summary per mount (a new depth mounts anew);
 * unmounting cancels a running summary.
 */
export function useSummary(spec: ViewSpecInput, depth: number) {
  const client = useClient();
  const [state, setState] = useState<SummaryState>({
    status: 'running',
    summary: null,
    error: null,
  });
  const running = useRef<AbortController | null>(null);
  // The view as data: a parent that builds an equal spec on each render does not restart it.
  const specKey = JSON.stringify(spec);

  useEffect(() => {
    const controller = new AbortController();
    running.current = controller;
    const view = JSON.parse(specKey) as ViewSpecInput;
    const onProgress = (summary: Summary) =>
      setState((s) => (s.status === 'running' ? { ...s, summary } : s));
    void client['view.summary'](
      { spec: view, depth, top: 10 },
      { signal: controller.signal, onProgress },
    ).then((result) => {
      if (running.current !== controller) return;
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
      if (running.current === controller) running.current = null;
      controller.abort();
    };
  }, [client, specKey, depth]);

  const cancel = useCallback(() => running.current?.abort(), []);

  return { state, cancel };
}
