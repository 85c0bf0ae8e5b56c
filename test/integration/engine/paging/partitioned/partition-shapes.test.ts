import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEndpoint, type RunningEndpoint } from '../../../../../electron/endpoint/server';
import { countingClient, sources, text, walk } from './partitioned-harness';

/**
 * Whatever the partitioning (partitions at once, look-ahead, page size, prefix, where a listing
 * resumes), the pages are those of the sequential listing. demo-edge mixes keys beside folders,
 * hostile characters and keys whose UTF-16 and UTF-8 orders differ; demo-photos is deeper.
 */
describe('partitioned listing, any partitioning', () => {
  let endpoint: RunningEndpoint;
  beforeAll(async () => {
    endpoint = await startEndpoint({ objects: 5_000 });
  });
  afterAll(() => endpoint.stop());

  it('pages exactly like the sequential listing', async () => {
    const { client } = countingClient(endpoint);
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          bucket: fc.constantFrom('demo-edge', 'demo-photos', 'demo-big'),
          prefix: fc.constantFrom(undefined, 'emoji/', 'f', 'logs/2024/1', 'café/'),
          parallel: fc.integer({ min: 1, max: 24 }),
          ahead: fc.integer({ min: 1, max: 4 }),
          pageSize: fc.constantFrom(1, 2, 17, 500, 1000),
          skipPages: fc.integer({ min: 0, max: 3 }),
          splitRequestSize: fc.constantFrom(2, 7, 1000),
        }),
        async ({ bucket, prefix, parallel, ahead, pageSize, skipPages, splitRequestSize }) => {
          const options = {
            pageSize,
            parallel,
            ahead,
            splitRequestSize,
            ...(prefix ? { prefix } : {}),
          };
          const { sequential } = sources(client, bucket, options);
          const expected = await walk(sequential, undefined, null, 40);
          // Start at the page the sequential listing reached after skipPages pages.
          const start = await walk(
            sources(client, bucket, options).partitioned,
            undefined,
            null,
            skipPages,
          );
          const rest = await walk(
            sources(client, bucket, options).partitioned,
            undefined,
            start.lastTokens,
            40 - skipPages,
          );
          const got =
            skipPages > 0 && start.lastTokens === null
              ? start.items
              : [...start.items, ...rest.items];
          expect(text(got)).toEqual(text(expected.items));
        },
      ),
      { numRuns: 40, seed: 11 },
    );
  });
});
