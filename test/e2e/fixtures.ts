import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { test as base, expect } from '@playwright/test';
import { startEndpoint, type RunningEndpoint } from '../../electron/endpoint/server';
import { DEMO_ACCESS_KEY_ID, DEMO_SECRET_ACCESS_KEY } from '../../shared/demo-credentials';

/**
 * e2e fixtures: each test gets its own browser-mode host (`npm run web -- --port 0`'s program,
 * see startBrowserModeHost) with a fresh HOME and no AWS config, so Demo is the default profile, and its own local
 * AWS endpoint that the host's Demo profile uses (PAGESCOPE_DEMO_ENDPOINT), so a test can script
 * faults on it. `host.url` is the tokenized URL to open.
 *
 * Every test is also a credentials audit: each WebSocket frame the main side
 * sends to the page, and everything the host logs, is recorded and checked after the test for
 * access key ids, secret keys and session tokens, and the log for the browser-mode token.
 */
export interface BrowserModeHost {
  url: string;
  port: number;
  token: string;
  stderr: () => string;
  /** Every stdout line so far: npm's own banner, and the one ready line. */
  stdoutLines: () => string[];
}

/** The host's ready line; npm's banner lines come before it on stdout. */
export const READY_LINE = /^PageScope: (http:\/\/127\.0\.0\.1:(\d+)\/\?token=(\S+))$/;

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * How a test starts the host. `npm run web` is npm, a shell and tsx's own CLI before the host's
 * node even starts: about a second of CPU a test, 68 times. Tests run what its script runs, node
 * with tsx's loader (`node --import tsx`, https://tsx.is/dev-api/node-cli) on the same file; the
 * `npm run web` tests in browser-mode.spec.ts keep the real command covered.
 */
export type HostCommand = 'npm run web' | 'node --import tsx';

const hostCommand = (how: HostCommand): [string, string[]] =>
  how === 'npm run web'
    ? ['npm', ['run', 'web', '--', '--port', '0']]
    : [process.execPath, ['--import', 'tsx', 'electron/hosts/browser/cli.ts', '--port', '0']];

export const startBrowserModeHost = async (
  env: Record<string, string>,
  how: HostCommand = 'node --import tsx',
): Promise<BrowserModeHost & { stop(): void }> => {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('AWS_')),
  );
  const [command, args] = hostCommand(how);
  const child: ChildProcess = spawn(command, args, {
    cwd: root,
    env: { ...inherited, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so stopping it also stops npm's and tsx's child processes.
    detached: true,
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const stdoutLines: string[] = [];
  const lines = createInterface({ input: child.stdout! });
  const ready = await new Promise<string>((resolve, reject) => {
    lines.on('line', (line) => {
      stdoutLines.push(line);
      if (line.startsWith('PageScope: http')) resolve(line);
    });
    child.once('exit', (code) => reject(new Error(`web host exited ${code}: ${stderr}`)));
  });
  const match = READY_LINE.exec(ready);
  if (!match) throw new Error(`unexpected ready line: ${ready}`);
  return {
    url: match[1]!,
    port: Number(match[2]),
    token: match[3]!,
    stderr: () => stderr,
    stdoutLines: () => [...stdoutLines],
    stop: () => {
      if (child.exitCode === null) process.kill(-child.pid!, 'SIGTERM');
    },
  };
};

/** Anything that looks like AWS credentials: the demo pair, and any temporary (ASIA) key id. */
export const credentialLeaks = (text: string): string[] =>
  [
    text.includes(DEMO_ACCESS_KEY_ID) ? 'access key id' : '',
    text.includes(DEMO_SECRET_ACCESS_KEY) ? 'secret access key' : '',
    /\bASIA[A-Z0-9]{16}\b/.test(text) ? 'temporary access key id' : '',
    /"(SessionToken|sessionToken|secretAccessKey|SecretAccessKey)"/.test(text)
      ? 'credential field'
      : '',
  ].filter(Boolean);

export const test = base.extend<{
  endpoint: RunningEndpoint;
  host: BrowserModeHost;
  objects: number;
  hostCommand: HostCommand;
  frameAudit: string[];
}>({
  objects: [20_000, { option: true }],
  hostCommand: ['node --import tsx', { option: true }],
  endpoint: async ({ objects }, use) => {
    const endpoint = await startEndpoint({ port: 0, seed: 7, objects });
    await use(endpoint);
    await endpoint.stop();
  },
  host: async ({ endpoint, hostCommand }, use) => {
    const home = mkdtempSync(join(tmpdir(), 'pagescope-e2e-'));
    const host = await startBrowserModeHost(
      {
        HOME: home,
        AWS_CONFIG_FILE: join(home, 'no-config'),
        AWS_SHARED_CREDENTIALS_FILE: join(home, 'no-credentials'),
        PAGESCOPE_DEMO_ENDPOINT: endpoint.url,
      },
      hostCommand,
    );
    await use(host);
    host.stop();
    const readyLines = host.stdoutLines().filter((line) => line.startsWith('PageScope: http'));
    expect(readyLines, 'one ready line on stdout').toHaveLength(1);
    expect(credentialLeaks(host.stderr()), 'secrets in the host log').toEqual([]);
    expect(host.stderr().includes(host.token), 'token in the host log').toBe(false);
    rmSync(home, { recursive: true, force: true });
  },
  frameAudit: [
    async ({ page }, use) => {
      const frames: string[] = [];
      page.on('websocket', (socket) =>
        socket.on('framereceived', ({ payload }) => frames.push(String(payload))),
      );
      await use(frames);
      const leaks = frames.flatMap((frame) => credentialLeaks(frame));
      expect(leaks, 'credentials in messages sent to the renderer').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
