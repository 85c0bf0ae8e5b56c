import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EndpointState, type RequestRecord } from './endpoint-state';
import type { ExtraBucket } from './extra-buckets';
import type { ScriptedFault } from './faults/fault-plan';
import { handleRequest, UNROUTABLE, type Outcome, type RequestIds } from './handle-request';
import { AwsError } from './http/aws-error';
import { errorResponse } from './http/error-documents';
import { parseRequest } from './http/parsed-request';
import { recycleBody } from './json/json-bytes';

export type { ScriptedFault } from './faults/fault-plan';
export type { ExtraBucket } from './extra-buckets';

export interface EndpointOptions {
  port?: number;
  latencyMs?: number;
  faultRate?: number;
  seed?: number;
  objects?: number;
  faults?: ScriptedFault[];
  /** Buckets of given keys besides the demo data (tests). */
  buckets?: ExtraBucket[];
}

export interface RunningEndpoint {
  url: string;
  port: number;
  stop(): Promise<void>;
  script(fault: ScriptedFault): void;
  setLatency(ms: number): void;
  setFaultRate(p: number): void;
  /** every request served so far: service, operation, bucket, region, status */
  requests(): ReadonlyArray<RequestRecord>;
}

const MAX_BODY_BYTES = 1024 * 1024;
export const DEFAULT_OBJECTS = 1_000_000;

/** The whole body, or null past the limit (read to the end anyway, so the client can hear us). */
const readBody = async (message: IncomingMessage): Promise<Buffer | null> => {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of message) {
    size += (chunk as Buffer).length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk as Buffer);
  }
  return size > MAX_BODY_BYTES ? null : Buffer.concat(chunks);
};

/** Writes the response, or, for a DropConnection fault, half its body and then cuts the socket. */
const send = (res: ServerResponse, outcome: Outcome, ids: RequestIds): number => {
  const { body: text } = outcome.response;
  const body =
    typeof text === 'string'
      ? Buffer.from(text, 'utf8')
      : Buffer.from(text.buffer, text.byteOffset, text.byteLength);
  res.writeHead(outcome.response.status, {
    ...outcome.response.headers,
    'content-length': String(body.length),
    'x-amz-request-id': ids.requestId,
    'x-amz-id-2': ids.hostId,
    date: new Date().toUTCString(),
    server: outcome.route.service === 's3' ? 'AmazonS3' : 'Server',
  });
  if (outcome.fault !== 'DropConnection') {
    // 'finish': the socket has taken every byte, so a page's memory can serve the next page.
    res.end(body, () => recycleBody(body));
    return outcome.response.status;
  }
  res.write(body.subarray(0, Math.floor(body.length / 2)), () => res.socket?.destroy());
  return 0;
};

/** A request that never reached a handler: too big, or a URI that does not parse. */
const rejected = (error: AwsError, ids: RequestIds, method: string): Outcome => ({
  route: UNROUTABLE,
  response: errorResponse('s3', error, ids, method),
  fault: null,
});

const outcomeOf = async (state: EndpointState, req: IncomingMessage, ids: RequestIds) => {
  const body = await readBody(req);
  const method = req.method ?? 'GET';
  if (body === null) {
    return rejected(
      new AwsError(400, 'MaxMessageLengthExceeded', 'Your request was too big.'),
      ids,
      method,
    );
  }
  try {
    return await handleRequest(state, parseRequest(req, body), ids);
  } catch (error) {
    // Only parsing lands here (handleRequest renders its own failures).
    const known =
      error instanceof AwsError ? error : new AwsError(400, 'InvalidRequest', 'Bad request');
    return rejected(known, ids, method);
  }
};

const serve = async (state: EndpointState, req: IncomingMessage, res: ServerResponse) => {
  const ids: RequestIds = {
    requestId: randomBytes(8).toString('hex').toUpperCase(),
    hostId: randomBytes(48).toString('base64'),
  };
  const outcome = await outcomeOf(state, req, ids);
  const status = send(res, outcome, ids);
  const { service, operation, bucket, region } = outcome.route;
  state.log.push({ service, operation, bucket, region, status, url: req.url ?? '' });
};

/** Starts the endpoint on 127.0.0.1 only. `port: 0` (the default) picks a free port. */
export async function startEndpoint(options: EndpointOptions = {}): Promise<RunningEndpoint> {
  const state = new EndpointState({
    latencyMs: options.latencyMs ?? 0,
    faultRate: options.faultRate ?? 0,
    seed: options.seed ?? 1,
    objects: options.objects ?? DEFAULT_OBJECTS,
    faults: options.faults ?? [],
    buckets: options.buckets ?? [],
  });
  const server = createServer((req, res) => {
    serve(state, req, res).catch((error: unknown) => {
      // A client that hangs up mid-request is routine; anything else is worth a line on stderr.
      if (!req.destroyed) console.error('endpoint: request failed', error);
      res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
    script: (fault) => state.faults.script(fault),
    setLatency: (ms) => {
      state.latencyMs = ms;
    },
    setFaultRate: (p) => state.faults.setRate(p),
    requests: () => state.log,
  };
}
