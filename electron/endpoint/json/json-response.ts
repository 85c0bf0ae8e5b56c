import { JSON_TARGETS } from '../services';
import type { EndpointResponse } from '../http/endpoint-response';

/**
 * A JSON-protocol answer (awsJson1_0 / awsJson1_1) in the service's content type: an object, or
 * JSON a handler already wrote (as text or as UTF-8).
 */
export const jsonResponse = (
  service: 'logs' | 'dynamodb',
  body: object | string | Uint8Array,
): EndpointResponse => ({
  status: 200,
  headers: { 'content-type': JSON_TARGETS[service]!.contentType },
  body: typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body),
});
