import type { S3Client } from '@aws-sdk/client-s3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor } from '../../../../../electron/engine/aws/clients';
import { startEndpoint, type RunningEndpoint } from '../../../../../electron/endpoint/server';
import { collect, useLocalProfile } from '../engine-harness';

const OBJECTS = 1_600;
let endpoint: RunningEndpoint;
/** MaxKeys of every ListObjectsV2 request the engine sends, discovery included. */
const asked: number[] = [];
const big = {
  profile: 'local',
  region: 'us-east-1',
  resource: 's3-objects',
  params: { bucket: 'demo-big' },
};

beforeAll(async () => {
  endpoint = await startEndpoint({ port: 0, seed: 9, objects: OBJECTS });
  await useLocalProfile(endpoint.url);
  // The very client the listing uses (clients are cached per profile, region and endpoint).
  const { client } = await clientFor('local', 'us-east-1', 's3');
  (client as S3Client).middlewareStack.add(
    (next) => (args) => {
      asked.push((args.input as { MaxKeys?: number }).MaxKeys ?? 1000);
      return next(args);
    },
    { step: 'initialize', name: 'recordMaxKeys' },
  );
});
afterAll(() => endpoint.stop());

describe('the ordered parallel listing and --page-size', () => {
  it('asks S3 for at most a page of keys in every request, and still lists every key in order', async () => {
    const sequential = (await collect(big)).rows.map((r) => r[0]);
    expect(sequential).toHaveLength(OBJECTS);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 5, max: 400 }),
        fc.integer({ min: 2, max: 16 }),
        async (pageSize, parallel) => {
          asked.length = 0;
          const run = await collect({ ...big, pageSize }, { parallel });
          expect(run.rows.map((r) => r[0])).toEqual(sequential);
          expect(Math.max(...asked)).toBeLessThanOrEqual(pageSize);
          expect(asked.length).toBeGreaterThanOrEqual(Math.ceil(OBJECTS / pageSize));
        },
      ),
      { numRuns: 12 },
    );
  }, 60_000);
});
