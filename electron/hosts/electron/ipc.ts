import { ipcMain, type WebContents } from 'electron';
import {
  fail,
  ipcCancelChannel,
  ipcChannel,
  ipcEventChannel,
  ipcProgressChannel,
  isCallId,
  methodNames,
} from '../../../shared/contract';
import type { Connection, Dispatcher } from '../../service/dispatcher';
import { isTrustedSender } from './shell/sender-check';

/**
 * One ipcMain.handle per contract method, derived from the contract's list. Each call checks
 * that it comes from the app's own top-level frame before the dispatcher validates its input.
 */
export const registerIpc = (dispatcher: Dispatcher): (() => void) => {
  const connections = new Map<number, Connection>();
  const connectionOf = (contents: WebContents): Connection => {
    let connection = connections.get(contents.id);
    if (!connection) {
      connection = {
        id: `window-${contents.id}`,
        mode: 'electron',
        emit: (event, payload) => {
          if (!contents.isDestroyed()) contents.send(ipcEventChannel, event, payload);
        },
        progress: (callId, report) => {
          if (!contents.isDestroyed()) contents.send(ipcProgressChannel, callId, report);
        },
      };
      connections.set(contents.id, connection);
      contents.once('destroyed', () => {
        dispatcher.closeConnection(connection!.id);
        connections.delete(contents.id);
      });
    }
    return connection;
  };

  for (const method of methodNames) {
    ipcMain.handle(ipcChannel(method), (event, input: unknown, callId: unknown) => {
      if (!isTrustedSender(event.senderFrame)) {
        return fail('BAD_REQUEST', 'Calls are accepted from the PageScope window only.');
      }
      if (!isCallId(callId)) return fail('BAD_REQUEST', 'A call id is a non-negative integer.');
      return dispatcher.call(method, input, connectionOf(event.sender), callId);
    });
  }
  const cancel = (event: Electron.IpcMainEvent, callId: unknown) => {
    if (!isTrustedSender(event.senderFrame) || !isCallId(callId)) return;
    dispatcher.cancel(connectionOf(event.sender).id, callId);
  };
  ipcMain.on(ipcCancelChannel, cancel);
  return () => {
    methodNames.forEach((method) => ipcMain.removeHandler(ipcChannel(method)));
    ipcMain.removeListener(ipcCancelChannel, cancel);
  };
};
