import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface CommandOptions {
  env: NodeJS.ProcessEnv;
  /** Where stdout goes (a file path), or null to discard it. */
  stdoutFile: string | null;
}

/**
 * Runs one command to completion, stdout to a file as a shell redirect would. Rejects with the
 * tail of stderr when it exits non-zero, so a broken contender fails the measure loudly.
 */
export const runCommand = (
  command: string,
  args: readonly string[],
  options: CommandOptions,
): Promise<void> =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: projectRoot,
      env: options.env,
      stdio: ['ignore', options.stdoutFile ? 'pipe' : 'ignore', 'pipe'],
    });
    const out = options.stdoutFile ? createWriteStream(options.stdoutFile) : null;
    if (out) child.stdout?.pipe(out);
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-2000);
    });
    child.once('error', reject);
    child.once('close', (code) => {
      const done = () =>
        code === 0
          ? resolve()
          : reject(new Error(`${command} ${args.join(' ')} exited with ${code}: ${stderr}`));
      if (out) out.end(done);
      else done();
    });
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
