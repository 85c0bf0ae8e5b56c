import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Canned {
  status: number;
  body: string;
  headers?: Record<string, string>;
}

/**
 * An HTTP server that answers every request with the response the test set last, with fixed
 * request ids, so two clients reading it get byte-identical responses.
 */
export const startFixtureServer = async () => {
  let canned: Canned = { status: 200, body: '' };
  let requests = 0;
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      requests += 1;
      const body = Buffer.from(canned.body, 'utf8');
      res.writeHead(canned.status, {
        'content-type': 'application/xml',
        'content-length': String(body.length),
        'x-amz-request-id': 'FIXTURE0000000001',
        'x-amz-id-2': 'fixture/host/id',
        ...canned.headers,
      });
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    serve: (next: Canned) => {
      canned = next;
    },
    requests: () => requests,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
};
