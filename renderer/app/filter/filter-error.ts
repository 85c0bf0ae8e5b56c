import type { ApiError } from '../../../shared/contract';

export interface FilterError {
  message: string;
  /** 1-based column of the offending token, when the engine knows it. */
  column: number | null;
  expression: string;
}

export const filterErrorOf = (error: ApiError, expression: string): FilterError => {
  const column = error.details?.column ?? error.details?.position;
  return {
    message: error.message,
    column: typeof column === 'number' && column >= 1 ? column : null,
    expression,
  };
};
