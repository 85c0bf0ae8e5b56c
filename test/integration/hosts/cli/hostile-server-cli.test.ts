import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pagescope } from './run-cli';
import { startHostileServer } from '../../engine/http/hostile-s3-server';
import { endlessBody, withFolders } from '../../engine/http/hostile-scenarios';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_ACCESS_KEY_ID, DEMO_SECRET_ACCESS_KEY } from '../../../../shared/demo-credentials';

/** Answers discovery with no folders, and every listing with a body that never ends. */
let server: Awaited<ReturnType<typeof startHostileServer>>;
beforeAll(async () => {
  server = await startHostileServer(withFolders([], endlessBody));
});
afterAll(() => server.stop());

describe('pagescope list against a server whose body never ends', () => {
  it('stops at the response cap and says which limit to raise', async () => {
    const run = await pagescope(
      ['list', 's3-objects', '--bucket', 'b', '--endpoint-url', server.url],
      {
        HOME: await mkdtemp(join(tmpdir(), 'pagescope-cli-home-')),
        AWS_ACCESS_KEY_ID: DEMO_ACCESS_KEY_ID,
        AWS_SECRET_ACCESS_KEY: DEMO_SECRET_ACCESS_KEY,
        AWS_REGION: 'us-east-1',
        PAGESCOPE_MAX_RESPONSE_MB: '2',
      },
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'pagescope: AWS error (LIMIT_EXCEEDED): s3:ListObjectsV2 in us-east-1: the response was larger than 2 MiB, the most PageScope reads from one response (PAGESCOPE_MAX_RESPONSE_MB raises it).\n',
    );
    expect(server.bytes()).toBeLessThan(32 * 2 ** 20);
  });
});
