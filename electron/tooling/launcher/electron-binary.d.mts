/** Types of electron-binary.mjs, a plain ES module that `npm start` runs before any build. */
export declare const installedBinary: (packageDir: string) => string | null;
export declare const FAILED_FETCH_MARKER: string;
export interface ElectronBinaryOptions {
  marker?: string;
  binary?: () => string | null;
  installer?: string | null;
  version?: string;
  log?: (line: string) => void;
}
export declare const electronBinary: (options?: ElectronBinaryOptions) => {
  path: string | null;
  tried: boolean;
};
