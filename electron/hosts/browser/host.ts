import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { withDisplayPaths } from './display-paths';
import { earlierRunPage } from './earlier-run-page';
import { checkRequest, hostAllowed, originAllowed } from './request-guard';
import { securityHeaders } from '../common/security-headers';
import { sessionCookieHeader, sessionCookieValue } from './session-cookie';
import { serveFile } from '../common/static-files';
import { attachSocket } from './socket-session';
import type { Dispatcher } from '../../service/dispatcher';
import { redactSecrets } from '../../engine/log/redact';

/** An extra token-protected HTTP route (export downloads); true when it answered. */
export type HostRoute = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>;

export interface WebHostOptions {
  port: number;
  rendererDir: string;
  /** Built once the port is known, because download URLs name it. */
  dispatcher: (address: { port: number; token: string }) => Dispatcher;
  routes?: HostRoute[];
  /**
   * Routes whose URL is its own credential (one-time download ids): a link cannot carry the
   * token in a header. Host and Origin are checked as for every request; the token is not.
   */
  capabilityRoutes?: HostRoute[];
  token?: string;
  log?: (line: string) => void;
  /** Open connections (sockets and page loads) beyond which new ones are closed at once. */
  maxConnections?: number;
  /** How long a connection may take to send its request headers. */
  headersTimeoutMs?: number;
}

// One page needs a few connections (the page, its assets, one WebSocket); a local client that
// opens hundreds is not a page, and each open socket costs memory.
const DEFAULT_MAX_CONNECTIONS = 64;
// A local page sends its headers at once; Node's own default (60 s) lets slow-header clients
// hold sockets for a minute.
const DEFAULT_HEADERS_TIMEOUT_MS = 5_000;

export interface WebHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const refuse = (res: ServerResponse, status: number, message: string) => {
  res.writeHead(status, { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(`${message}\n`);
};

const earlierRun = (res: ServerResponse) => {
  res.writeHead(401, { ...securityHeaders, 'Content-Type': 'text/html; charset=utf-8' });
  res.end(earlierRunPage());
};

/**
 * Browser mode: the built renderer and the contract over a WebSocket, on 127.0.0.1 only, behind
 * a random token. The same dispatcher as Electron's IPC serves the calls.
 */
export const startWebHost = async (options: WebHostOptions): Promise<WebHost> => {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const session = randomBytes(24).toString('base64url');
  const write = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const log = (line: string) => write(redactSecrets(line));
  const headersTimeout = options.headersTimeoutMs ?? DEFAULT_HEADERS_TIMEOUT_MS;
  const server = createServer({
    headersTimeout,
    requestTimeout: headersTimeout * 2,
    // How often Node looks for connections past those timeouts (its default is 30 s).
    connectionsCheckingInterval: Math.min(1_000, headersTimeout),
  });
  server.maxConnections = options.maxConnections ?? DEFAULT_MAX_CONNECTIONS;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const dispatcher = withDisplayPaths(options.dispatcher({ port, token }));
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 1024 * 1024 });
  const routes = options.routes ?? [];

  const verdictFor = (req: IncomingMessage, url: URL) =>
    checkRequest(
      {
        host: req.headers.host,
        origin: req.headers.origin,
        token: url.searchParams.get('token'),
        session: sessionCookieValue(req.headers.cookie, port),
      },
      { port, token, session },
    );

  server.on('request', (req, res) => {
    void handleHttp(req, res).catch((error: unknown) => {
      log(`http error: ${(error as Error).message}`);
      if (!res.headersSent) refuse(res, 500, 'Internal error');
      else res.destroy();
    });
  });

  const handleHttp = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return refuse(res, 405, 'Method not allowed');
    // A one-time download link is its own credential: it carries neither token nor cookie.
    if (hostAllowed(req.headers.host, port) && originAllowed(req.headers.origin, port)) {
      for (const route of options.capabilityRoutes ?? []) if (await route(req, res, url)) return;
    }
    const verdict = verdictFor(req, url);
    const isPage = url.pathname === '/' || url.pathname === '/index.html';
    if (!verdict.ok && verdict.status === 401 && isPage) return earlierRun(res);
    if (!verdict.ok) return refuse(res, verdict.status, verdict.reason);
    if (url.pathname.startsWith('/assets/')) {
      if (await serveFile(options.rendererDir, url.pathname, res)) return;
      return refuse(res, 404, 'Not found');
    }
    if (isPage) {
      // The page moves the token out of its URL once loaded; the cookie admits what follows.
      res.setHeader('Set-Cookie', sessionCookieHeader(port, session));
      if (await serveFile(options.rendererDir, '/index.html', res)) return;
      return refuse(res, 503, 'The renderer is not built: run `npm run build:renderer`.');
    }
    for (const route of routes) if (await route(req, res, url)) return;
    refuse(res, 404, 'Not found');
  };

  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const verdict = url.pathname === '/ws' ? verdictFor(req, url) : null;
    if (!verdict?.ok) {
      const status = verdict ? verdict.status : 404;
      socket.end(
        `HTTP/1.1 ${status} ${verdict ? verdict.reason : 'Not found'}\r\nConnection: close\r\n\r\n`,
      );
      return;
    }
    sockets.handleUpgrade(req, socket, head, (ws: WebSocket) =>
      attachSocket(ws, { id: randomUUID(), dispatcher, log }),
    );
  });

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: async () => {
      for (const client of sockets.clients) client.terminate();
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
};
