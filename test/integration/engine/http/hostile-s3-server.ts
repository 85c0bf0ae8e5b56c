import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the script sees of a request: its number (from 0) and its query parameters. */
export interface ScriptedRequest {
  n: number;
  query: URLSearchParams;
  path: string;
}

export type Script = (req: ScriptedRequest, res: ServerResponse) => void;

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A ListObjectsV2 answer with these keys and, when given, a next continuation token. */
export const listXml = (keys: readonly string[], next: string | null = null): string =>
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  '<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">' +
  `<Name>b</Name><Prefix></Prefix><KeyCount>${keys.length}</KeyCount><MaxKeys>1000</MaxKeys>` +
  `<IsTruncated>${next !== null}</IsTruncated>` +
  keys
    .map(
      (k) =>
        `<Contents><Key>${escapeXml(k)}</Key><LastModified>2026-01-01T00:00:00.000Z</LastModified>` +
        `<ETag>"e"</ETag><Size>1</Size><StorageClass>STANDARD</StorageClass></Contents>`,
    )
    .join('') +
  (next !== null ? `<NextContinuationToken>${escapeXml(next)}</NextContinuationToken>` : '') +
  '</ListBucketResult>';

export const sendXml = (res: ServerResponse, xml: string, status = 200): void => {
  const body = Buffer.from(xml, 'utf8');
  res.writeHead(status, { 'content-type': 'application/xml', 'content-length': body.length });
  res.end(body);
};

/** The keys a well-behaved S3 would list after StartAfter or a continuation token. */
export const keysAfter = (all: readonly string[], after: string | null): string[] =>
  after === null ? [...all] : all.filter((k) => k > after);

/**
 * A misbehaving S3-compatible server: every request is answered by the test's script, and the
 * bytes it sends are counted, so a test can say how much a client took before it stopped.
 */
export const startHostileServer = async (script: Script) => {
  let n = 0;
  let bytes = 0;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const count = (chunk: unknown) => {
      if (typeof chunk === 'string' || chunk instanceof Uint8Array) bytes += chunk.length;
    };
    const write = res.write.bind(res);
    const end = res.end.bind(res);
    res.write = ((chunk: unknown, ...rest: never[]) => {
      count(chunk);
      return write(chunk as string, ...rest);
    }) as typeof res.write;
    res.end = ((chunk?: unknown, ...rest: never[]) => {
      count(chunk);
      return end(chunk as string, ...rest);
    }) as typeof res.end;
    req.resume();
    script({ n: n++, query: url.searchParams, path: url.pathname }, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests: () => n,
    bytes: () => bytes,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
