import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIG_LOG_GROUP } from '../../../../../electron/endpoint/data/log-groups';
import { startEndpoint, type RunningEndpoint } from '../../../../../electron/endpoint/server';
import { collect, useLocalProfile } from '../engine-harness';
import { itKeepsTheSequentialListing } from '../parallel-listing-checks';
import { bigStreamSpec, FIRST_EVENT } from './big-log-stream';

const EVENTS = 40_000;
const streamSpec = bigStreamSpec(EVENTS);
const parallel = { parallel: 16, retry: { attempts: 10, baseMs: 5, capMs: 50 } };

let endpoint: RunningEndpoint;
let sequentialRows: unknown[][];
const operations = (from: number) =>
  endpoint
    .requests()
    .slice(from)
    .map((r) => r.operation);

beforeAll(async () => {
  endpoint = await startEndpoint({ objects: 1_000 });
  await useLocalProfile(endpoint.url);
  sequentialRows = (await collect(streamSpec)).rows;
});
afterAll(() => endpoint.stop());

/**
 * listRows with `parallel` on log events: time slices listed at once give exactly the rows of
 * the sequential listing, and MaxItems with PageScope's resume tokens splits it without loss.
 */
describe('log events listed as time slices at once', () => {
  it('gives the very rows of the sequential listing, in the same order', async () => {
    expect(sequentialRows).toHaveLength(EVENTS);
    const before = endpoint.requests().length;
    const run = await collect(streamSpec, parallel);
    expect(run.rows).toEqual(sequentialRows);
    expect(run.resumeToken).toBeNull();
    const asked = operations(before);
    // The sequential listing takes 1 MB pages (about 4,500 events): 9 requests. Sliced, each of
    // 16 slices takes at least one, after one look at the stream's first and last event times.
    expect(asked.filter((o) => o === 'DescribeLogStreams')).toHaveLength(1);
    expect(asked.filter((o) => o === 'FilterLogEvents').length).toBeGreaterThanOrEqual(16);
  });

  itKeepsTheSequentialListing({
    spec: streamSpec,
    rows: EVENTS,
    parallel,
    endpoint: () => endpoint,
    sequentialRows: () => sequentialRows,
    seed: 7,
    maxItems: { least: 2_000, spread: 15_000 },
  });

  it('lists every event, whole, when DescribeLogStreams is denied', async () => {
    endpoint.script({ operation: 'DescribeLogStreams', nth: 1, fault: 'AccessDenied' });
    const before = endpoint.requests().length;
    expect((await collect(streamSpec, parallel)).rows).toEqual(sequentialRows);
    const asked = operations(before);
    expect(asked.filter((o) => o === 'DescribeLogStreams')).toHaveLength(1);
    expect(asked.filter((o) => o === 'FilterLogEvents').length).toBeLessThan(16);
  });

  it('gives a whole group, filter pattern and start time included, as the sequential listing', async () => {
    const groupSpec = {
      ...streamSpec,
      params: {
        logGroupName: BIG_LOG_GROUP,
        filterPattern: 'ERROR',
        startTime: String(FIRST_EVENT + 5_000_500),
        endTime: String(FIRST_EVENT + 60_000_000),
      },
    };
    const sequential = (await collect(groupSpec)).rows;
    expect(sequential.length).toBeGreaterThan(1_000);
    expect((await collect(groupSpec, parallel)).rows).toEqual(sequential);
  });
});
