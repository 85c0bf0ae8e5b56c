// Worker entry when PageScope runs from source (browser mode, tests): registers tsx inside the
// worker thread, whose module loader does not inherit the parent's, then loads the TS engine.
import { register } from 'tsx/esm/api';

register();
await import('./engine-worker.ts');
