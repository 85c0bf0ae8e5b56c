import { app, BrowserWindow, dialog, protocol, session, shell } from 'electron';
import { join } from 'node:path';
import { createWorkerDispatcher } from '../../service/worker/worker-dispatcher';
import type { HostServices } from '../../service/host-services';
import { registerIpc } from './ipc';
import { appFileResponse } from './shell/app-files';
import { rendererDir } from './shell/renderer-dir';
import { isAllowedExternalUrl } from './shell/sender-check';
import { appEntryUrl, appScheme, windowOptions } from './shell/window-options';

protocol.registerSchemesAsPrivileged([
  { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

const hostServices = (window: () => BrowserWindow | null): HostServices => ({
  mode: 'electron',
  version: app.getVersion(),
  chooseSavePath: async (suggestedName) => {
    const owner = window();
    const options = {
      defaultPath: suggestedName,
      filters: [{ name: 'CSV', extensions: ['csv', 'tsv'] }],
    };
    const choice = owner
      ? await dialog.showSaveDialog(owner, options)
      : await dialog.showSaveDialog(options);
    return choice.canceled || !choice.filePath ? null : choice.filePath;
  },
  revealFile: async (path) => {
    shell.showItemInFolder(path);
    return true;
  },
  newDownload: () => null,
});

// Every web contents, including any the page might try to create, gets the same denials.
app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
});

let mainWindow: BrowserWindow | null = null;

const createWindow = () => {
  mainWindow = new BrowserWindow(
    windowOptions(join(__dirname, 'preload.cjs'), { packaged: app.isPackaged }),
  );
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => (mainWindow = null));
  void mainWindow.loadURL(appEntryUrl);
};

void app.whenReady().then(() => {
  protocol.handle(appScheme, (request) => appFileResponse(rendererDir, request.url));
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  );
  session.defaultSession.setPermissionCheckHandler(() => false);
  // The engine runs in a worker thread: parsing a million keys must never stall the window.
  registerIpc(
    createWorkerDispatcher({
      entry: join(__dirname, 'engine-worker.cjs'),
      host: hostServices(() => mainWindow),
      download: null,
    }),
  );
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
