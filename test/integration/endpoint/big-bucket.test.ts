import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paginateListObjectsV2 } from '@aws-sdk/client-s3';
import {
  DEFAULT_OBJECTS,
  startEndpoint,
  type RunningEndpoint,
} from '../../../electron/endpoint/server';
import { s3Client } from './endpoint-clients';
import { byteOrder } from './reference-listing';

let endpoint: RunningEndpoint;
beforeAll(async () => {
  endpoint = await startEndpoint();
});
afterAll(() => endpoint.stop());

describe('demo-big at its default size', () => {
  it('lists exactly 1,000,000 distinct keys in S3 byte order, 1000 keys a page', async () => {
    expect(DEFAULT_OBJECTS).toBe(1_000_000);
    let count = 0;
    let pages = 0;
    let previous: string | undefined;
    let outOfOrder = 0;
    const folders = new Set<string>();
    for await (const page of paginateListObjectsV2(
      { client: s3Client(endpoint), pageSize: 1000 },
      { Bucket: 'demo-big' },
    )) {
      pages += 1;
      expect(page.KeyCount).toBe(1000);
      for (const object of page.Contents ?? []) {
        const key = object.Key!;
        // Strictly increasing means sorted and distinct at once, without holding a million keys.
        if (previous !== undefined && byteOrder(previous, key) >= 0) outOfOrder += 1;
        previous = key;
        folders.add(key.slice(0, key.lastIndexOf('/')));
        count += 1;
      }
    }
    expect(outOfOrder).toBe(0);
    expect(count).toBe(1_000_000);
    expect(pages).toBe(1000);
    expect(folders.size).toBeGreaterThan(300);
    const listings = endpoint
      .requests()
      .filter((r) => r.operation === 'ListObjectsV2' && r.bucket === 'demo-big');
    expect(listings).toHaveLength(1000);
    expect(listings.every((r) => r.status === 200)).toBe(true);
  }, 240_000);
});
