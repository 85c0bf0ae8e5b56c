import { useEffect, useState, type RefObject } from 'react';
import type { ViewStats } from '../../../shared/contract';
import { useClient } from '../../api/client-context';

/**
 * The `view.stats` events of the batch in flight. Kept in the status bar's own state so the
 * counts can tick several times a second without rendering the table.
 */
export function useLiveStats(
  activeRequest: RefObject<string | null>,
  fetching: boolean,
): ViewStats | null {
  const client = useClient();
  const [stats, setStats] = useState<ViewStats | null>(null);
  useEffect(
    () =>
      client.on('view.stats', (payload) => {
        if (payload.requestId === activeRequest.current) setStats(payload);
      }),
    [client, activeRequest],
  );
  return fetching && stats?.requestId === activeRequest.current ? stats : null;
}
