import { ApiFailure, type ProfileKind } from '../../../shared/contract';
import { ResponseBoundError } from '../http/response-bound-error';
import { redactSecrets } from '../log/redact';

/** What an error message names besides the cause. */
export interface ErrorContext {
  profile: string;
  kind: ProfileKind;
  operation: string;
  /**
   * The IAM action a policy must allow for the operation, when it is not the operation's own
   * name (ListObjectsV2 is allowed by s3:ListBucket): what an AccessDenied names.
   */
  iamAction?: string;
  target: string | null;
  region: string;
}

interface SdkErrorShape {
  name?: string;
  code?: string;
  message?: string;
  $fault?: string;
  $metadata?: { httpStatusCode?: number };
}

const THROTTLING = new Set([
  'SlowDown',
  'Throttling',
  'ThrottlingException',
  'RequestLimitExceeded',
  'TooManyRequestsException',
  'RequestThrottled',
  'ProvisionedThroughputExceededException',
]);
const DENIED = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'UnauthorizedOperation',
  'Forbidden',
]);
const EXPIRED = new Set([
  'ExpiredToken',
  'ExpiredTokenException',
  'RequestExpired',
  'TokenRefreshRequired',
]);
const NOT_FOUND = new Set([
  'NoSuchBucket',
  'NoSuchKey',
  'NotFound',
  'NoSuchEntity',
  // CloudWatch Logs' missing group, DynamoDB's missing table.
  'ResourceNotFoundException',
]);
const BAD_TOKEN = new Set([
  'InvalidToken',
  'InvalidNextToken',
  'InvalidPaginationToken',
  'InvalidContinuationToken',
]);
const REGION = new Set(['OptInRequired']);
/**
 * The service did not accept the keys: EC2 says AuthFailure, STS and other Query/JSON services
 * InvalidClientTokenId or UnrecognizedClientException, S3 InvalidAccessKeyId, and every service
 * SignatureDoesNotMatch for a wrong secret. EC2 also answers AuthFailure in an opt-in region the
 * account has not enabled, so the message names that case too; an all-regions listing never
 * calls such a region (DescribeRegions says which are enabled).
 * https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html
 */
const REFUSED = new Set([
  'AuthFailure',
  'InvalidClientTokenId',
  'UnrecognizedClientException',
  'InvalidAccessKeyId',
  'SignatureDoesNotMatch',
]);
const NETWORK = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNABORTED',
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
  'NetworkingError',
]);

/**
 * S3 refuses a continuation token it did not make (one given with --starting-token, which the
 * AWS CLI too passes on as it is when it is not a NextToken) with a plain InvalidArgument.
 * https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html
 */
/**
 * CloudFormation answers a stack that is not there (deleted since its row was listed) with a
 * ValidationError, not a code of its own.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_ListStackResources.html
 */
const isMissingStack = (name: string, cause: string): boolean =>
  name === 'ValidationError' && /^Stack with id .+ does not exist$/.test(cause);

const isRefusedContinuationToken = (name: string, cause: string): boolean =>
  name === 'InvalidArgument' && /continuation token/i.test(cause);

const shapeOf = (error: unknown): SdkErrorShape =>
  typeof error === 'object' && error !== null
    ? (error as SdkErrorShape)
    : { message: String(error) };

const credentialsMessage = (ctx: ErrorContext, cause: string): ApiFailure => {
  if (ctx.kind === 'sso') {
    return ApiFailure.of(
      'SSO_LOGIN_REQUIRED',
      `The SSO session of profile ${ctx.profile} is missing or expired: run \`aws sso login --profile ${ctx.profile}\`.`,
    );
  }
  return ApiFailure.of(
    'NO_CREDENTIALS',
    `No usable credentials for profile ${ctx.profile}: ${cause}`,
  );
};

const on = (ctx: ErrorContext): string => (ctx.target ? ` on ${ctx.target}` : '');

