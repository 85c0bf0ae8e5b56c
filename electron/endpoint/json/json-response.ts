import { JSON_TARGETS } from '../services';
import type { EndpointResponse } from '../http/endpoint-response';

/** A JSON-protocol answer (awsJson1_0 / awsJson1_1): the body in the service's content type. */
export const jsonResponse = (service: 'logs' | 'dynamodb', body: object): EndpointResponse => ({
  status: 200,
  headers: { 'content-type': JSON_TARGETS[service]!.contentType },
  body: JSON.stringify(body),
});
