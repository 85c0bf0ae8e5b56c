import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { startBrowserMode } from '../../../../electron/hosts/browser/browser-mode';
import { forgetClients } from '../../../../electron/engine/aws/clients';
import { forgetProfiles } from '../../../../electron/engine/aws/resolve-profile';
import { pagescopeInProcess } from '../../hosts/cli/in-process-cli';
import { caller, openSocket } from '../../hosts/browser/ws-client';
import {
  startHostileSecretsServer,
  type HostileSecretsServer,
  type PlantedSecrets,
} from './hostile-secrets-server';

// The server answers some scenarios with a retryable 500: the engine retries each page (and
// resumes each listing) with jittered exponential backoff, seconds of sleep per command and
// nothing to do with where secrets go. Here the retries happen just as often, every attempt sent
// and logged, without the sleeps: in this process (the CLI runs in-process) by this mock, in the
// browser mode's engine worker (which no mock reaches) by its host's retry policy.
vi.mock('../../../../electron/engine/paging/backoff', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../../electron/engine/paging/backoff')>()),
  backoffDelay: () => 0,
}));

const base64 = (min: number, max: number) =>
  fc.uint8Array({ minLength: min, maxLength: max }).map((b) => Buffer.from(b).toString('base64'));

/** Credentials as AWS and S3-compatible servers issue them, with any prefix. */
const planted: fc.Arbitrary<PlantedSecrets> = fc.record({
  accessKeyId: fc
    .tuple(
      fc.constantFrom('PSC', 'LOCAL', 'minio', 'AKIA', 'Zq'),
      fc.stringMatching(/^[A-Z0-9]{10,20}$/),
    )
    .map(([prefix, rest]) => prefix + rest),
  secretAccessKey: base64(30, 30),
  sessionToken: fc
    .tuple(fc.constantFrom('IQoJb3JpZ2luX2Vj', 'FwoGZXIvYXdz', 'tok-', ''), base64(60, 240))
    .map(([prefix, rest]) => prefix + rest),
});

const scenario = fc.record({
  file: planted,
  malformed: planted,
  env: planted,
  // A malformed line makes every file profile refuse to resolve, so it is planted half the time.
  withMalformedLines: fc.boolean(),
  status: fc.constantFrom(400, 403, 500),
  code: fc.constantFrom(
    'InvalidAccessKeyId',
    'AccessDenied',
    'SignatureDoesNotMatch',
    'ExpiredToken',
    'PSWeirdError',
    'InternalError',
  ),
});
type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

let server: HostileSecretsServer;
let dir: string;
const savedEnv = { ...process.env };
beforeAll(async () => {
  server = await startHostileSecretsServer();
  dir = await mkdtemp(join(tmpdir(), 'pagescope-secrets-'));
});
afterAll(async () => {
  process.env = savedEnv;
  await server.stop();
  await rm(dir, { recursive: true, force: true });
});

const secretsOf = (s: Scenario): string[] =>
  [s.file, s.env, ...(s.withMalformedLines ? [s.malformed] : [])].flatMap((p) => [
    p.accessKeyId,
    p.secretAccessKey,
    p.sessionToken,
  ]);

/** Config files and environment variables holding the scenario's credentials. */
const plant = async (s: Scenario) => {
  server.plant([s.file, s.env, s.malformed], s.status, s.code);
  const config = join(dir, 'config');
  const credentials = join(dir, 'credentials');
  await writeFile(config, `[profile hostile]\nregion = us-east-1\nendpoint_url = ${server.url}\n`);
  const malformed = s.withMalformedLines
    ? `\n[broken]\naws_secret_access_key ${s.malformed.secretAccessKey}\naws_session_token: ${s.malformed.sessionToken}\n${s.malformed.accessKeyId}\n`
    : '';
  await writeFile(
    credentials,
    `[hostile]\naws_access_key_id = ${s.file.accessKeyId}\naws_secret_access_key = ${s.file.secretAccessKey}\naws_session_token = ${s.file.sessionToken}\n${malformed}`,
  );
  process.env = {
    ...savedEnv,
    HOME: dir,
    AWS_CONFIG_FILE: config,
    AWS_SHARED_CREDENTIALS_FILE: credentials,
    AWS_ACCESS_KEY_ID: s.env.accessKeyId,
    AWS_SECRET_ACCESS_KEY: s.env.secretAccessKey,
    AWS_SESSION_TOKEN: s.env.sessionToken,
    AWS_ENDPOINT_URL: server.url,
    AWS_REGION: 'us-east-1',
    AWS_PROFILE: 'hostile',
  };
  forgetProfiles();
  forgetClients();
};