const refusedMessage = (ctx: ErrorContext, name: string): ApiFailure => {
  if (ctx.kind === 'sso') return credentialsMessage(ctx, name);
  // A JSON service in an opt-in region the account has not enabled does not know the keys either.
  const optIn =
    ctx.operation.startsWith('ec2:') || name === 'UnrecognizedClientException'
      ? ` (or, if ${ctx.region} is an opt-in region, that the account has opted in to it)`
      : '';
  return ApiFailure.of(
    'NO_CREDENTIALS',
    `The credentials of profile ${ctx.profile} were refused by ${ctx.operation} in ${ctx.region} (${name}): check its access key id and secret access key${optIn}.`,
  );
};

/** A response PageScope stopped reading: waited too long for (a network error), or refused. */
const boundMessage = (error: ResponseBoundError, ctx: ErrorContext): ApiFailure => {
  if (error.retryable) {
    return ApiFailure.of(
      'NETWORK',
      `Network error calling ${ctx.operation} in ${ctx.region}: ${error.message}`,
      { retryable: true },
    );
  }
  const code = error.bound === 'too-large' ? 'LIMIT_EXCEEDED' : 'SERVICE_ERROR';
  return ApiFailure.of(code, `${ctx.operation} in ${ctx.region}: ${error.message}.`);
};

/** Map an SDK, network or credentials error to the contract's codes, once, here. */
export const mapAwsError = (error: unknown, ctx: ErrorContext): ApiFailure => {
  if (error instanceof ApiFailure) return error;
  if (error instanceof ResponseBoundError) return boundMessage(error, ctx);
  const e = shapeOf(error);
  const name = e.name ?? '';
  const code = e.code ?? name;
  const cause = redactSecrets((e.message ?? name).split('\n')[0]!.slice(0, 300));
  const status = e.$metadata?.httpStatusCode;
  if (name === 'CredentialsProviderError' || /could not load credentials|sso/i.test(name)) {
    return credentialsMessage(ctx, cause);
  }
  if (THROTTLING.has(name) || status === 429 || status === 503) {
    return ApiFailure.of(
      'THROTTLED',
      `${ctx.operation} was throttled (${name || status}); try again.`,
      {
        retryable: true,
      },
    );
  }
  if (DENIED.has(name)) {
    const action = ctx.iamAction ?? ctx.operation;
    const call = action === ctx.operation ? '' : ` (${ctx.operation})`;
    return ApiFailure.of('ACCESS_DENIED', `Access denied: ${action}${on(ctx)}${call}.`, {
      details: { operation: ctx.operation, iamAction: action, target: ctx.target },
    });
  }
  if (EXPIRED.has(name)) {
    const fix =
      ctx.kind === 'sso'
        ? `run \`aws sso login --profile ${ctx.profile}\``
        : `refresh the credentials of profile ${ctx.profile} (for example \`aws configure --profile ${ctx.profile}\` or a new session token)`;
    return ApiFailure.of(
      'EXPIRED_CREDENTIALS',
      `The credentials of profile ${ctx.profile} have expired: ${fix}.`,
    );
  }
  if (NOT_FOUND.has(name) || status === 404 || isMissingStack(name, cause)) {
    return ApiFailure.of('NOT_FOUND', `Not found: ${ctx.operation}${on(ctx)} (${name || status}).`);
  }
  if (BAD_TOKEN.has(name) || isRefusedContinuationToken(name, cause)) {
    return ApiFailure.of('BAD_TOKEN', `The service rejected the pagination token: ${cause}`);
  }
  if (REFUSED.has(name)) return refusedMessage(ctx, name);
  if (REGION.has(name)) {
    return ApiFailure.of(
      'REGION_NOT_ENABLED',
      `Region ${ctx.region} is not enabled for this account (${name}).`,
    );
  }
  if (NETWORK.has(code) || NETWORK.has(name) || /socket hang up|ECONNRESET|network/i.test(cause)) {
    return ApiFailure.of(
      'NETWORK',
      `Network error calling ${ctx.operation} in ${ctx.region}: ${cause}`,
      {
        retryable: true,
      },
    );
  }
  if (e.$fault === 'server' || (status !== undefined && status >= 500)) {
    return ApiFailure.of(
      'SERVICE_ERROR',
      `${ctx.operation} failed on the service side (${name || status}).`,
      {
        retryable: true,
      },
    );
  }
  return ApiFailure.of(
    'SERVICE_ERROR',
    `${ctx.operation} failed: ${name ? `${name}: ` : ''}${cause}`,
  );
};
