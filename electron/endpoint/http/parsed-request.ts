import type { IncomingMessage } from 'node:http';
import { AwsError } from './aws-error';

/** One HTTP request as the endpoint sees it: raw path and query kept for SigV4, decoded for use. */
export interface ParsedRequest {
  method: string;
  /** The path exactly as sent, still percent-encoded (S3 signs it that way). */
  rawPath: string;
  /** Query parameters in order, decoded without turning `+` into a space (SigV4 semantics). */
  query: ReadonlyArray<readonly [string, string]>;
  headers: Readonly<Record<string, string>>;
  host: string;
  body: Buffer;
}

const decode = (text: string): string => {
  try {
    return decodeURIComponent(text);
  } catch {
    throw new AwsError(400, 'InvalidURI', "Couldn't parse the specified URI.", { URI: text });
  }
};

export const parseQueryString = (raw: string): Array<[string, string]> =>
  raw
    .split('&')
    .filter((part) => part.length > 0)
    .map((part) => {
      const eq = part.indexOf('=');
      return eq < 0 ? [decode(part), ''] : [decode(part.slice(0, eq)), decode(part.slice(eq + 1))];
    });

const flattenHeaders = (message: IncomingMessage): Record<string, string> => {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(',') : value;
  }
  return headers;
};

export const parseRequest = (message: IncomingMessage, body: Buffer): ParsedRequest => {
  const url = message.url ?? '/';
  const q = url.indexOf('?');
  const headers = flattenHeaders(message);
  return {
    method: (message.method ?? 'GET').toUpperCase(),
    rawPath: q < 0 ? url : url.slice(0, q),
    query: q < 0 ? [] : parseQueryString(url.slice(q + 1)),
    headers,
    host: headers.host ?? '',
    body,
  };
};

/** The first value of a query parameter, or undefined when absent. */
export const queryParam = (request: ParsedRequest, name: string): string | undefined =>
  request.query.find(([key]) => key === name)?.[1];

export const hasQueryParam = (request: ParsedRequest, name: string): boolean =>
  request.query.some(([key]) => key === name);
