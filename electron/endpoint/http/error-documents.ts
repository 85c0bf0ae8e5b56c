import { PROTOCOLS, JSON_TARGETS, XML_NAMESPACES, type Service } from '../services';
import type { AwsError } from './aws-error';
import type { EndpointResponse } from './endpoint-response';
import { el, wrap, XML_DECLARATION } from './xml';

/**
 * The error document of each protocol:
 * S3 https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html#RESTErrorResponses ,
 * EC2 https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html ,
 * Query and Route 53 https://docs.aws.amazon.com/STS/latest/APIReference/CommonErrors.html ,
 * JSON: a `__type` and a `message` (awsJson1_0/1_1), REST-JSON: the code in `x-amzn-ErrorType`.
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

const queryBody = (service: Service, error: AwsError, requestId: string): string =>
  `<ErrorResponse xmlns="${XML_NAMESPACES[service] ?? ''}">` +
  wrap(
    'Error',
    el('Type', error.status >= 500 ? 'Receiver' : 'Sender') +
      el('Code', error.code) +
      el('Message', error.message),
  ) +
  el('RequestId', requestId) +
  '</ErrorResponse>';

const documentOf = (
  service: Service,
  error: AwsError,
  ids: { requestId: string; hostId: string },
): { contentType: string; body: string; headers?: Record<string, string> } => {
  if (service === 's3') {
    return { contentType: 'application/xml', body: s3Body(error, ids.requestId, ids.hostId) };
  }
  switch (PROTOCOLS[service]) {
    case 'ec2':
      return { contentType: 'text/xml', body: ec2Body(error, ids.requestId) };
    case 'json':
      return {
        contentType: JSON_TARGETS[service]!.contentType,
        body: JSON.stringify({ __type: error.code, message: error.message }),
        headers: { 'x-amzn-requestid': ids.requestId },
      };
    case 'rest-json':
      return {
        contentType: 'application/json',
        body: JSON.stringify({
          Type: error.status >= 500 ? 'Service' : 'User',
          message: error.message,
        }),
        headers: { 'x-amzn-errortype': error.code, 'x-amzn-requestid': ids.requestId },
      };
    default:
      return { contentType: 'text/xml', body: queryBody(service, error, ids.requestId) };
  }
};

export const errorResponse = (
  service: Service,
  error: AwsError,
  ids: { requestId: string; hostId: string },
  method: string,
): EndpointResponse => {
  const { contentType, body, headers } = documentOf(service, error, ids);
  return {
    status: error.status,
    headers: { 'content-type': contentType, ...headers, ...error.headers },
    // A HEAD error has a status and headers only, so the SDK names it after the status.
    body: method === 'HEAD' ? '' : body,
  };
};
