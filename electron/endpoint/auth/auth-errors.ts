import { AwsError } from '../http/aws-error';
import type { AuthProblem } from './sigv4-verify';

export type Service = 's3' | 'ec2' | 'sts';

/**
 * Each service answers a failed authentication with its own code and status:
 * S3 https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html ,
 * EC2 https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html ,
 * STS https://docs.aws.amazon.com/STS/latest/APIReference/CommonErrors.html
 */
const s3Error = (problem: AuthProblem): AwsError => {
  switch (problem.kind) {
    case 'missing':
      return new AwsError(403, 'AccessDenied', 'Access Denied');
    case 'malformed':
      return new AwsError(
        400,
        'AuthorizationHeaderMalformed',
        `The authorization header is malformed; ${problem.detail}`,
      );
    case 'unknown-key':
      return new AwsError(
        403,
        'InvalidAccessKeyId',
        'The AWS Access Key Id you provided does not exist in our records.',
        {
          AWSAccessKeyId: problem.accessKeyId,
        },
      );
    case 'bad-token':
      return new AwsError(
        400,
        'InvalidToken',
        'The provided token is malformed or otherwise invalid.',
      );
    case 'expired-token':
      return new AwsError(400, 'ExpiredToken', 'The provided token has expired.');
    case 'skewed':
      return new AwsError(
        403,
        'RequestTimeTooSkewed',
        'The difference between the request time and the current time is too large.',
        {
          RequestTime: problem.requestTime,
        },
      );
    case 'missing-content-sha':
      return new AwsError(
        400,
        'InvalidRequest',
        'Missing required header for this request: x-amz-content-sha256',
      );
    case 'content-sha-mismatch':
      return new AwsError(
        400,
        'XAmzContentSHA256Mismatch',
        "The provided 'x-amz-content-sha256' header does not match what was computed.",
        {
          ClientComputedContentSHA256: problem.claimed,
          S3ComputedContentSHA256: problem.actual,
        },
      );
    case 'mismatch':
      return new AwsError(
        403,
        'SignatureDoesNotMatch',
        'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
        {
          AWSAccessKeyId: problem.accessKeyId,
          StringToSign: problem.stringToSign,
          SignatureProvided: problem.signatureProvided,
          CanonicalRequest: problem.canonicalRequest,
        },
      );
  }
};

const ec2Error = (problem: AuthProblem): AwsError => {
  switch (problem.kind) {
    case 'expired-token':
      return new AwsError(
        400,
        'ExpiredToken',
        'The security token included in the request is expired',
      );
    case 'skewed':
      return new AwsError(
        400,
        'RequestExpired',
        `Request has expired. Timestamp date is ${problem.requestTime}`,
      );
    case 'missing':
      return new AwsError(
        401,
        'AuthFailure',
        'AWS was not able to validate the provided access credentials',
      );
    default:
      return new AwsError(
        401,
        'AuthFailure',
        'AWS was not able to validate the provided access credentials',
      );
  }
};

const stsError = (problem: AuthProblem): AwsError => {
  switch (problem.kind) {
    case 'missing':
      return new AwsError(
        403,
        'MissingAuthenticationToken',
        'Request is missing Authentication Token',
      );
    case 'malformed':
      return new AwsError(
        400,
        'IncompleteSignature',
        `Authorization header is malformed: ${problem.detail}`,
      );
    case 'expired-token':
      return new AwsError(
        403,
        'ExpiredToken',
        'The security token included in the request is expired',
      );
    case 'mismatch':
      return new AwsError(
        403,
        'SignatureDoesNotMatch',
        'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.',
      );
    case 'skewed':
      return new AwsError(
        403,
        'SignatureDoesNotMatch',
        'Signature expired: the request time is too far from the current time.',
      );
    default:
      return new AwsError(
        403,
        'InvalidClientTokenId',
        'The security token included in the request is invalid.',
      );
  }
};

export const authError = (service: Service, problem: AuthProblem): AwsError =>
  service === 's3' ? s3Error(problem) : service === 'ec2' ? ec2Error(problem) : stsError(problem);
