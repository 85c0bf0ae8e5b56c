import { parentPort, workerData } from 'node:worker_threads';
import { createDispatcher, type Connection } from '../dispatcher';
import { createHandlers } from '../handlers';
import type { HostServices } from '../host-services';
import type { FromWorker, ToWorker, WorkerData } from './worker-protocol';
import { newDownload } from '../../engine/export/export-paths';
import { useRetryPolicy } from '../../engine/paging/backoff';

// The engine's thread: SDK calls, XML parsing, filtering and CSV writing run here so that a
// million keys never stall the Electron main process or the browser-mode host.
const port = parentPort!;
const data = workerData as WorkerData;
if (data.retry) useRetryPolicy(data.retry);
const post = (message: FromWorker) => port.postMessage(message);

let nextHostCall = 1;
const hostCalls = new Map<number, (value: unknown) => void>();
const askHost = <T>(name: 'chooseSavePath' | 'revealFile', args: string[]) =>
  new Promise<T>((resolve) => {
    const hostCallId = nextHostCall++;
    hostCalls.set(hostCallId, resolve as (value: unknown) => void);
    post({ type: 'host-call', hostCallId, name, args });
  });

const host: HostServices = {
  mode: data.mode,
  version: data.version,
  chooseSavePath: (name) => askHost<string | null>('chooseSavePath', [name]),
  revealFile: (path) => askHost<boolean>('revealFile', [path]),
  newDownload: () => (data.download ? newDownload(data.download) : null),
};

const dispatcher = createDispatcher(createHandlers(host), {
  log: (line) => post({ type: 'log', line }),
});

const connections = new Map<string, Connection>();
const connectionFor = (id: string, mode: 'electron' | 'browser'): Connection => {
  let connection = connections.get(id);
  if (!connection) {
    connection = {
      id,
      mode,
      emit: (event, payload) => post({ type: 'event', connectionId: id, event, payload }),
      progress: (pageCallId, report) =>
        post({ type: 'progress', connectionId: id, pageCallId, report }),
    };
    connections.set(id, connection);
  }
  return connection;
};

port.on('message', (message: ToWorker) => {
  if (message.type === 'call') {
    const connection = connectionFor(message.connection.id, message.connection.mode);
    void dispatcher
      .call(message.method, message.input, connection, message.pageCallId)
      .then((result) => post({ type: 'result', callId: message.callId, result }));
  } else if (message.type === 'cancel') {
    dispatcher.cancel(message.connectionId, message.pageCallId);
  } else if (message.type === 'close') {
    dispatcher.closeConnection(message.connectionId);
    connections.delete(message.connectionId);
  } else {
    hostCalls.get(message.hostCallId)?.(message.value);
    hostCalls.delete(message.hostCallId);
  }
});

post({ type: 'ready' });
