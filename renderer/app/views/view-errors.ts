import type { ApiError, ViewSpecInput } from '../../../shared/contract';
import { ApiCallError } from '../../api/unwrap';
import { filterErrorOf, type FilterError } from '../filter/filter-error';
import { visibleError } from './use-view-pages';

export interface ViewErrors {
  /** What stops the view, for the banner; null when cancelled or fine. */
  error: ApiError | null;
  /** The applied filter was rejected: shown under the filter box instead of the banner. */
  badFilter: FilterError | null;
}

/** Sorts the view's failure into the banner or the filter box; cancellation is no error. */
export const viewErrors = (failure: unknown, spec: ViewSpecInput): ViewErrors => {
  const error = visibleError(failure);
  if (!error) return { error: null, badFilter: null };
  const apiError: ApiError =
    error instanceof ApiCallError
      ? error.apiError
      : { code: 'INTERNAL', message: error.message, retryable: true };
  if (apiError.code === 'BAD_FILTER') {
    return { error: null, badFilter: filterErrorOf(apiError, spec.filter?.expression ?? '') };
  }
  return { error: apiError, badFilter: null };
};
