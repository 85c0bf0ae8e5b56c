import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { eventNames, ipcChannel, ipcEventChannel, methodNames } from '../../../shared/contract';

// Exposes exactly the contract's functions plus `on`: no generic invoke, no ipcRenderer, so
// the page cannot reach any channel the contract does not name.
const functions = Object.fromEntries(
  methodNames.map((method) => [
    method,
    (input: unknown) => ipcRenderer.invoke(ipcChannel(method), input ?? {}),
  ]),
);

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

contextBridge.exposeInMainWorld('pagescope', { ...functions, on });
