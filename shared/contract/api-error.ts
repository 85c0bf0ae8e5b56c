/**
 * Every failure that crosses the contract is data, never a thrown Electron error with a stack
 * (STYLE.md rule 4). The codes are the ones the UI knows how to explain.
 */
export const errorCodes = [
  'BAD_REQUEST',
  'BAD_FILTER',
  'BAD_COLUMN',
  'BAD_TOKEN',
  'LIMIT_EXCEEDED',
  'NOT_FOUND',
  'ACCESS_DENIED',
  'THROTTLED',
  'EXPIRED_CREDENTIALS',
  'SSO_LOGIN_REQUIRED',
  'NO_CREDENTIALS',
  'PROFILE_CONFIG',
  'REGION_NOT_ENABLED',
  'NETWORK',
  'SERVICE_ERROR',
  'CANCELLED',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface ApiError {
  code: ErrorCode;
  message: string;
  retryable: boolean;
  details?: Record<string, JsonValue>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const fail = (
  code: ErrorCode,
  message: string,
  options: { retryable?: boolean; details?: Record<string, JsonValue> } = {},
): { ok: false; error: ApiError } => ({
  ok: false,
  error: {
    code,
    message,
    retryable: options.retryable ?? false,
    ...(options.details ? { details: options.details } : {}),
  },
});

/** An ApiError that can be thrown inside the main side and is returned to the caller as is. */
export class ApiFailure extends Error {
  constructor(readonly apiError: ApiError) {
    super(apiError.message);
    this.name = 'ApiFailure';
  }

  static of(
    code: ErrorCode,
    message: string,
    options: { retryable?: boolean; details?: Record<string, JsonValue> } = {},
  ): ApiFailure {
    return new ApiFailure(fail(code, message, options).error);
  }
}
