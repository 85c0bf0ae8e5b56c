/**
 * A recording stand-in for the `electron` module, for running electron/hosts/electron/main.ts's start-up where
 * Electron's binary cannot run. It records each call in order and keeps the handlers main.ts
 * installs, so a test can call them as Electron would. `ready()` resolves `app.whenReady()`.
 */
export const createElectronStandIn = () => {
  const calls: string[] = [];
  const appListeners = new Map<string, (...args: unknown[]) => void>();
  const ipcHandlers = new Map<string, (...args: unknown[]) => unknown>();
  const ipcListeners = new Map<string, (...args: unknown[]) => void>();
  /** The preload's side: what it exposed to the page, and what it sent or invoked. */
  const exposed = new Map<string, unknown>();
  const rendererSent: unknown[][] = [];
  const rendererListeners = new Map<string, Set<(...args: unknown[]) => void>>();
  const protocolHandlers = new Map<string, (request: { url: string }) => Promise<Response>>();
  const privileged: unknown[] = [];
  const windows: { options: unknown; loaded: string[] }[] = [];
  const permission: {
    request?: (contents: unknown, name: string, callback: (granted: boolean) => void) => void;
    check?: (...args: unknown[]) => boolean;
  } = {};
  const opened: string[] = [];
  let ready: () => void = () => undefined;
  const whenReady = new Promise<void>((resolve) => (ready = resolve));

  class BrowserWindow {
    readonly loaded: string[] = [];
    constructor(options: unknown) {
      calls.push('new BrowserWindow');
      windows.push({ options, loaded: this.loaded });
    }
    static getAllWindows = () => [];
    once() {
      return this;
    }
    on() {
      return this;
    }
    show() {}
    loadURL(url: string) {
      calls.push('BrowserWindow.loadURL');
      this.loaded.push(url);
      return Promise.resolve();
    }
  }

  const electron = {
    app: {
      isPackaged: true,
      getVersion: () => '0.0.0-test',
      on: (event: string, listener: (...args: unknown[]) => void) => {
        calls.push(`app.on ${event}`);
        appListeners.set(event, listener);
      },
      whenReady: () => {
        calls.push('app.whenReady');
        return whenReady;
      },
      quit: () => calls.push('app.quit'),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => {
        calls.push('protocol.registerSchemesAsPrivileged');
        privileged.push(...schemes);
      },
      handle: (scheme: string, handler: (request: { url: string }) => Promise<Response>) => {
        calls.push(`protocol.handle ${scheme}`);
        protocolHandlers.set(scheme, handler);
      },
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: typeof permission.request) => {
          calls.push('session.setPermissionRequestHandler');
          permission.request = handler;
        },
        setPermissionCheckHandler: (handler: typeof permission.check) => {
          calls.push('session.setPermissionCheckHandler');
          permission.check = handler;
        },
      },
    },
    ipcMain: {
      handle: (channel: string, handler: (...args: unknown[]) => unknown) => {
        calls.push(`ipcMain.handle ${channel}`);
        ipcHandlers.set(channel, handler);
      },
      removeHandler: (channel: string) => ipcHandlers.delete(channel),
      on: (channel: string, listener: (...args: unknown[]) => void) => {
        calls.push(`ipcMain.on ${channel}`);
        ipcListeners.set(channel, listener);
      },
      removeListener: (channel: string) => ipcListeners.delete(channel),
    },
    contextBridge: {
      exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api),
    },
    ipcRenderer: {
      invoke: async (...args: unknown[]) => {
        rendererSent.push(['invoke', ...args]);
        return { ok: true, value: null };
      },
      send: (...args: unknown[]) => void rendererSent.push(['send', ...args]),
      on: (channel: string, listener: (...args: unknown[]) => void) => {
        let set = rendererListeners.get(channel);
        if (!set) rendererListeners.set(channel, (set = new Set()));
        set.add(listener);
      },
      removeListener: (channel: string, listener: (...args: unknown[]) => void) =>
        rendererListeners.get(channel)?.delete(listener),
    },
    BrowserWindow,
    dialog: { showSaveDialog: async () => ({ canceled: true }) },
    shell: {
      openExternal: async (url: string) => void opened.push(url),
      showItemInFolder: () => undefined,
    },
  };

  return {
    electron,
    calls,
    appListeners,
    ipcHandlers,
    ipcListeners,
    exposed,
    rendererSent,
    rendererListeners,
    protocolHandlers,
    privileged,
    windows,
    permission,
    opened,
    ready: () => ready(),
  };
};
