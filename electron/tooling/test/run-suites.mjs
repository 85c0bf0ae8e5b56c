// `npm test`: the type check, lint and both builds side by side, then the vitest suite and the
// Playwright suite at the same time. Most of the suites is waiting (on spawned commands, the
// local endpoint, the browser), so on a 2-core machine they overlap well: one after the other
// left the cores half idle. vitest prints as it goes; the other reports are held and printed
// whole after, so they never interleave. The exit code is non-zero when any step fails.
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
const script = (name) => run('npm', ['run', name], { hold: true });

/** Prints a held report and says whether its step failed. */
const report = (name, step) => {
  process.stdout.write(Buffer.concat(step.held));
  if (step.code !== 0) console.error(`${name} failed (exit ${step.code})`);
  return step.code !== 0;
};

// The checks and builds first, side by side: the browser suite serves the built renderer and the
// CLI tests run the bundle. The suites start only once all four passed.
const steps = ['typecheck', 'lint', 'build:renderer', 'build:cli'];
const results = await Promise.all(steps.map(script));
const prepared = steps.map((name, i) => report(name, results[i])).every((failed) => !failed);
if (!prepared) process.exit(1);
const [unit, e2e] = await Promise.all([
  run(bin('vitest'), ['run'], { hold: false }),
  run(bin('playwright'), ['test'], { hold: true }),
]);
const e2eFailed = report('playwright', e2e);
if (unit.code !== 0) console.error(`vitest failed (exit ${unit.code})`);
process.exit(unit.code !== 0 || e2eFailed ? 1 : 0);
