import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface CommandOptions {
  env: NodeJS.ProcessEnv;
  /** Where stdout goes (a file path), or null to discard it. */
  stdoutFile: string | null;
}

/**
 * Runs one command to completion, stdout to a file as a shell redirect would: the command writes
 * to the file itself, so no third process copies its output (on two cores that copy competed
 * with the command and its server) and its stdout is a file, not a pipe. Rejects with the tail
 * of stderr when it exits non-zero, so a broken contender fails the measure loudly.
 */
export const runCommand = (
  command: string,
  args: readonly string[],
  options: CommandOptions,
): Promise<void> =>
  new Promise((resolve, reject) => {
    const out = options.stdoutFile ? openSync(options.stdoutFile, 'w') : 'ignore';
    let child;
    try {
      child = spawn(command, args, {
        cwd: projectRoot,
        env: options.env,
        stdio: ['ignore', out, 'pipe'],
      });
    } finally {
      // The child has its own descriptor of the file now.
      if (typeof out === 'number') closeSync(out);
    }
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-2000);
    });
    child.once('error', reject);
    child.once('close', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args.join(' ')} exited with ${code}: ${stderr}`)),
    );
  });

/** stdout of a short command, or null when it cannot run (used for versions and presence). */
export const outputOf = (command: string, args: readonly string[]): Promise<string | null> =>
  new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    child.once('error', () => resolve(null));
    child.once('close', (code) => resolve(code === 0 ? text.trim() : null));
  });
