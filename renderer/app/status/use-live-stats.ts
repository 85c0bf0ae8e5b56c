import type { ViewStats } from '../../../shared/contract';
import { useLiveValue, type LiveValue } from '../common/live-value';

/** The counts of the batch in flight, for the status bar; null when nothing is fetching. */
export function useLiveStats(live: LiveValue<ViewStats>, fetching: boolean): ViewStats | null {
  const stats = useLiveValue(live);
  return fetching ? stats : null;
}
