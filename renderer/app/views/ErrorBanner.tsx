import type { ApiError, ResourceInfo } from '../../../shared/contract';
import { adviceFor } from './error-advice';

interface ErrorBannerProps {
  error: ApiError;
  resource: ResourceInfo;
  profile: string;
  /** Rows already loaded; they stay on screen and Retry resumes after them. */
  loaded: number;
  onRetry(): void;
}

/**
 * The view's error: the engine's message, what to do, and Retry, always: a transient failure
 * passes, and one the user fixes outside the app (credentials, SSO login, IAM) is asked again.
 */
export function ErrorBanner({ error, resource, profile, loaded, onRetry }: ErrorBannerProps) {
  const advice = adviceFor(error, resource, profile);
  return (
    <div role="alert" className="banner banner-error">
      <strong>{advice.title}.</strong> <span>{advice.message}</span>
      {advice.hint ? <span className="banner-hint"> {advice.hint}</span> : null}
      {loaded > 0 ? (
        <span className="banner-hint"> {loaded.toLocaleString()} rows loaded so far are kept.</span>
      ) : null}
      <button type="button" className="btn btn-small" onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}
