import { JSON_TARGETS } from '../services';
import type { EndpointResponse } from '../http/endpoint-response';

/**
 * A JSON-protocol answer (awsJson1_0 / awsJson1_1) in the service's content type: an object, or
 * JSON text a handler already wrote.
 */
export const jsonResponse = (
  service: 'logs' | 'dynamodb',
  body: object | string,
): EndpointResponse => ({
  status: 200,
  headers: { 'content-type': JSON_TARGETS[service]!.contentType },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});