const leaks = (texts: string[], secrets: string[]) =>
  secrets.filter((secret) => texts.some((text) => text.includes(secret)));

/** Everything written to this process's stderr (the engine worker's included) while `run` runs. */
const capturingStderr = async (run: () => Promise<void>): Promise<string> => {
  let text = '';
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((chunk: string | Uint8Array) => {
    text += String(chunk);
    return true;
  }) as typeof process.stderr.write;
  try {
    await run();
  } finally {
    process.stderr.write = write;
  }
  return text;
};

const objectsSpec = (profile: string) => ({
  profile,
  region: 'us-east-1',
  resource: 's3-objects',
  params: { bucket: 'b' },
});

describe('secrets planted in config files, the environment and server errors', () => {
  it('never reach a WebSocket frame or a log line in browser mode', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        await plant(s);
        const logs: string[] = [];
        let frames: string[] = [];
        const stderr = await capturingStderr(async () => {
          const host = await startBrowserMode({
            port: 0,
            rendererDir: '/nonexistent',
            version: 'test',
            log: (line) => logs.push(line),
            exportsBase: dir,
            retry: { attempts: 8, baseMs: 0, capMs: 0 },
          });
          const ws = await openSocket(host.port, host.token);
          const api = caller(ws);
          frames = api.frames;
          await api.call('profiles.list', {});
          await api.call('regions.list', { profile: 'hostile' });
          await api.call('regions.list', { profile: 'Environment' });
          for (const profile of ['hostile', 'Environment']) {
            await api.call('view.page', {
              spec: { profile, region: 'us-east-1', resource: 's3-buckets' },
              cursor: null,
            });
            await api.call('view.item', { spec: objectsSpec(profile), key: 'k' });
          }
          await api.call('export.start', { jobId: 'j1', spec: objectsSpec('hostile') });
          await expect.poll(() => frames.some((f) => f.includes('export.finished'))).toBe(true);
          ws.close();
          await host.close();
        });
        expect(frames.length).toBeGreaterThan(5);
        expect(leaks(frames, secretsOf(s)), 'secrets in WebSocket frames').toEqual([]);
        expect(leaks([...logs, stderr], secretsOf(s)), 'secrets in log lines').toEqual([]);
      }),
      { numRuns: 4, endOnFailure: true },
    );
  }, 180_000);

  it('never reach the CLI stdout, stderr or an exported file', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        await plant(s);
        const out = join(dir, 'exports');
        await rm(out, { recursive: true, force: true });
        await (await import('node:fs/promises')).mkdir(out);
        const runs = [
          await pagescopeInProcess(['list', 's3-buckets', '--profile', 'hostile']),
          await pagescopeInProcess([
            'list',
            's3-objects',
            '--bucket',
            'b',
            '--profile',
            'Environment',
          ]),
          await pagescopeInProcess([
            'export',
            's3-objects',
            '--bucket',
            'b',
            '--out',
            join(out, 'keys.csv'),
          ]),
        ];
        expect(runs.every((run) => run.code !== 0)).toBe(true);
        const files = await readdir(out);
        const contents = await Promise.all(files.map((name) => readFile(join(out, name), 'utf8')));
        const texts = runs.flatMap((run) => [run.stdout, run.stderr]);
        expect(leaks([...texts, ...files, ...contents], secretsOf(s))).toEqual([]);
        expect(files, 'no file left behind by a failed export').toEqual([]);
      }),
      { numRuns: 6, endOnFailure: true },
    );
  }, 120_000);
});
