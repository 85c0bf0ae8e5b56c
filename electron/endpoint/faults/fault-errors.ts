import { authError, type Service } from '../auth/auth-errors';
import { AwsError } from '../http/aws-error';
import type { FaultKind } from './fault-plan';

/** The error each service really sends for an injected fault (null: the fault is not an error). */
export const faultError = (service: Service, fault: FaultKind): AwsError | null => {
  switch (fault) {
    case 'SlowDown':
    case 'RequestLimitExceeded':
      if (service === 's3')
        return new AwsError(503, 'SlowDown', 'Please reduce your request rate.');
      if (service === 'ec2')
        return new AwsError(503, 'RequestLimitExceeded', 'Request limit exceeded.');
      return new AwsError(400, 'Throttling', 'Rate exceeded');
    case 'InternalError':
      return service === 's3'
        ? new AwsError(500, 'InternalError', 'We encountered an internal error. Please try again.')
        : new AwsError(500, 'InternalError', 'An internal error has occurred');
    case 'AccessDenied':
      return service === 'ec2'
        ? new AwsError(
            403,
            'UnauthorizedOperation',
            'You are not authorized to perform this operation.',
          )
        : new AwsError(403, 'AccessDenied', 'Access Denied');
    case 'ExpiredToken':
      return authError(service, { kind: 'expired-token' });
    case 'DropConnection':
    case 'Slow':
      return null;
  }
};
