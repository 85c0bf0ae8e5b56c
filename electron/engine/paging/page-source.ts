import { ApiFailure, type ViewParams } from '../../../shared/contract';
import { mapAwsError, type ErrorContext } from '../aws/aws-errors';
import type { RawPage, ResourceDescriptor } from '../resources/resource';
import { backoffDelay, currentRetryPolicy, waitFor, type RetryPolicy } from './backoff';
import type { TokenValues } from './resume-token';
import { isAbort } from '../errors/to-api-error';

/** Fetches one page by its input tokens, retrying transient faults on that same page. */
export interface PageSource {
  (tokens: TokenValues | null, signal: AbortSignal): Promise<RawPage>;
  /**
   * Input tokens that resume right after the first `kept` primary results of a page this source
   * gave, whatever the page size; null when the source cannot say, and the position is then
   * botocore's: the page's own tokens and how many of its results were taken.
   */
  resumeAfter?(page: RawPage, kept: number): TokenValues | null;
}

export interface PageSourceOptions {
  resource: ResourceDescriptor;
  client: unknown;
  params: ViewParams;
  pageSize: number;
  /** Send no page-size parameter (EC2 refuses MaxResults together with InstanceIds). */
  omitPageSize?: boolean;
  /** Added to the operation's input (view.item narrows the listing to one key). */
  extraInput?: object;
  errors: ErrorContext;
  retry?: RetryPolicy;
  onRetry?(failure: ApiFailure, attempt: number): void;
}

/** The listing was stopped (its signal), or the SDK call was: not a failure to retry. */
const stopped = (error: unknown, signal: AbortSignal): boolean => signal.aborted || isAbort(error);

/**
 * Retrying the page's own request is what "resume from the last good token" means here: the
 * tokens of a failed page are the last good position, so nothing is lost or repeated.
 */
export const createPageSource = (options: PageSourceOptions): PageSource => {
  const { resource, client, errors } = options;
  const policy = options.retry ?? currentRetryPolicy();
  // The engine fills in tokens and the page size by name, as botocore's paginator model does:
  // here the input is a plain map; the descriptor's `send` gives it the command's type.
  const base: Record<string, unknown> = {
    ...resource.baseInput(options.params),
    ...options.extraInput,
  };
  if (resource.limitKey && !options.omitPageSize) {
    base[resource.limitKey] = Math.max(options.pageSize, resource.minPageSize);
  }
  return async (tokens, signal) => {
    const input: Record<string, unknown> = { ...base };
    if (tokens)
      for (const [name, value] of Object.entries(tokens)) if (value !== null) input[name] = value;
    for (let attempt = 0; ; attempt += 1) {
      try {
        return (await resource.send(client, input, signal)) as RawPage;
      } catch (error) {
        if (stopped(error, signal)) throw error;
        const failure = mapAwsError(error, errors);
        if (!failure.apiError.retryable || attempt + 1 >= policy.attempts) throw failure;
        options.onRetry?.(failure, attempt);
        await waitFor(backoffDelay(policy, attempt), signal);
      }
    }
  };
};
