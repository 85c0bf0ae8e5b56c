import { pipeline, type Readable } from 'node:stream';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { boundedBody } from './bounded-body';
import { ResponseBoundError } from './response-bound-error';
import { responseLimitsFrom, type ResponseLimits } from './response-limits';

type Options = ConstructorParameters<typeof NodeHttpHandler>[0];
type Request = Parameters<NodeHttpHandler['handle']>[0];
type HandleOptions = NonNullable<Parameters<NodeHttpHandler['handle']>[1]>;
type Handled = Awaited<ReturnType<NodeHttpHandler['handle']>>;

/**
 * Fires `expire` after `ms` unless pushed back first. Unref'd: a body nobody reads must not keep
 * the CLI's process alive until the deadline (the socket itself does while it is needed).
 */
const timer = (ms: number, expire: () => void) => {
  const start = () => setTimeout(expire, ms).unref();
  let id = start();
  return {
    push: () => {
      clearTimeout(id);
      id = start();
    },
    stop: () => clearTimeout(id),
  };
};

const declaredLength = (headers: Record<string, string>): number | null => {
  const value = Object.entries(headers).find(([k]) => k.toLowerCase() === 'content-length')?.[1];
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : null;
};

/**
 * The SDK's Node handler with limits on what a server can make one request cost: a byte cap and
 * an XML depth limit on the body, a timeout when no byte arrives, and a deadline for the whole
 * response. The SDK's own requestTimeout is measured only until the headers, and a socket's
 * timeout restarts with every byte, so a server dripping a byte at a time would hold a request
 * forever. Limits are read from the environment for each request (response-limits.ts).
 */
export class BoundedHttpHandler {
  private readonly inner: NodeHttpHandler;
  private readonly xmlBodies: boolean;

  /**
   * `xmlBodies: false` for a client of a JSON protocol: its bodies are not metered for XML depth.
   * The client's protocol decides, never the server's content-type, which a hostile server sets.
   */
  constructor(
    { xmlBodies = true, ...options }: Options & { xmlBodies?: boolean },
    private readonly limits: () => ResponseLimits = () => responseLimitsFrom(process.env),
  ) {
    this.inner = new NodeHttpHandler(options);
    this.xmlBodies = xmlBodies;
  }

  get metadata() {
    return this.inner.metadata;
  }

  destroy(): void {
    this.inner.destroy();
  }

  updateHttpClientConfig(...args: Parameters<NodeHttpHandler['updateHttpClientConfig']>): void {
    this.inner.updateHttpClientConfig(...args);
  }

  httpHandlerConfigs() {
    return this.inner.httpHandlerConfigs();
  }

  async handle(request: Request, options: HandleOptions = {}): Promise<Handled> {
    const limits = this.limits();
    const controller = new AbortController();
    const outer = options.abortSignal as AbortSignal | undefined;
    const abort = () => controller.abort(outer?.reason);
    if (outer?.aborted) abort();
    outer?.addEventListener?.('abort', abort);
    let stopped: ResponseBoundError | null = null;
    let body: Readable | null = null;
    const stop = (bound: 'idle' | 'deadline') => {
      stopped = new ResponseBoundError(bound, limits);
      if (body) body.destroy(stopped);
      else controller.abort(stopped);
    };
    const idle = timer(limits.idleMs, () => stop('idle'));
    const deadline = timer(limits.deadlineMs, () => stop('deadline'));
    const done = () => {
      idle.stop();
      deadline.stop();
      outer?.removeEventListener?.('abort', abort);
    };
    let handled: Handled;
    try {
      handled = await this.inner.handle(request, { ...options, abortSignal: controller.signal });
    } catch (error) {
      done();
      throw stopped ?? error;
    }
    idle.push();
    const { response } = handled;
    const source = response.body as Readable;
    const length = declaredLength(response.headers);
    if (length !== null && length > limits.maxBytes) {
      done();
      source.destroy();
      throw new ResponseBoundError('too-large', limits);
    }
    const bounded = boundedBody(limits, idle.push, this.xmlBodies);
    body = bounded;
    bounded.once('close', done);
    pipeline(source, bounded, () => {});
    response.body = bounded;
    return handled;
  }
}
