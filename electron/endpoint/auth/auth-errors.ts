import { AwsError } from '../http/aws-error';
import { PROTOCOLS, type Service } from '../services';
import type { AuthProblem } from './sigv4-verify';

type Kind = AuthProblem['kind'];
type Renderers = { [K in Kind]: (problem: Extract<AuthProblem, { kind: K }>) => AwsError };

const MISMATCH_MESSAGE =
  'The request signature we calculated does not match the signature you provided. Check your key and signing method.';

/**
 * Each service answers a failed authentication with its own code and status:
 * S3 https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html ,
 * EC2 https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html ,
 * STS https://docs.aws.amazon.com/STS/latest/APIReference/CommonErrors.html
 */
const s3: Renderers = {
  missing: () => new AwsError(403, 'AccessDenied', 'Access Denied'),
  malformed: (p) =>
    new AwsError(
      400,
      'AuthorizationHeaderMalformed',
      `The authorization header is malformed; ${p.detail}`,
    ),
  'unknown-key': (p) =>
    new AwsError(
      403,
      'InvalidAccessKeyId',
      'The AWS Access Key Id you provided does not exist in our records.',
      {
        AWSAccessKeyId: p.accessKeyId,
      },
    ),
  'bad-token': () =>
    new AwsError(400, 'InvalidToken', 'The provided token is malformed or otherwise invalid.'),
  'expired-token': () => new AwsError(400, 'ExpiredToken', 'The provided token has expired.'),
  skewed: (p) =>
    new AwsError(
      403,
      'RequestTimeTooSkewed',
      'The difference between the request time and the current time is too large.',
      {
        RequestTime: p.requestTime,
      },
    ),
  'missing-content-sha': () =>
    new AwsError(
      400,
      'InvalidRequest',
      'Missing required header for this request: x-amz-content-sha256',
    ),
  'content-sha-mismatch': (p) =>
    new AwsError(
      400,
      'XAmzContentSHA256Mismatch',
      "The provided 'x-amz-content-sha256' header does not match what was computed.",
      {
        ClientComputedContentSHA256: p.claimed,
        S3ComputedContentSHA256: p.actual,
      },
    ),
  mismatch: (p) =>
    new AwsError(403, 'SignatureDoesNotMatch', MISMATCH_MESSAGE, {
      AWSAccessKeyId: p.accessKeyId,
      StringToSign: p.stringToSign,
      SignatureProvided: p.signatureProvided,
      CanonicalRequest: p.canonicalRequest,
    }),
};

const authFailure = () =>
  new AwsError(401, 'AuthFailure', 'AWS was not able to validate the provided access credentials');

/** EC2 says AuthFailure for nearly everything, so a caller learns little about the credentials. */
const ec2: Renderers = {
  missing: authFailure,
  malformed: authFailure,
  'unknown-key': authFailure,
  'bad-token': authFailure,
  'expired-token': () =>
    new AwsError(400, 'ExpiredToken', 'The security token included in the request is expired'),
  skewed: (p) =>
    new AwsError(400, 'RequestExpired', `Request has expired. Timestamp date is ${p.requestTime}`),
  'missing-content-sha': authFailure,
  'content-sha-mismatch': authFailure,
  mismatch: authFailure,
};

const invalidClientToken = () =>
  new AwsError(
    403,
    'InvalidClientTokenId',
    'The security token included in the request is invalid.',
  );

const sts: Renderers = {
  missing: () =>
    new AwsError(403, 'MissingAuthenticationToken', 'Request is missing Authentication Token'),
  malformed: (p) =>
    new AwsError(400, 'IncompleteSignature', `Authorization header is malformed: ${p.detail}`),
  'unknown-key': invalidClientToken,
  'bad-token': invalidClientToken,
  'expired-token': () =>
    new AwsError(403, 'ExpiredToken', 'The security token included in the request is expired'),
  skewed: () =>
    new AwsError(
      403,
      'SignatureDoesNotMatch',
      'Signature expired: the request time is too far from the current time.',
    ),
  'missing-content-sha': invalidClientToken,
  'content-sha-mismatch': () => new AwsError(403, 'SignatureDoesNotMatch', MISMATCH_MESSAGE),
  mismatch: () => new AwsError(403, 'SignatureDoesNotMatch', MISMATCH_MESSAGE),
};

/**
 * The JSON protocols' services (CloudWatch Logs, DynamoDB; Lambda with 403s) name the same
 * problems with their own codes. https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/CommonErrors.html
 */
const jsonRenderers = (status: number): Renderers => {
  const unrecognized = () =>
    new AwsError(
      status,
      'UnrecognizedClientException',
      'The security token included in the request is invalid.',
    );
  const signature = () => new AwsError(status, 'InvalidSignatureException', MISMATCH_MESSAGE);
  return {
    missing: () =>
      new AwsError(status, 'MissingAuthenticationTokenException', 'Missing Authentication Token'),
    malformed: (p) =>
      new AwsError(
        status,
        'IncompleteSignatureException',
        `Authorization header is malformed: ${p.detail}`,
      ),
    'unknown-key': unrecognized,
    'bad-token': unrecognized,
    'expired-token': () =>
      new AwsError(
        status,
        'ExpiredTokenException',
        'The security token included in the request is expired',
      ),
    skewed: () =>
      new AwsError(
        status,
        'InvalidSignatureException',
        'Signature expired: the request time is too far from the current time.',
      ),
    'missing-content-sha': unrecognized,
    'content-sha-mismatch': signature,
    mismatch: signature,
  };
};

const byProtocol = {
  'rest-xml': s3,
  ec2,
  query: sts,
  json: jsonRenderers(400),
  'rest-json': jsonRenderers(403),
} as const;

/** Route 53 is REST-XML like S3, but answers credentials as the Query services do. */
const renderersOf = (service: Service): Renderers =>
  service === 'route53' ? sts : byProtocol[PROTOCOLS[service]];

export const authError = (service: Service, problem: AuthProblem): AwsError =>
  (renderersOf(service)[problem.kind] as (p: AuthProblem) => AwsError)(problem);
