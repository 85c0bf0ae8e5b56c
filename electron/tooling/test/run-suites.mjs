// Runs the vitest suite and the Playwright suite at the same time, for `npm test`. Most of both
// is waiting (on spawned commands, the local endpoint, the browser), so on a 2-core machine they
// overlap well: one after the other left the cores half idle. vitest prints as it goes; the
// browser suite's report is held and printed whole after, so the two never interleave. The exit
// code is non-zero when either suite fails.
import { spawn } from 'node:child_process';

const run = (command, args, { hold }) =>
  new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: hold ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: process.env,
    });
    const held = [];
    if (hold) {
      child.stdout.on('data', (chunk) => held.push(chunk));
      child.stderr.on('data', (chunk) => held.push(chunk));
    }
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), held }));
  });

const bin = (name) => new URL(`../../../node_modules/.bin/${name}`, import.meta.url).pathname;

const [unit, e2e] = await Promise.all([
  run(bin('vitest'), ['run'], { hold: false }),
  run(bin('playwright'), ['test'], { hold: true }),
]);
process.stdout.write(Buffer.concat(e2e.held));
if (unit.code !== 0) console.error(`vitest failed (exit ${unit.code})`);
if (e2e.code !== 0) console.error(`playwright failed (exit ${e2e.code})`);
process.exit(unit.code !== 0 ? unit.code : e2e.code);
