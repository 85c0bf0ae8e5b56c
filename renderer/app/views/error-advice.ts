import type { ApiError, ResourceInfo } from '../../../shared/contract';

const TITLES: Partial<Record<ApiError['code'], string>> = {
  ACCESS_DENIED: 'Access denied',
  EXPIRED_CREDENTIALS: 'Credentials expired',
  SSO_LOGIN_REQUIRED: 'SSO login required',
  NO_CREDENTIALS: 'No credentials',
  THROTTLED: 'Throttled',
  NETWORK: 'Network error',
  NOT_FOUND: 'Not found',
  BAD_TOKEN: 'Bad pagination token',
  PROFILE_CONFIG: 'Profile configuration',
  REGION_NOT_ENABLED: 'Region not enabled',
  SERVICE_ERROR: 'Service error',
  LIMIT_EXCEEDED: 'Limit exceeded',
  BAD_COLUMN: 'Bad column',
};

export interface ErrorAdvice {
  title: string;
  message: string;
  /** What to run or do, when the engine's message does not already say it. */
  hint: string | null;
}

/**
 * Turns an engine error into what the banner says: the engine's message plus what to do. The
 * resource, when known, names the IAM action a denied listing needs.
 */
export const adviceFor = (
  error: ApiError,
  resource: ResourceInfo | null,
  profile: string,
): ErrorAdvice => {
  const title = TITLES[error.code] ?? 'Error';
  const action = resource?.iamAction;
  let hint: string | null = null;
  if (error.code === 'ACCESS_DENIED' && action && !error.message.includes(action)) {
    hint = `The IAM action denied was ${action}; check the IAM policy of profile ${profile}.`;
  } else if (error.code === 'SSO_LOGIN_REQUIRED' && !error.message.includes('aws sso login')) {
    hint = `Run \`aws sso login --profile ${profile}\`, then Retry.`;
  } else if (
    error.code === 'EXPIRED_CREDENTIALS' &&
    !/aws (sso login|configure)/.test(error.message)
  ) {
    hint = `Refresh the credentials of profile ${profile}, then Retry.`;
  } else if (error.code === 'BAD_COLUMN') {
    hint = 'Remove the column in the Columns menu, then add it again as it should read.';
  } else if (error.code === 'BAD_TOKEN') {
    hint = 'Clear the starting token in Pagination, or paste a NextToken from the same listing.';
  }
  return { title, message: error.message, hint };
};
