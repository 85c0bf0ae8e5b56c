import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/**
 * The local endpoint in its own process, so that a memory measurement of this process counts
 * the exporter only, not the server generating a million keys.
 */
export const startEndpointProcess = async (args: string[]) => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/endpoint/cli.ts', ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const first = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`endpoint exited with ${code}`)));
  });
  const url = /^endpoint: (http:\/\/127\.0\.0\.1:\d+)$/.exec(first)?.[1];
  if (!url) throw new Error(`unexpected endpoint line: ${first}`);
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
};
