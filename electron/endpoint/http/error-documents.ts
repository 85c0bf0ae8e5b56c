import type { Service } from '../auth/auth-errors';
import type { AwsError } from './aws-error';
import type { EndpointResponse } from './endpoint-response';
import { el, wrap, XML_DECLARATION } from './xml';

/**
 * The error document of each protocol:
 * S3 https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html#RESTErrorResponses ,
 * EC2 https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html ,
 * STS (awsQuery) https://docs.aws.amazon.com/STS/latest/APIReference/CommonErrors.html
 */
const s3Body = (error: AwsError, requestId: string, hostId: string): string =>
  XML_DECLARATION +
  wrap(
    'Error',
    el('Code', error.code) +
      el('Message', error.message) +
      Object.entries(error.fields)
        .map(([name, value]) => el(name, value))
        .join('') +
      el('RequestId', requestId) +
      el('HostId', hostId),
  );

const ec2Body = (error: AwsError, requestId: string): string =>
  XML_DECLARATION +
  wrap(
    'Response',
    wrap('Errors', wrap('Error', el('Code', error.code) + el('Message', error.message))) +
      el('RequestID', requestId),
  );

const stsBody = (error: AwsError, requestId: string): string =>
  `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">` +
  wrap(
    'Error',
    el('Type', error.status >= 500 ? 'Receiver' : 'Sender') +
      el('Code', error.code) +
      el('Message', error.message),
  ) +
  el('RequestId', requestId) +
  '</ErrorResponse>';

export const errorResponse = (
  service: Service,
  error: AwsError,
  ids: { requestId: string; hostId: string },
  method: string,
): EndpointResponse => {
  const body =
    service === 's3'
      ? s3Body(error, ids.requestId, ids.hostId)
      : service === 'ec2'
        ? ec2Body(error, ids.requestId)
        : stsBody(error, ids.requestId);
  return {
    status: error.status,
    headers: {
      'content-type': service === 's3' ? 'application/xml' : 'text/xml',
      ...error.headers,
    },
    // A HEAD error has a status and headers only, so the SDK names it after the status.
    body: method === 'HEAD' ? '' : body,
  };
};
