/** What a handler produces; the server adds the common headers, latency and faults. */
export interface EndpointResponse {
  status: number;
  headers: Record<string, string>;
  /** Text, or UTF-8 a handler wrote as it went (a page of a million-event log stream). */
  body: string | Uint8Array;
}

export const xmlResponse = (
  body: string,
  status = 200,
  headers: Record<string, string> = {},
): EndpointResponse => ({
  status,
  headers: { 'content-type': 'application/xml', ...headers },
  body,
});
