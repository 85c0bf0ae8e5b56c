import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Row } from '../../../../shared/contract';
import { forgetClients } from '../../../../electron/engine/aws/clients';
import { startEndpoint, type RunningEndpoint } from '../../../../electron/endpoint/server';
import { collect, useLocalProfile } from './engine-harness';

// Control characters, a space, a folder separator, non-ASCII and a character above U+FFFF.
const unit = fc.constantFrom('a', 'b', '~', '/', ' ', '\r', '\n', '\t', '\u0001', 'é', '😀');
const word = fc.string({ unit, minLength: 1, maxLength: 5 });

/** Keys, some of which share a whole key as prefix and differ only after it. */
const bucketKeys = fc
  .uniqueArray(word, { minLength: 1, maxLength: 30 })
  .chain((bases) =>
    fc
      .array(fc.tuple(fc.constantFrom(...bases), word), { maxLength: 30 })
      .map((more) => [...new Set([...bases, ...more.map(([base, rest]) => base + rest)])]),
  );

const inS3Order = (keys: string[]) =>
  [...keys].sort((a, b) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8')));

const keysOf = (rows: Row[]) => rows.map((r) => String(r[0]));

const decoded = (token: string): Record<string, unknown> =>
  JSON.parse(Buffer.from(token, 'base64').toString('utf8')) as Record<string, unknown>;

/** Whether an all-regions token stopped a region inside a page (boto_truncate_amount). */
const insidePage = (token: string): boolean =>
  Object.values(decoded(token).pagescope_regions as Record<string, string | null>).some(
    (entry) => entry !== null && 'boto_truncate_amount' in decoded(entry),
  );

/** What a NextToken holds, by the kinds a listing can print. */
const kindOf = (token: string): string => {
  const object = decoded(token);
  if ('pagescope_regions' in object) return 'all-regions';
  const value = String(object.ContinuationToken);
  if (value.startsWith('pagescope-after:')) return 'partitioned';
  return 'boto_truncate_amount' in object ? 'S3 mid-page' : 'S3';
};

/** One way to list a part: its page size, its MaxItems and whether it lists key ranges at once. */
const part = fc.integer({ min: 1, max: 9 }).chain((pageSize) =>
  fc.record({
    pageSize: fc.constant(pageSize),
    // Often whole pages, so that MaxItems also stops at a page's end.
    maxItems: fc.oneof(
      fc.integer({ min: 1, max: 25 }),
      fc.integer({ min: 1, max: 3 }).map((n) => n * pageSize),
    ),
    parallel: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
  }),
);

describe('first part + resumed parts = the whole listing', () => {
  let home: RunningEndpoint;
  const kinds = new Set<string>();

  beforeAll(async () => {
    home = await startEndpoint({ port: 0, objects: 0 });
    await useLocalProfile(home.url);
  });
  afterAll(() => home.stop());

  it('S3 objects: sequential and partitioned tokens, at page ends and inside pages', async () => {
    await fc.assert(
      fc.asyncProperty(
        bucketKeys,
        fc.array(part, { minLength: 1, maxLength: 4 }),
        async (keys, parts) => {
          const endpoint = await startEndpoint({
            port: 0,
            objects: 0,
            buckets: [{ name: 'keys', keys }],
          });
          try {
            const base = {
              profile: 'local',
              region: 'us-east-1',
              resource: 's3-objects',
              params: { bucket: 'keys' },
            };
            const overrides = { endpointUrl: endpoint.url };
            // A sequential (S3) token resumes only with its own page size, as in botocore; a
            // partitioned token resumes with any page size, with or without --parallel.
            const sequential = parts[0]!.parallel === undefined;
            const seen: string[] = [];
            let token: string | null = null;
            for (let i = 0; i === 0 || token; i += 1) {
              const p = parts[i % parts.length]!;
              const run = await collect(
                {
                  ...base,
                  pageSize: sequential ? parts[0]!.pageSize : p.pageSize,
                  maxItems: p.maxItems,
                  ...(token ? { startingToken: token } : {}),
                },
                { overrides, ...(p.parallel && !sequential ? { parallel: p.parallel } : {}) },
              );
              expect(run.rows.length).toBeLessThanOrEqual(p.maxItems);
              seen.push(...keysOf(run.rows));
              token = run.resumeToken;
              if (token) kinds.add(kindOf(token));
            }
            expect(seen).toEqual(inS3Order(keys));
          } finally {
            forgetClients();
            await endpoint.stop();
          }
        },
      ),
      // A fixed seed, so that every run covers each kind of token the check below asks for.
      { numRuns: 40, seed: 20260514 },
    );
    expect([...kinds].sort()).toEqual(['S3', 'S3 mid-page', 'partitioned']);
  }, 60_000);
});

describe('EC2 instances over all regions', () => {
  let endpoint: RunningEndpoint;
  const all = { profile: 'local', region: 'all', resource: 'ec2-instances' };
  let full: Row[];

  beforeAll(async () => {
    endpoint = await startEndpoint({ port: 0, seed: 3, objects: 0 });
    await useLocalProfile(endpoint.url);
    full = (await collect({ ...all, pageSize: 1000 })).rows;
  });
  afterAll(() => endpoint.stop());

  it('lists regions in name order, each in its own order', () => {
    const regions = full.map((r) => String(r[r.length - 1]));
    const order = [...new Set(regions)];
    expect(order).toEqual([...order].sort());
    expect(order).toEqual(['ap-southeast-2', 'eu-west-1', 'us-east-1']);
  });

  it('keeps the first rows of that order under MaxItems, and the token resumes with the rest', async () => {
    let insidePages = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 100, max: 1000 }),
        fc.integer({ min: 1, max: 3400 }),
        async (pageSize, maxItems) => {
          const first = await collect({ ...all, pageSize, maxItems });
          expect(first.rows).toEqual(full.slice(0, first.rows.length));
          if (!first.resumeToken) {
            expect(first.rows).toEqual(full);
            return;
          }
          expect(kindOf(first.resumeToken)).toBe('all-regions');
          if (insidePage(first.resumeToken)) insidePages += 1;
          const rest = await collect({ ...all, pageSize, startingToken: first.resumeToken });
          expect([...first.rows, ...rest.rows]).toEqual(full);
        },
      ),
      // Each run lists every instance once (3,306 of them, through the SDK's EC2 parser): a few
      // runs keep this test short; the seed's eight include cuts inside pages (asserted below).
      { numRuns: 8, seed: 20260514 },
    );
    expect(insidePages).toBeGreaterThan(0);
    // Seconds alone, but a minute or more when the whole suite shares two cores.
  }, 180_000);
});
