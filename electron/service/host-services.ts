/**
 * What differs between the Electron shell and the browser-mode host, given to the handlers that
 * need it. Everything else in the engine is the same code in both modes.
 */
export interface HostServices {
  mode: 'electron' | 'browser';
  version: string;
  /** Electron: show the save dialog main-side and return the chosen path (null if dismissed). */
  chooseSavePath(suggestedName: string): Promise<string | null>;
  /** Electron: show a file in the OS file manager. */
  revealFile(path: string): Promise<boolean>;
  /** Browser mode: where a new export is written and the one-time URL that downloads it. */
  newDownload(): { target: string; url: string } | null;
}
