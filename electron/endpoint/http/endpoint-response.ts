/** What a handler produces; the server adds the common headers, latency and faults. */
export interface EndpointResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
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
