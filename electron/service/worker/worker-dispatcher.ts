import { Worker } from 'node:worker_threads';
import { fail, type EventName, type Result } from '../../../shared/contract';
import type { Connection, Dispatcher } from '../dispatcher';
import type { HostServices } from '../host-services';
import type { FromWorker, ToWorker, WorkerData } from './worker-protocol';
import { redactSecrets } from '../../engine/log/redact';

export interface WorkerDispatcherOptions {
  /** The worker's entry: engine-worker.ts under tsx, the bundled engine-worker.cjs in Electron. */
  entry: URL | string;
  execArgv?: string[];
  host: HostServices;
  download: WorkerData['download'];
  /** The engine's retry policy (backoff.ts); its default when not given. */
  retry?: WorkerData['retry'];
  log?: (line: string) => void;
}

export interface WorkerDispatcher extends Dispatcher {
  /** Restarts after a crash are counted so tests and logs can see them. */
  restarts(): number;
  terminate(): Promise<void>;
}

/**
 * A Dispatcher whose calls run in the engine worker. If the worker dies, the calls it was
 * running answer INTERNAL and a fresh worker takes the next ones: the window stays up.
 */
export const createWorkerDispatcher = (options: WorkerDispatcherOptions): WorkerDispatcher => {
  const write = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const log = (line: string) => write(redactSecrets(line));
  const pending = new Map<
    number,
    { resolve: (r: Result<unknown>) => void; connectionId: string }
  >();
  const connections = new Map<string, Connection>();
  let nextCall = 1;
  let restarts = 0;
  let stopping = false;
  // Spawned on first use and again after a crash, on the next call: a worker that cannot start
  // answers INTERNAL instead of looping.
  let worker: Worker | null = null;
  const current = () => (worker ??= spawn());

  function spawn(): Worker {
    const data: WorkerData = {
      mode: options.host.mode,
      version: options.host.version,
      download: options.download,
      ...(options.retry ? { retry: options.retry } : {}),
    };
    const created = new Worker(options.entry, {
      workerData: data,
      execArgv: options.execArgv ?? [],
    });
    created.on('message', (message: FromWorker) => onMessage(created, message));
    created.on('error', (error) => log(`engine worker crashed: ${error.stack ?? error.message}`));
    created.on('exit', (code) => onExit(created, code));
    created.unref();
    return created;
  }

  function onMessage(from: Worker, message: FromWorker) {
    if (message.type === 'result') {
      pending.get(message.callId)?.resolve(message.result);
      pending.delete(message.callId);
    } else if (message.type === 'event') {
      connections
        .get(message.connectionId)
        ?.emit(message.event as EventName, message.payload as never);
    } else if (message.type === 'progress') {
      connections.get(message.connectionId)?.progress(message.pageCallId, message.report);
    } else if (message.type === 'host-call') {
      const [arg = ''] = message.args;
      const answer =
        message.name === 'chooseSavePath'
          ? options.host.chooseSavePath(arg)
          : options.host.revealFile(arg);
      void answer.then(
        (value) =>
          from.postMessage({
            type: 'host-result',
            hostCallId: message.hostCallId,
            value,
          } satisfies ToWorker),
        () =>
          from.postMessage({
            type: 'host-result',
            hostCallId: message.hostCallId,
            value: null,
          } satisfies ToWorker),
      );
    } else if (message.type === 'log') {
      log(message.line);
    }
  }

  function onExit(exited: Worker, code: number) {
    if (exited !== worker) return;
    worker = null;
    for (const [callId, call] of pending) {
      call.resolve(
        fail('INTERNAL', 'Internal error: the engine stopped unexpectedly and was restarted.', {
          retryable: true,
        }),
      );
      pending.delete(callId);
    }
    if (stopping) return;
    restarts += 1;
    log(`engine worker exited with code ${code}; a new one starts with the next call`);
  }

  return {
    call(method, input, connection, pageCallId) {
      connections.set(connection.id, connection);
      const callId = nextCall++;
      return new Promise((resolve) => {
        pending.set(callId, { resolve, connectionId: connection.id });
        const message: ToWorker = {
          type: 'call',
          callId,
          ...(pageCallId === undefined ? {} : { pageCallId }),
          connection: { id: connection.id, mode: connection.mode },
          method,
          input,
        };
        try {
          current().postMessage(message);
        } catch {
          pending.delete(callId);
          resolve(fail('BAD_REQUEST', 'The message could not be passed to the engine.'));
        }
      });
    },
    cancel(connectionId, pageCallId) {
      worker?.postMessage({ type: 'cancel', connectionId, pageCallId } satisfies ToWorker);
    },
    closeConnection(connectionId) {
      connections.delete(connectionId);
      worker?.postMessage({ type: 'close', connectionId } satisfies ToWorker);
    },
    restarts: () => restarts,
    async terminate() {
      stopping = true;
      await worker?.terminate();
    },
  };
};
