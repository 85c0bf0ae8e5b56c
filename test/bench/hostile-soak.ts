import { spawn } from 'node:child_process';
import type { BenchOptions } from './bench-options';
import { demoEnv } from './demo-env';
import type { Measure } from './measure';
import { projectRoot } from './run-command';
import { startHostileServer, type Script } from '../integration/engine/http/hostile-s3-server';
import {
  cyclingTokens,
  deepXml,
  dripping,
  endlessBody,
  ignoresStartAfter,
  withFolders,
} from '../integration/engine/http/hostile-scenarios';

interface Scenario {
  name: string;
  script: Script;
  /** The error code PageScope must stop with. */
  expect: string;
  /** Shorter timeouts than the defaults, so a run takes seconds (each attempt is retried). */
  env?: NodeJS.ProcessEnv;
}

const FOLDERS = ['a/', 'b/', 'c/', 'd/'];

export const hostileScenarios: Scenario[] = [
  { name: 'endless-body', script: withFolders([], endlessBody), expect: 'LIMIT_EXCEEDED' },
  { name: 'token-cycle', script: withFolders([], cyclingTokens), expect: 'SERVICE_ERROR' },
  {
    name: 'ignores-start-after',
    script: withFolders(FOLDERS, ignoresStartAfter),
    expect: 'SERVICE_ERROR',
  },
  {
    name: 'drip',
    script: withFolders([], dripping(200)),
    expect: 'Network error',
    env: { PAGESCOPE_IDLE_TIMEOUT_S: '1', PAGESCOPE_REQUEST_DEADLINE_S: '1' },
  },
  { name: 'deep-xml', script: withFolders([], deepXml(100_000)), expect: 'SERVICE_ERROR' },
];

/** `pagescope list` (the whole-listing default: 16 ordered key ranges) until it exits. */
const listUntilStopped = (url: string, env: NodeJS.ProcessEnv) =>
  new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
    const args = ['electron/hosts/cli/bin.mjs', 'list', 's3-objects', '--bucket', 'b'];
    const child = spawn(process.execPath, [...args, '--endpoint-url', url], {
      cwd: projectRoot,
      env: demoEnv(env),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + String(chunk)).slice(-2000)));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stderr }));
  });

/**
 * `--soak`, hostile servers: the CLI against each misbehaving server, reporting what the server
 * got to send (bytes, requests) and how long before PageScope stopped with the expected error.
 */
export const hostileSoak = async (o: BenchOptions): Promise<Measure[]> => {
  const measures: Measure[] = [];
  for (const s of hostileScenarios) {
    o.log(`hostile-${s.name}`);
    const server = await startHostileServer(s.script);
    try {
      const started = performance.now();
      const run = await listUntilStopped(server.url, s.env ?? {});
      const took = Math.round((performance.now() - started) / 10) / 100;
      const message = run.stderr.trim().split('\n').at(-1) ?? '';
      const stopped = run.code === 1 && message.includes(s.expect);
      measures.push({
        name: `hostile-${s.name}-stopped-after`,
        value: took,
        unit: 's',
        pagescope: took,
        anchor: null,
        figureUnit: 's',
        target: `exit 1 with ${s.expect}`,
        met: stopped,
        note: `${server.bytes()} bytes in ${server.requests()} requests; ${message.slice(0, 200)}`,
      });
    } finally {
      await server.stop();
    }
  }
  return measures;
};
