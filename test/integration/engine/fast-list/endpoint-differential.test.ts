import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EDGE_KEYS } from '../../../../electron/endpoint/data/demo-edge';
import { startEndpoint, type RunningEndpoint } from '../../../../electron/endpoint/server';
import { fastListStats } from '../../../../electron/engine/fast-list/fast-s3-protocol';
import {
  clientPair,
  exact,
  send,
  withoutRequestIds,
  type ListRequest,
  type Outcome,
} from './compare-clients';

const nextOf = (request: ListRequest, outcome: Outcome): ListRequest | null => {
  if (!('ok' in outcome) || outcome.ok.IsTruncated !== true) return null;
  if (request.op === 'v2') {
    const token = outcome.ok.NextContinuationToken as string;
    return { op: 'v2', input: { ...request.input, ContinuationToken: token } };
  }
  const { NextKeyMarker, NextVersionIdMarker } = outcome.ok as Record<string, string>;
  return {
    op: 'versions',
    input: { ...request.input, KeyMarker: NextKeyMarker, VersionIdMarker: NextVersionIdMarker },
  };
};

const listing = fc.record({
  bucket: fc.constantFrom('demo-edge', 'demo-edge', 'demo-big', 'demo-photos', 'demo-empty'),
  versions: fc.boolean(),
  delimiter: fc.constantFrom(undefined, '/', ' ', '+'),
  url: fc.boolean(),
  owner: fc.boolean(),
  maxKeys: fc.constantFrom(1, 3, 7, 1000),
  prefix: fc.constantFrom(undefined, 'folder', 'emoji/', 'café/', 'a+b/', 'logs/2024/0', 'none-'),
  startAfter: fc.option(fc.constantFrom(...EDGE_KEYS, 'logs/2024/03/'), { nil: undefined }),
});

type Listing = typeof listing extends fc.Arbitrary<infer T> ? T : never;

const firstRequest = (l: Listing): ListRequest => {
  const common = {
    Bucket: l.versions ? 'demo-versions' : l.bucket,
    Prefix: l.prefix,
    Delimiter: l.delimiter,
    MaxKeys: l.maxKeys,
    EncodingType: l.url ? ('url' as const) : undefined,
  };
  return l.versions
    ? { op: 'versions', input: common }
    : { op: 'v2', input: { ...common, FetchOwner: l.owner, StartAfter: l.startAfter } };
};

/**
 * The differential test against the local endpoint: every page of many listings (edge keys,
 * delimiters, URL encoding, owners, small and empty pages, start-after, versions), requested
 * through the SDK's protocol and through FastS3Protocol, gives the same output. Request ids differ
 * between two requests, so they are compared for presence only.
 */
describe('FastS3Protocol against the local endpoint', () => {
  let endpoint: RunningEndpoint;
  let clients: ReturnType<typeof clientPair>;
  beforeAll(async () => {
    endpoint = await startEndpoint({ objects: 2_500 });
    clients = clientPair(endpoint.url);
  });
  afterAll(() => endpoint.stop());

  it('reads every page of generated listings exactly as the SDK does', async () => {
    const before = fastListStats.fast;
    let pages = 0;
    await fc.assert(
      fc.asyncProperty(listing, async (l) => {
        for (let r: ListRequest | null = firstRequest(l); r;) {
          const sdk = withoutRequestIds(await send(clients.sdk, r));
          const fast = withoutRequestIds(await send(clients.fast, r));
          expect(exact(fast)).toBe(exact(sdk));
          pages += 1;
          r = nextOf(r, sdk);
        }
      }),
      { numRuns: 60, seed: 7 },
    );
    expect(pages).toBeGreaterThan(200);
    expect(fastListStats.fast - before).toBe(pages);
  });

  it('keeps the SDK errors: missing bucket, denied bucket, bad token', async () => {
    const requests: ListRequest[] = [
      { op: 'v2', input: { Bucket: 'no-such-bucket' } },
      { op: 'v2', input: { Bucket: 'demo-denied' } },
      { op: 'v2', input: { Bucket: 'demo-edge', ContinuationToken: 'not-a-token' } },
      { op: 'versions', input: { Bucket: 'demo-versions', VersionIdMarker: 'x' } },
    ];
    for (const r of requests) {
      const sdk = await send(clients.sdk, r);
      const fast = await send(clients.fast, r);
      expect('error' in sdk).toBe(true);
      expect(fast).toStrictEqual(sdk);
    }
  });
});
