/** Electron's IPC channels: one per contract method, the pushes, and cancel and progress. */
export const ipcChannel = (method: string): string => `pagescope:${method}`;
export const ipcEventChannel = 'pagescope:event';
/** Page → main: cancel the call with this id. */
export const ipcCancelChannel = 'pagescope:cancel';
/** Main → page: a progress report of the call with this id. */
export const ipcProgressChannel = 'pagescope:progress';
