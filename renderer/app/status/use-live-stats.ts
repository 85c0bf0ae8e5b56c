import { useSyncExternalStore } from 'react';
import type { ViewStats } from '../../../shared/contract';
import type { LiveStats } from './live-stats';

/** The counts of the batch in flight, for the status bar; null when nothing is fetching. */
export function useLiveStats(live: LiveStats, fetching: boolean): ViewStats | null {
  const stats = useSyncExternalStore(live.subscribe, live.current);
  return fetching ? stats : null;
}
