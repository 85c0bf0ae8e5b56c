import type { ViewPhase } from '../status/StatusBar';
import type { ViewPages } from './use-view-pages';

/** Where the listing stands, for the status bar. */
export const viewPhase = (
  view: ViewPages,
  state: { failed: boolean; paused: boolean },
): ViewPhase => {
  if (state.failed) return 'stopped';
  if (view.query.isFetching) return 'loading';
  if (!view.query.hasNextPage && view.pages.length > 0) return 'complete';
  return state.paused ? 'paused' : 'more';
};
