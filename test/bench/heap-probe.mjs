// Loaded with `node --import` into a measured process: samples the V8 heap in use and writes its
// peak, in bytes, to the file PAGESCOPE_HEAP_FILE names when the process exits.
import { writeFileSync } from 'node:fs';

let peak = 0;
const sample = () => {
  peak = Math.max(peak, process.memoryUsage().heapUsed);
};
setInterval(sample, 10).unref();
process.on('exit', () => {
  sample();
  if (process.env.PAGESCOPE_HEAP_FILE) writeFileSync(process.env.PAGESCOPE_HEAP_FILE, String(peak));
});
