import { Buffer } from 'node:buffer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ViewSpecInput } from '../../../../shared/contract';
import { startEndpoint, type RunningEndpoint } from '../../../../electron/endpoint/server';
import {
  isWholeLogEventsListing,
  logEventsCsv,
} from '../../../../electron/engine/log-events-csv/log-events-csv';
import { listRows } from '../../../../electron/engine/paging/list-rows';
import { createRowWriter } from '../../../../electron/hosts/cli/row-writers';
import { startFixtureServer } from '../fast-list/list-fixture-server';
import { spec, useLocalProfile } from '../paging/engine-harness';
import { bigStreamSpec, FIRST_EVENT } from '../paging/time-sliced/big-log-stream';

const EVENTS = 30_000;
const bigStream = bigStreamSpec(EVENTS);
const fast = { attempts: 10, baseMs: 5, capMs: 50 };

/** The CSV logEventsCsv writes for a view. */
const csvOf = async (input: ViewSpecInput, formulaGuard = true, parallel = 4) => {
  const chunks: Uint8Array[] = [];
  const options = { signal: new AbortController().signal, parallel, formulaGuard, retry: fast };
  // A chunk is ours until the next is asked for: kept, it is copied.
  for await (const chunk of logEventsCsv(spec(input), options)) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
};

/** The reference: the engine's rows, sequentially, through the CLI's CSV writer. */
const rowsCsvOf = async (input: ViewSpecInput, formulaGuard = true) => {
  const writer = createRowWriter('csv', { terminal: false, formulaGuard });
  const chunks: Buffer[] = [];
  for await (const batch of listRows(spec(input), { signal: new AbortController().signal })) {
    const out = writer.write(batch.columns, batch.rows);
    chunks.push(Buffer.from(out));
  }
  return Buffer.concat(chunks).toString('utf8');
};

describe('a whole log events listing written as CSV', () => {
  let endpoint: RunningEndpoint;
  let reference: string;
  beforeAll(async () => {
    endpoint = await startEndpoint({ objects: 1_000 });
    await useLocalProfile(endpoint.url);
    reference = await rowsCsvOf(bigStream);
  });
  afterAll(() => endpoint.stop());

  it('writes the bytes the engine rows and the CSV writer write, header first', async () => {
    expect(reference.split('\r\n')).toHaveLength(EVENTS + 2);
    const before = endpoint.requests().length;
    expect(await csvOf(bigStream)).toBe(reference);
    const asked = endpoint
      .requests()
      .slice(before)
      .map((r) => r.operation);
    // Time slices, placed by one look at the stream's first and last event times.
    expect(asked.filter((o) => o === 'DescribeLogStreams')).toHaveLength(1);
    expect(asked.filter((o) => o === 'FilterLogEvents').length).toBeGreaterThanOrEqual(16);
  });

  it('writes a group’s streams with a filter pattern and time range, guarded or not', async () => {
    const group: ViewSpecInput = {
      profile: 'local',
      region: 'eu-west-1',
      resource: 'logs-events',
      params: {
        logGroupName: '/ecs/web',
        filterPattern: '?ERROR ?WARN',
        startTime: '1709251500000',
        endTime: '1709259000000',
      },
    };
    for (const guard of [true, false]) {
      const ours = await csvOf(group, guard);
      expect(ours.split('\r\n').length).toBeGreaterThan(10);
      expect(ours).toBe(await rowsCsvOf(group, guard));
    }
  });

  it('writes small pages and a single slice alike', async () => {
    const small: ViewSpecInput = {
      ...bigStream,
      pageSize: 7,
      params: { ...bigStream.params, endTime: String(FIRST_EVENT + 500 * 1000 - 1) },
    };
    const expected = await rowsCsvOf(small);
    expect(await csvOf(small, true, 1)).toBe(expected);
    expect(await csvOf(small, true, 4)).toBe(expected);
  });

  it('writes the same bytes when 5% of requests fail and are retried', async () => {
    endpoint.setFaultRate(0.05);
    try {
      expect(await csvOf(bigStream)).toBe(reference);
    } finally {
      endpoint.setFaultRate(0);
    }
  });

  it('lists only whole, unfiltered listings of its own columns in one region', () => {
    const whole = spec(bigStream);
    expect(isWholeLogEventsListing(whole)).toBe(true);
    const not = (input: Partial<ViewSpecInput>) =>
      isWholeLogEventsListing(spec({ ...bigStream, ...input }));
    expect(not({ maxItems: 10 })).toBe(false);
    expect(not({ startingToken: 'x' })).toBe(false);
    expect(not({ filter: { expression: "contains(message, 'x')", mode: 'item' } })).toBe(false);
    expect(not({ columns: [{ expression: 'message' }] })).toBe(false);
    expect(not({ region: 'all' })).toBe(false);
    expect(not({ resource: 'logs-streams' })).toBe(false);
  });
});

describe('a page the CSV reader gives up', () => {
  let server: Awaited<ReturnType<typeof startFixtureServer>>;
  beforeAll(async () => {
    server = await startFixtureServer();
    await useLocalProfile(server.url);
  });
  afterAll(() => server.stop());

  it('is written from the SDK’s reading of it, as the engine’s rows are', async () => {
    // A member no event has: the body goes to the SDK, which drops it.
    const event = (i: number) => ({
      logStreamName: 's',
      timestamp: FIRST_EVENT + i,
      message: i % 2 ? `=ERROR, "${i}"` : `INFO é ${i}`,
      ingestionTime: FIRST_EVENT + i + 5,
      eventId: String(i),
      extra: { nested: true },
    });
    server.serve({
      status: 200,
      body: JSON.stringify({ events: [event(1), event(2), event(3)] }),
      headers: { 'content-type': 'application/x-amz-json-1.1' },
    });
    const view: ViewSpecInput = { ...bigStream, params: { logGroupName: 'g' } };
    const ours = await csvOf(view, true, 1);
    expect(ours).toBe(await rowsCsvOf(view));
    expect(ours).toContain(`'=ERROR, ""1""`);
    expect(ours.split('\r\n')).toHaveLength(5);
  });
});
