import { setTimeout as sleep } from 'node:timers/promises';

export interface RetryPolicy {
  attempts: number;
  baseMs: number;
  capMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { attempts: 8, baseMs: 50, capMs: 2_000 };

let threadPolicy = defaultRetryPolicy;

/** The retry policy of this thread's listings when a call gives none (useRetryPolicy). */
export const currentRetryPolicy = (): RetryPolicy => threadPolicy;

/**
 * Sets the retry policy of this thread's listings: the engine worker takes its host's, so that a
 * host started by a test can retry without the waits (module mocks do not reach a worker).
 */
export const useRetryPolicy = (policy: RetryPolicy): void => {
  threadPolicy = policy;
};

/**
 * "Full jitter" exponential backoff, so that many cursors throttled together do not retry in
 * lockstep: https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/
 */
export const backoffDelay = (policy: RetryPolicy, attempt: number, random = Math.random): number =>
  Math.floor(random() * Math.min(policy.capMs, policy.baseMs * 2 ** attempt));

/** Wait, or throw an AbortError as soon as the signal fires. */
export const waitFor = (ms: number, signal: AbortSignal): Promise<void> =>
  sleep(ms, undefined, { signal });
