import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { test as base, expect } from '@playwright/test';
import { startEndpoint, type RunningEndpoint } from '../../electron/endpoint/server';

/**
 * e2e fixtures: each test gets its own browser-mode host (`npm run web -- --port 0`, the real
 * command) with a fresh HOME and no AWS config, so Demo is the default profile, and its own local
 * AWS endpoint that the host's Demo profile uses (PAGESCOPE_DEMO_ENDPOINT), so a test can script
 * faults on it. `app` is the tokenized URL; `page` is not navigated yet: call `openApp(page)`.
 */
export interface BrowserModeHost {
  url: string;
  port: number;
  token: string;
  stderr: () => string;
}

export const startBrowserModeHost = async (
  env: Record<string, string>,
): Promise<BrowserModeHost & { stop(): void }> => {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('AWS_')),
  );
  const child: ChildProcess = spawn('npm', ['run', 'web', '--', '--port', '0'], {
    env: { ...inherited, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so stopping it also stops npm's and tsx's child processes.
    detached: true,
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const lines = createInterface({ input: child.stdout! });
  const first = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`web host exited ${code}: ${stderr}`)));
  });
  const match = /^PageScope: (http:\/\/127\.0\.0\.1:(\d+)\/\?token=(\S+))$/.exec(first);
  if (!match) throw new Error(`unexpected first line: ${first}`);
  return {
    url: match[1]!,
    port: Number(match[2]),
    token: match[3]!,
    stderr: () => stderr,
    stop: () => {
      if (child.exitCode === null) process.kill(-child.pid!, 'SIGTERM');
    },
  };
};

export const test = base.extend<{
  endpoint: RunningEndpoint;
  host: BrowserModeHost;
  objects: number;
}>({
  objects: [20_000, { option: true }],
  endpoint: async ({ objects }, use) => {
    const endpoint = await startEndpoint({ port: 0, seed: 7, objects });
    await use(endpoint);
    await endpoint.stop();
  },
  host: async ({ endpoint }, use) => {
    const home = mkdtempSync(join(tmpdir(), 'pagescope-e2e-'));
    const host = await startBrowserModeHost({
      HOME: home,
      AWS_CONFIG_FILE: join(home, 'no-config'),
      AWS_SHARED_CREDENTIALS_FILE: join(home, 'no-credentials'),
      PAGESCOPE_DEMO_ENDPOINT: endpoint.url,
    });
    await use(host);
    host.stop();
    rmSync(home, { recursive: true, force: true });
  },
});

export { expect };
