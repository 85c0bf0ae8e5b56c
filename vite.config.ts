import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is a static bundle loaded from the app's own files (Electron) or from the
// browser-mode host; `base: './'` keeps every asset URL relative so both work.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // No source maps: browser mode would serve them and the desktop package would ship them.
    sourcemap: false,
  },
});
