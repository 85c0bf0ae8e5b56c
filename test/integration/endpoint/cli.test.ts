import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { demoCredentials } from './endpoint-clients';

const repoRoot = new URL('../../../', import.meta.url).pathname;
const started: ChildProcess[] = [];

/** The endpoint's lines on stdout; npm's own banner lines (`> pagescope@... endpoint`) are not. */
const endpointLines = (stdout: string) =>
  stdout.split('\n').filter((line) => line.startsWith('endpoint: '));

/** `npm run endpoint -- ...` in its own process group, so stopping it stops tsx and node too. */
const run = (args: string[]) => {
  const child = spawn('npm', ['run', 'endpoint', '--', ...args], {
    cwd: repoRoot,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const firstLine = new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', () => {
      const complete = endpointLines(stdout.slice(0, stdout.lastIndexOf('\n') + 1));
      if (complete.length > 0) resolve(complete[0]!);
    });
    child.once('exit', (code) =>
      reject(new Error(`exited with ${code} before printing: ${stderr}`)),
    );
  });
  // Not every test awaits the line (one expects an early exit), so an exit must not go unhandled.
  firstLine.catch(() => undefined);
  return { child, firstLine, output: () => ({ stdout, stderr }) };
};

const stop = async (child: ChildProcess) => {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  process.kill(-child.pid!, 'SIGTERM');
  await exited;
};

afterEach(async () => {
  await Promise.all(started.splice(0).map(stop));
});

const freePort = async (): Promise<number> => {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
};

describe('npm run endpoint', () => {
  it('prints exactly one endpoint line with its URL on the port asked for, then serves the SDK', async () => {
    const port = await freePort();
    const endpoint = run([
      '--port',
      String(port),
      '--objects',
      '50',
      '--seed',
      '3',
      '--latency-ms',
      '1',
      '--fault-rate',
      '0',
    ]);
    expect(await endpoint.firstLine).toBe(`endpoint: http://127.0.0.1:${port}`);
    const s3 = new S3Client({
      endpoint: `http://127.0.0.1:${port}`,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: demoCredentials,
    });
    const page = await s3.send(new ListObjectsV2Command({ Bucket: 'demo-big' }));
    expect(page.KeyCount).toBe(50);
    await stop(endpoint.child);
    expect(endpointLines(endpoint.output().stdout)).toEqual([`endpoint: http://127.0.0.1:${port}`]);
  });

  it('picks a free port with --port 0', async () => {
    const endpoint = run(['--port', '0', '--objects', '10']);
    expect(await endpoint.firstLine).toMatch(/^endpoint: http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('refuses a bad option with a usage message and exit code 2', async () => {
    const endpoint = run(['--port', '0', '--fault-rate', '2']);
    const [code] = await once(endpoint.child, 'exit');
    expect(code).toBe(2);
    expect(endpointLines(endpoint.output().stdout)).toEqual([]);
    expect(endpoint.output().stderr).toContain('--fault-rate');
    expect(endpoint.output().stderr).toContain('usage: npm run endpoint');
  });
});
