import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../../shared/contract';
import { resumeTokenOf } from '../../../../electron/engine/paging/resume-of';
import { decodeBotoToken } from '../../../../electron/engine/paging/resume-token';
import { drain, fakeListing, fakeSource, keysOf } from './fake-listing';

const keyColumn = (rows: unknown[][]) => rows.map((r) => r[0]);

const startFrom = (token: string) => {
  const t = decodeBotoToken(token, ['ContinuationToken']);
  return { at: { tokens: t.tokens, trunc: t.truncateAmount }, skip: 0, taken: 0 };
};

describe('cursor over a fake ListObjectsV2', () => {
  it('lists every key once, in order, in batches of any size', async () => {
    const keys = keysOf(103);
    expect(keyColumn(await drain(fakeListing({ source: fakeSource(keys, 10) }), 7))).toEqual(keys);
  });

  it('stops at MaxItems mid-page with a botocore token holding the page’s input token', async () => {
    const listing = fakeListing({ source: fakeSource(keysOf(50), 10), maxItems: 25 });
    expect(keyColumn(await drain(listing))).toEqual(keysOf(25));
    const token = resumeTokenOf(listing, false)!;
    expect(JSON.parse(Buffer.from(token, 'base64').toString())).toEqual({
      ContinuationToken: '20',
      boto_truncate_amount: 5,
    });
  });

  it('stops at MaxItems on a page boundary with the next page’s token only', async () => {
    const listing = fakeListing({ source: fakeSource(keysOf(50), 10), maxItems: 20 });
    await drain(listing);
    expect(Buffer.from(resumeTokenOf(listing, false)!, 'base64').toString()).toBe(
      '{"ContinuationToken": "20"}',
    );
  });

  it('gives no token when MaxItems is reached with the last page', async () => {
    const listing = fakeListing({ source: fakeSource(keysOf(20), 10), maxItems: 20 });
    await drain(listing);
    expect(resumeTokenOf(listing, false)).toBeNull();
  });

  it('reproduces the full listing by resuming from each token, for any split', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 1, max: 25 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 30 }),
        async (n, pageSize, maxItems, batch) => {
          const keys = keysOf(n);
          const seen: unknown[] = [];
          let start;
          for (let round = 0; round < 200; round += 1) {
            const listing = fakeListing({
              source: fakeSource(keys, pageSize),
              maxItems,
              ...(start ? { start } : {}),
            });
            const rows = keyColumn(await drain(listing, batch));
            expect(rows.length).toBeLessThanOrEqual(maxItems);
            seen.push(...rows);
            const token = resumeTokenOf(listing, false);
            if (!token) break;
            start = startFrom(token);
          }
          expect(seen).toEqual(keys);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('returns the secondary results (folders) once across a mid-page resume', async () => {
    const source = fakeSource(keysOf(30), 10, { count: 0 }, true);
    const first = fakeListing({ source, maxItems: 15 });
    const firstKeys = keyColumn(await drain(first));
    const second = fakeListing({ source, start: startFrom(resumeTokenOf(first, false)!) });
    const all = [...firstKeys, ...keyColumn(await drain(second))];
    expect(all.filter((k) => String(k).startsWith('folder-'))).toEqual([
      'folder-0/',
      'folder-10/',
      'folder-20/',
    ]);
    expect(all.filter((k) => String(k).startsWith('k'))).toEqual(keysOf(30));
  });

  it('fails on a repeated next token instead of looping', async () => {
    // Keys that go forward, so that only the token can tell the listing is stuck.
    let page = 0;
    const stuck = async () => ({
      Contents: [{ Key: `k${page++}` }],
      IsTruncated: true,
      NextContinuationToken: 'same',
    });
    const listing = fakeListing({ source: stuck });
    const error = await drain(listing).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiFailure);
    expect((error as ApiFailure).apiError.message).toContain('same next token was received twice');
  });

  it('requests at most `ahead` pages beyond what was pulled', async () => {
    const calls = { count: 0 };
    const listing = fakeListing({ source: fakeSource(keysOf(1000), 10, calls), ahead: 2 });
    for (let pulled = 1; pulled <= 5; pulled += 1) {
      await listing.nextBatch({ target: 10, pageBudget: 100 });
      await new Promise((resolve) => setImmediate(resolve));
      expect(calls.count).toBeLessThanOrEqual(pulled + 2);
    }
  });

  it('stops requesting pages once aborted', async () => {
    const calls = { count: 0 };
    let afterAbort = 0;
    const controller = new AbortController();
    const source = fakeSource(keysOf(1000), 10, calls);
    const watched: typeof source = async (tokens, signal) => {
      if (signal.aborted) afterAbort += 1;
      return source(tokens, signal);
    };
    const listing = fakeListing({ source: watched, ahead: 3, signal: controller.signal });
    await listing.nextBatch({ target: 10, pageBudget: 100 });
    controller.abort();
    await expect(drain(listing)).rejects.toThrow();
    expect(afterAbort).toBe(0);
  });
});
