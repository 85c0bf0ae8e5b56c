/**
 * The BrowserWindow options, built in a pure function so a unit test can hold every security
 * setting in place (Electron's security checklist:
 * https://www.electronjs.org/docs/latest/tutorial/security). main.ts passes this object to
 * `new BrowserWindow`, where the compiler checks it against Electron's own type. Packaged
 * builds have no developer tools: they would let anyone at the keyboard run code in the page,
 * with its access to the contract.
 */
export const windowOptions = (preloadPath: string, build: { packaged: boolean }) => ({
  width: 1280,
  height: 820,
  minWidth: 720,
  minHeight: 420,
  title: 'PageScope',
  show: false,
  backgroundColor: '#1e1e1e',
  webPreferences: {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    devTools: !build.packaged,
  },
});

/** The app's own origin: the renderer is served by a privileged custom protocol, never remote. */
export const appScheme = 'app';
export const appHost = 'pagescope';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;
