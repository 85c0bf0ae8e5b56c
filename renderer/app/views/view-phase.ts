import type { ViewPhase } from '../status/StatusBar';
import type { ViewPages } from './use-view-pages';

export const viewPhase = (view: ViewPages, hasSpec: boolean, failed: boolean): ViewPhase => {
  if (!hasSpec) return 'idle';
  if (failed) return 'stopped';
  if (view.query.isFetching) return 'loading';
  return view.query.hasNextPage ? 'more' : 'complete';
};
