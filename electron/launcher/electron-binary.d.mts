/** Types of electron-binary.mjs, a plain ES module that `npm start` runs before any build. */
export declare const installedBinary: (packageDir: string) => string | null;
export declare const electronBinary: () => string | null;
