import { createHash } from 'node:crypto';
import { ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCESS_KEY_ID, DEMO_SECRET_ACCESS_KEY } from '../../../../shared/demo-credentials';
import { startEndpoint, type RunningEndpoint } from '../../../../electron/endpoint/server';
import { listRows } from '../../../../electron/engine/paging/list-rows';
import { engineDispatcher } from '../../service/handlers/dispatcher-harness';
import { demoKeys, forEachRow, spec, useProfileFiles } from './engine-harness';

const KEYS = 200_000;
let clean: RunningEndpoint;
let faulty: RunningEndpoint;
let slow: RunningEndpoint;

beforeAll(async () => {
  [clean, faulty, slow] = await Promise.all([
    startEndpoint({ port: 0, seed: 21, objects: KEYS }),
    startEndpoint({ port: 0, seed: 21, objects: KEYS, faultRate: 0.05 }),
    startEndpoint({ port: 0, seed: 21, objects: KEYS, latencyMs: 20 }),
  ]);
  await useProfileFiles(
    {
      clean: { region: 'us-east-1', endpoint_url: clean.url },
      faulty: { region: 'us-east-1', endpoint_url: faulty.url },
      slow: { region: 'us-east-1', endpoint_url: slow.url },
    },
    { clean: demoKeys, faulty: demoKeys, slow: demoKeys },
  );
});
afterAll(() => Promise.all([clean.stop(), faulty.stop(), slow.stop()]));

const digestOf = async (profile: string) => {
  const hash = createHash('sha256');
  let count = 0;
  await forEachRow(
    { profile, region: 'us-east-1', resource: 's3-objects', params: { bucket: 'demo-big' } },
    (row) => {
      hash.update(JSON.stringify(row));
      count += 1;
    },
  );
  return { count, digest: hash.digest('hex') };
};

describe('transient faults', () => {
  it('with a 5% fault rate, lists 200k keys exactly as a fault-free run does', async () => {
    const expected = await digestOf('clean');
    const actual = await digestOf('faulty');
    expect(expected.count).toBe(KEYS);
    expect(actual).toEqual(expected);
    const failed = faulty.requests().filter((r) => r.status !== 200);
    // Throttling (503), internal errors (500) and dropped connections (0) all happened.
    expect(new Set(failed.map((r) => r.status))).toEqual(new Set([0, 500, 503]));
  }, 600_000);
});

describe('cancel', () => {
  const listCalls = () => slow.requests().filter((r) => r.operation === 'ListObjectsV2').length;
  // Requests that each take the endpoint's latency: time for any stray page request to show up.
  const roundTrips = async (client: S3Client) => {
    for (let i = 0; i < 3; i += 1) await client.send(new ListBucketsCommand({}));
  };

  it('stops every request once the signal fires', async () => {
    const client = new S3Client({
      region: 'us-east-1',
      endpoint: slow.url,
      credentials: { accessKeyId: DEMO_ACCESS_KEY_ID, secretAccessKey: DEMO_SECRET_ACCESS_KEY },
      forcePathStyle: true,
    });
    const controller = new AbortController();
    const rows = listRows(
      spec({
        profile: 'slow',
        region: 'us-east-1',
        resource: 's3-objects',
        params: { bucket: 'demo-big' },
        pageSize: 100,
      }),
      {
        signal: controller.signal,
      },
    );
    let batches = 0;
    const run = (async () => {
      for await (const _batch of rows) if (++batches === 3) controller.abort();
    })();
    await expect(run).rejects.toThrow();
    const atAbort = listCalls();
    await roundTrips(client);
    const settled = listCalls();
    // Only what was already in flight (the page being pulled and the one prefetched) may land.
    expect(settled - atAbort).toBeLessThanOrEqual(2);
    await roundTrips(client);
    expect(listCalls()).toBe(settled);
    expect(batches).toBe(3);
  });

  it('cancelling a view.page call answers CANCELLED and stops the view’s requests', async () => {
    const client = new S3Client({
      region: 'us-east-1',
      endpoint: slow.url,
      credentials: { accessKeyId: DEMO_ACCESS_KEY_ID, secretAccessKey: DEMO_SECRET_ACCESS_KEY },
      forcePathStyle: true,
    });
    const scanCallId = 41;
    let cancelled = false;
    const engine = engineDispatcher(({ event, callId }) => {
      // Cancel as soon as the scan reports progress, as the UI's Stop button would.
      if (event === 'progress' && callId === scanCallId && !cancelled) {
        cancelled = true;
        engine.cancel(scanCallId);
      }
    });
    const call = engine.call(
      'view.page',
      {
        spec: {
          profile: 'slow',
          region: 'us-east-1',
          resource: 's3-objects',
          params: { bucket: 'demo-big' },
          pageSize: 100,
          filter: { expression: "Key == 'no such key'", mode: 'item' },
        },
        cursor: null,
      },
      'window-1',
      scanCallId,
    );
    const result = await call;
    expect(result).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(cancelled).toBe(true);
    const atCancel = listCalls();
    await roundTrips(client);
    const settled = listCalls();
    expect(settled - atCancel).toBeLessThanOrEqual(2);
    await roundTrips(client);
    expect(listCalls()).toBe(settled);
  });
});
