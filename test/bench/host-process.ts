import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { projectRoot } from './run-command';

export interface HostProcess {
  url: string;
  port: number;
  token: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * `npm run web -- --port 0` in its own process (the browser-mode host, its engine in a worker),
 * optionally with extra `--import` modules loaded into its main thread before it starts.
 */
export const startHostProcess = async (
  env: NodeJS.ProcessEnv,
  imports: readonly string[] = [],
): Promise<HostProcess> => {
  const preload = ['tsx', ...imports].flatMap((m) => ['--import', m]);
  const child = spawn(
    process.execPath,
    [...preload, 'electron/hosts/browser/cli.ts', '--port', '0'],
    {
      cwd: projectRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + String(chunk)).slice(-2000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const first = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`web host exited with ${code}: ${stderr}`)));
  });
  const match = /^PageScope: (http:\/\/127\.0\.0\.1:(\d+)\/\?token=(\S+))$/.exec(first);
  if (!match) {
    child.kill('SIGTERM');
    throw new Error(`unexpected web host line: ${first}`);
  }
  return {
    url: match[1]!,
    port: Number(match[2]),
    token: decodeURIComponent(match[3]!),
    child,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
};
