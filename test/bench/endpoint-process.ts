import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { projectRoot } from './run-command';

export interface EndpointProcessOptions {
  objects: number;
  latencyMs?: number;
  faultRate?: number;
  seed?: number;
}

export interface EndpointProcess {
  url: string;
  stop(): Promise<void>;
}

/**
 * `npm run endpoint` in its own process, as a user would start it, so the server's CPU is not
 * counted in (or competing with) the measuring process's event loop.
 */
export const startEndpointProcess = async (
  options: EndpointProcessOptions,
): Promise<EndpointProcess> => {
  const args = ['--port', '0', '--objects', String(options.objects)];
  if (options.latencyMs) args.push('--latency-ms', String(options.latencyMs));
  if (options.faultRate) args.push('--fault-rate', String(options.faultRate));
  if (options.seed !== undefined) args.push('--seed', String(options.seed));
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/endpoint/cli.ts', ...args], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const first = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`endpoint exited with ${code}`)));
  });
  const url = /^endpoint: (http:\/\/127\.0\.0\.1:\d+)$/.exec(first)?.[1];
  if (!url) {
    child.kill('SIGTERM');
    throw new Error(`unexpected endpoint line: ${first}`);
  }
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
};

/** Runs `work` with an endpoint that is stopped afterwards whatever happens. */
export const withEndpoint = async <T>(
  options: EndpointProcessOptions,
  work: (url: string) => Promise<T>,
): Promise<T> => {
  const endpoint = await startEndpointProcess(options);
  try {
    return await work(endpoint.url);
  } finally {
    await endpoint.stop();
  }
};
