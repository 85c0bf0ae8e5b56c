import { ApiFailure, fail, type ApiError } from '../../../shared/contract';
import { redactSecrets } from '../log/redact';

export const isAbort = (error: unknown): boolean =>
  error instanceof Error && (error.name === 'AbortError' || error.name === 'CancelledError');

/** Unexpected errors become INTERNAL with a short message; the stack stays in the main-side log. */
export const toApiError = (error: unknown, log: (line: string) => void): ApiError => {
  if (error instanceof ApiFailure) return error.apiError;
  if (isAbort(error)) return fail('CANCELLED', 'Cancelled.').error;
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  log(`internal error: ${redactSecrets(stack)}`);
  const short = error instanceof Error ? error.message.split('\n')[0]!.slice(0, 200) : 'unknown';
  return fail('INTERNAL', `Internal error: ${redactSecrets(short)}`).error;
};
