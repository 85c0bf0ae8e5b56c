import { Agent } from 'node:http';
import type { LookupFunction } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { startEndpoint, type RunningEndpoint } from '../../../electron/endpoint/server';
import { s3Client } from './endpoint-clients';
import { listAll } from './list-all';
import { referenceListing } from './reference-listing';

let endpoint: RunningEndpoint;
let photoKeys: string[];
beforeAll(async () => {
  endpoint = await startEndpoint({ objects: 100, seed: 42 });
  photoKeys = (await listAll(s3Client(endpoint), { Bucket: 'demo-photos' })).keys;
});
afterAll(() => endpoint.stop());

describe('virtual-host style addressing', () => {
  // Resolve every name to loopback, as *.localhost resolves on most desktops.
  const lookup = ((_host, options, callback) =>
    options.all
      ? callback(null, [{ address: '127.0.0.1', family: 4 }])
      : callback(null, '127.0.0.1', 4)) as LookupFunction;

  it('serves the bucket named in the Host header the same listing as path style', async () => {
    const hosted = s3Client(endpoint, {
      endpoint: `http://localhost:${endpoint.port}`,
      forcePathStyle: false,
      requestHandler: { httpAgent: new Agent({ lookup }) },
    });
    const before = endpoint.requests().length;
    const page = await hosted.send(
      new ListObjectsV2Command({ Bucket: 'demo-photos', Prefix: '2022/', MaxKeys: 50 }),
    );
    expect(page.Contents?.map((o) => o.Key)).toEqual(
      referenceListing(photoKeys, { prefix: '2022/' }).keys.slice(0, 50),
    );
    expect(endpoint.requests().slice(before)).toEqual([
      {
        service: 's3',
        operation: 'ListObjectsV2',
        bucket: 'demo-photos',
        region: 'us-east-1',
        status: 200,
        // The path is the bucket's root: the bucket came from the Host header.
        url: '/?list-type=2&max-keys=50&prefix=2022%2F',
      },
    ]);
  });
});
