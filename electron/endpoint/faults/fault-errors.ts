import { authError } from '../auth/auth-errors';
import { AwsError } from '../http/aws-error';
import { PROTOCOLS, type Service } from '../services';
import type { FaultKind } from './fault-plan';

/** Each service's throttling error: its code and status as the service documents them. */
const throttling = (service: Service): AwsError => {
  if (service === 's3') return new AwsError(503, 'SlowDown', 'Please reduce your request rate.');
  if (service === 'ec2')
    return new AwsError(503, 'RequestLimitExceeded', 'Request limit exceeded.');
  if (service === 'lambda') return new AwsError(429, 'TooManyRequestsException', 'Rate exceeded');
  if (PROTOCOLS[service] === 'json')
    return new AwsError(400, 'ThrottlingException', 'Rate exceeded');
  return new AwsError(400, 'Throttling', 'Rate exceeded');
};

const internal = (service: Service): AwsError => {
  if (service === 's3' || service === 'ec2' || service === 'sts') {
    return service === 's3'
      ? new AwsError(500, 'InternalError', 'We encountered an internal error. Please try again.')
      : new AwsError(500, 'InternalError', 'An internal error has occurred');
  }
  if (service === 'lambda')
    return new AwsError(500, 'ServiceException', 'An internal error has occurred');
  return new AwsError(
    500,
    'InternalFailure',
    'The request processing has failed because of an unknown error.',
  );
};

const denied = (service: Service): AwsError => {
  if (service === 'ec2') {
    return new AwsError(
      403,
      'UnauthorizedOperation',
      'You are not authorized to perform this operation.',
    );
  }
  if (PROTOCOLS[service] === 'json') {
    return new AwsError(
      400,
      'AccessDeniedException',
      'User is not authorized to perform this action.',
    );
  }
  if (service === 'lambda') {
    return new AwsError(
      403,
      'AccessDeniedException',
      'User is not authorized to perform this action.',
    );
  }
  return new AwsError(403, 'AccessDenied', 'Access Denied');
};

/** The error each service really sends for an injected fault (null: the fault is not an error). */
export const faultError = (service: Service, fault: FaultKind): AwsError | null => {
  switch (fault) {
    case 'SlowDown':
    case 'RequestLimitExceeded':
      return throttling(service);
    case 'InternalError':
      return internal(service);
    case 'AccessDenied':
      return denied(service);
    case 'ExpiredToken':
      return authError(service, { kind: 'expired-token' });
    case 'DropConnection':
    case 'Slow':
      return null;
  }
};
