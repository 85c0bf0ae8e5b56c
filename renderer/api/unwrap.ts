import type { ApiError, Result } from '../../shared/contract';

/** Thrown by unwrap so react-query sees a failed call; the ApiError rides along as data. */
export class ApiCallError extends Error {
  constructor(readonly apiError: ApiError) {
    super(apiError.message);
    this.name = 'ApiCallError';
  }
}

export const unwrap = async <T>(result: Promise<Result<T>>): Promise<T> => {
  const settled = await result;
  if (!settled.ok) throw new ApiCallError(settled.error);
  return settled.value;
};
