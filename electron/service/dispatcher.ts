import {
  contract,
  fail,
  isMethodName,
  limits,
  ok,
  type EventName,
  type EventPayload,
  type MethodName,
  type Result,
} from '../../shared/contract';
import type { HandlerContext, Handlers } from './handler-context';
import { describeZodError } from './zod-message';
import { toApiError } from '../engine/errors/to-api-error';
import { redactSecrets } from '../engine/log/redact';
import { redactOutbound } from '../engine/log/redact-outbound';

/** One renderer connection: an Electron window or a browser-mode WebSocket. */
export interface Connection {
  id: string;
  mode: 'electron' | 'browser';
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
}

export interface Dispatcher {
  /** Validate and run one call. Never throws: every outcome is a Result. */
  call(method: unknown, input: unknown, connection: Connection): Promise<Result<unknown>>;
  /** Abort everything a connection started (it closed). */
  closeConnection(connectionId: string): void;
}

export interface DispatcherOptions {
  log?: (line: string) => void;
}

export const createDispatcher = (
  handlers: Handlers,
  options: DispatcherOptions = {},
): Dispatcher => {
  const write = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const log = (line: string) => write(redactSecrets(line));
  // connectionId -> requestId -> controller; request ids are chosen by the renderer, so they
  // are only meaningful inside their own connection.
  const running = new Map<string, Map<string, AbortController>>();
  const connectionControllers = new Map<string, AbortController>();
  const connectionSignal = (connectionId: string) => {
    let controller = connectionControllers.get(connectionId);
    if (!controller) connectionControllers.set(connectionId, (controller = new AbortController()));
    return controller.signal;
  };

  const requestsOf = (connectionId: string) => {
    let map = running.get(connectionId);
    if (!map) running.set(connectionId, (map = new Map()));
    return map;
  };

  const cancel = (connectionId: string, requestId: string): boolean => {
    const controller = running.get(connectionId)?.get(requestId);
    controller?.abort();
    return controller !== undefined;
  };

  const call = async (method: unknown, input: unknown, connection: Connection) => {
    if (!isMethodName(method)) {
      return fail('BAD_REQUEST', `Unknown method ${JSON.stringify(String(method).slice(0, 64))}.`);
    }
    const parsed = contract[method].input.safeParse(input);
    if (!parsed.success) {
      return fail('BAD_REQUEST', `Invalid ${method} arguments: ${describeZodError(parsed.error)}`);
    }
    const value = parsed.data as Record<string, unknown>;
    if (method === 'request.cancel') {
      return ok({ cancelled: cancel(connection.id, value.requestId as string) });
    }
    const requests = requestsOf(connection.id);
    if (requests.size >= limits.maxConcurrentRequestsPerConnection) {
      return fail(
        'LIMIT_EXCEEDED',
        `At most ${limits.maxConcurrentRequestsPerConnection} requests may run at once per window.`,
        { retryable: true },
      );
    }
    const requestId =
      typeof value.requestId === 'string'
        ? value.requestId
        : `internal-${requests.size}-${Math.random()}`;
    if (requests.has(requestId)) {
      return fail('BAD_REQUEST', `Request id ${requestId} is already running.`);
    }
    const controller = new AbortController();
    requests.set(requestId, controller);
    const context: HandlerContext = {
      signal: controller.signal,
      connectionSignal: connectionSignal(connection.id),
      emit: (event, payload) => connection.emit(event, redactOutbound(payload)),
      mode: connection.mode,
      connectionId: connection.id,
    };
    try {
      const handler = handlers[method as Exclude<MethodName, 'request.cancel'>] as (
        i: unknown,
        c: HandlerContext,
      ) => Promise<unknown>;
      const output = await handler(value, context);
      if (controller.signal.aborted) return fail('CANCELLED', 'Cancelled.');
      return ok(output);
    } catch (error) {
      if (controller.signal.aborted) return fail('CANCELLED', 'Cancelled.');
      return { ok: false as const, error: toApiError(error, log) };
    } finally {
      requests.delete(requestId);
    }
  };

  return {
    // Every answer leaves through the one redactor, whichever handler produced it.
    call: async (method, input, connection) =>
      redactOutbound(await call(method, input, connection)),
    closeConnection(connectionId) {
      for (const controller of running.get(connectionId)?.values() ?? []) controller.abort();
      running.delete(connectionId);
      connectionControllers.get(connectionId)?.abort();
      connectionControllers.delete(connectionId);
    },
  };
};
