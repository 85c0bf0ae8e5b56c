import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
// Only the zod-free parts of the contract: the preload is bundled alone and stays small.
import { eventNames } from '../../../shared/contract/events';
import {
  ipcCancelChannel,
  ipcChannel,
  ipcEventChannel,
  ipcProgressChannel,
} from '../../../shared/contract/ipc-channels';
import { methodNameList } from '../../../shared/contract/method-names';

// Exposes exactly the contract's functions, a cancel by call id, and the pushes: no generic
// invoke, no ipcRenderer, so the page cannot reach any channel the contract does not name.
// Call ids and inputs are checked on the main side; here they only pass through.
const functions = Object.fromEntries(
  methodNameList.map((method) => [
    method,
    (input: unknown, callId: unknown) =>
      ipcRenderer.invoke(ipcChannel(method), input ?? {}, callId),
  ]),
);

const cancel = (callId: unknown): void => ipcRenderer.send(ipcCancelChannel, callId);

const on = (event: string, listener: (payload: unknown) => void): (() => void) => {
  if (!(eventNames as string[]).includes(event) || typeof listener !== 'function') {
    throw new TypeError(`Unknown PageScope event ${String(event)}`);
  }
  const forward = (_: IpcRendererEvent, name: unknown, payload: unknown) => {
    if (name === event) listener(payload);
  };
  ipcRenderer.on(ipcEventChannel, forward);
  return () => ipcRenderer.removeListener(ipcEventChannel, forward);
};

const onProgress = (listener: (callId: unknown, progress: unknown) => void): (() => void) => {
  if (typeof listener !== 'function') throw new TypeError('A progress listener is a function');
  const forward = (_: IpcRendererEvent, callId: unknown, progress: unknown) =>
    listener(callId, progress);
  ipcRenderer.on(ipcProgressChannel, forward);
  return () => ipcRenderer.removeListener(ipcProgressChannel, forward);
};

contextBridge.exposeInMainWorld('pagescope', { ...functions, cancel, on, onProgress });
