import { join } from 'node:path';

/** The built renderer: main is bundled to dist/electron/main.cjs, the renderer to dist/renderer. */
export const rendererDir = join(__dirname, '..', 'renderer');
