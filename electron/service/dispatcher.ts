import {
  contract,
  fail,
  isCallId,
  isMethodName,
  limits,
  ok,
  type EventName,
  type EventPayload,
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
  /** A progress report of the call with this id, to the page that made it. */
  progress(callId: number, report: unknown): void;
}

export interface Dispatcher {
  /**
   * Validate and run one call. Never throws: every outcome is a Result. The call id, chosen by
   * the page, names the call for cancel and progress; without one the call cannot be cancelled
   * on its own and reports no progress.
   */
  call(
    method: unknown,
    input: unknown,
    connection: Connection,
    callId?: number,
  ): Promise<Result<unknown>>;
  /** Abort one running call of a connection; it answers CANCELLED. Unknown ids are ignored. */
  cancel(connectionId: string, callId: number): void;
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
  // connectionId -> call key -> controller; call ids are chosen by the page, so they are only
  // meaningful inside their own connection.
  const running = new Map<string, Map<number | symbol, AbortController>>();
  const connectionControllers = new Map<string, AbortController>();
  const connectionSignal = (connectionId: string) => {
    let controller = connectionControllers.get(connectionId);
    if (!controller) connectionControllers.set(connectionId, (controller = new AbortController()));
    return controller.signal;
  };

  const callsOf = (connectionId: string) => {
    let map = running.get(connectionId);
    if (!map) running.set(connectionId, (map = new Map()));
    return map;
  };

  const call = async (
    method: unknown,
    input: unknown,
    connection: Connection,
    callId: number | undefined,
  ) => {
    if (!isMethodName(method)) {
      return fail('BAD_REQUEST', `Unknown method ${JSON.stringify(String(method).slice(0, 64))}.`);
    }
    if (callId !== undefined && !isCallId(callId)) {
      return fail('BAD_REQUEST', 'A call id is a non-negative integer.');
    }
    const parsed = contract[method].input.safeParse(input);
    if (!parsed.success) {
      return fail('BAD_REQUEST', `Invalid ${method} arguments: ${describeZodError(parsed.error)}`);
    }
    const calls = callsOf(connection.id);
    if (calls.size >= limits.maxConcurrentRequestsPerConnection) {
      return fail(
        'LIMIT_EXCEEDED',
        `At most ${limits.maxConcurrentRequestsPerConnection} requests may run at once per window.`,
        { retryable: true },
      );
    }
    const key = callId ?? Symbol(method);
    if (calls.has(key)) return fail('BAD_REQUEST', `Call ${String(callId)} is already running.`);
    const controller = new AbortController();
    calls.set(key, controller);
    const context: HandlerContext<unknown> = {
      signal: controller.signal,
      progress: (report) => {
        if (callId !== undefined && !controller.signal.aborted) {
          connection.progress(callId, redactOutbound(report));
        }
      },
      connectionSignal: connectionSignal(connection.id),
      emit: (event, payload) => connection.emit(event, redactOutbound(payload)),
      mode: connection.mode,
      connectionId: connection.id,
    };
    try {
      const handler = handlers[method] as (
        i: unknown,
        c: HandlerContext<unknown>,
      ) => Promise<unknown>;
      const output = await handler(parsed.data, context);
      if (controller.signal.aborted) return fail('CANCELLED', 'Cancelled.');
      return ok(output);
    } catch (error) {
      if (controller.signal.aborted) return fail('CANCELLED', 'Cancelled.');
      return { ok: false as const, error: toApiError(error, log) };
    } finally {
      calls.delete(key);
    }
  };

  return {
    // Every answer leaves through the one redactor, whichever handler produced it.
    call: async (method, input, connection, callId) =>
      redactOutbound(await call(method, input, connection, callId)),
    cancel(connectionId, callId) {
      running.get(connectionId)?.get(callId)?.abort();
    },
    closeConnection(connectionId) {
      for (const controller of running.get(connectionId)?.values() ?? []) controller.abort();
      running.delete(connectionId);
      connectionControllers.get(connectionId)?.abort();
      connectionControllers.delete(connectionId);
    },
  };
};
