import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageResult, ViewSpecInput } from '../../../../shared/contract';
import { startEndpoint, type RunningEndpoint } from '../../../../electron/endpoint/server';
import { engineDispatcher } from './dispatcher-harness';
import { collect, useLocalProfile } from '../../engine/paging/engine-harness';

let endpoint: RunningEndpoint;
const engine = engineDispatcher();
const base = {
  profile: 'local',
  region: 'us-east-1',
  resource: 's3-objects',
  params: { bucket: 'demo-big' },
};

beforeAll(async () => {
  endpoint = await startEndpoint({ port: 0, seed: 9, objects: 5_000 });
  await useLocalProfile(endpoint.url);
});
afterAll(() => endpoint.stop());

const page = async (spec: ViewSpecInput, cursor: string | null, connectionId?: string) => {
  const result = await engine.call<PageResult>('view.page', { spec, cursor }, connectionId);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
};

/** Pull every batch; `hop` changes the connection each time so no session can be reused. */
const pullAll = async (spec: ViewSpecInput, hop: boolean) => {
  const keys: string[] = [];
  let cursor: string | null = null;
  let batches = 0;
  do {
    const result: PageResult = await page(spec, cursor, hop ? `window-${batches}` : 'window-1');
    keys.push(...result.rows.map((r) => String(r[0])));
    cursor = result.nextCursor;
    batches += 1;
  } while (cursor);
  return { keys, batches };
};

describe('view.page over real HTTP', () => {
  it('pages through a view with cursors, from its session or (evicted) from the cursor alone', async () => {
    const full = (await collect(base)).rows.map((r) => String(r[0]));
    const spec = { ...base, pageSize: 333 };
    const listCalls = () =>
      endpoint.requests().filter((r) => r.operation === 'ListObjectsV2').length;
    const start = listCalls();
    const warm = await pullAll(spec, false);
    // The session served each next batch from its prefetch: one request per page, at most one ahead.
    expect(listCalls() - start).toBeLessThanOrEqual(warm.batches + 1);
    const cold = await pullAll(spec, true);
    expect(warm.keys).toEqual(full);
    expect(cold.keys).toEqual(full);
    expect(warm.batches).toBe(Math.ceil(5_000 / 333));
  });

  it('scans many pages for a rare filter match, reporting live counts, and resumes from its cursor', async () => {
    const spec: ViewSpecInput = {
      ...base,
      pageSize: 100,
      filter: { expression: "ends_with(Key, '0000001.log')", mode: 'item' },
    };
    const before = engine.events.length;
    const { keys } = await pullAll(spec, true);
    const allKeys = (await collect(base)).rows.map((r) => String(r[0]));
    expect(keys).toEqual(allKeys.filter((k) => k.endsWith('0000001.log')));
    const stats = engine.events.slice(before).filter((e) => e.event === 'progress');
    expect(stats.length).toBeGreaterThan(0);
  });

  it('makes a projection’s keys the columns', async () => {
    const result = await page(
      { ...base, pageSize: 5, filter: { expression: '[].{K: Key, S: Size}', mode: 'item' } },
      null,
    );
    expect(result.columns.map((c) => c.id)).toEqual(['K', 'S']);
    expect(result.columns[1]!.type).toBe('bytes');
    expect(result.rows).toHaveLength(5);
  });

  it('returns the botocore NextToken when MaxItems ends the view', async () => {
    const result = await page({ ...base, pageSize: 10, maxItems: 10 }, null);
    expect(result.nextCursor).toBeNull();
    expect(result.resumeToken).toBe(
      (await collect({ ...base, pageSize: 10, maxItems: 10 })).resumeToken,
    );
  });

  it.each([
    [
      { ...base, params: { bucket: 'demo-denied' } },
      'ACCESS_DENIED',
      'Access denied: s3:ListBucket on demo-denied (s3:ListObjectsV2)',
    ],
    [{ ...base, params: { bucket: 'no-such-bucket' } }, 'NOT_FOUND', 'no-such-bucket'],
    [{ ...base, filter: { expression: '[?Size >', mode: 'item' } }, 'BAD_FILTER', 'column 9'],
    // Not a NextToken: passed on to S3 as its own token, as the AWS CLI does, and S3 refuses it.
    [{ ...base, startingToken: 'bm90IGpzb24=' }, 'BAD_TOKEN', 'rejected the pagination token'],
    [{ ...base, startingToken: 'bm90IGpzb24=___1___2' }, 'BAD_TOKEN', 'not valid'],
    [{ ...base, profile: 'nobody' }, 'NOT_FOUND', 'Profile nobody'],
  ])('answers errors as data: %#', async (spec, code, text) => {
    const result = await engine.call('view.page', { spec, cursor: null });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message).toContain(text);
    }
  });

  it('checks filters with filter.check', async () => {
    const good = await engine.call('filter.check', {
      filter: { expression: '[].{ID: InstanceId}', mode: 'item' },
    });
    expect(good).toEqual({
      ok: true,
      value: { projectionColumns: ['ID'], warnings: [], pushedDown: null },
    });
    // With its view, filter.check says what the service would do of the filter.
    const pushed = await engine.call('filter.check', {
      filter: { expression: "State.Name == 'running' && InstanceType == 't3.micro'", mode: 'item' },
      view: { resource: 'ec2-instances', params: {} },
    });
    expect(pushed).toMatchObject({
      ok: true,
      value: {
        pushedDown: {
          prefix: null,
          filters: [
            { name: 'instance-state-name', values: ['running'] },
            { name: 'instance-type', values: ['t3.micro'] },
          ],
        },
      },
    });
    const prefixed = await engine.call('filter.check', {
      filter: { expression: "starts_with(Key, 'logs/2024/') && Size > `0`", mode: 'item' },
      view: { resource: 's3-objects', params: { bucket: 'demo-big', prefix: 'logs/' } },
    });
    expect(prefixed).toMatchObject({
      ok: true,
      value: { pushedDown: { prefix: 'logs/2024/', filters: [] } },
    });
    const warned = await engine.call('filter.check', {
      filter: { expression: 'State.Name == "running"', mode: 'item' },
    });
    expect(warned).toMatchObject({
      ok: true,
      value: { warnings: [{ column: 15, suggestion: "State.Name == 'running'" }] },
    });
    const bad = await engine.call('filter.check', {
      filter: { expression: 'a.b c', mode: 'item' },
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_FILTER', details: { column: 5 } } });
  });

  it('returns one item’s JSON with view.item', async () => {
    const first = (await page({ ...base, pageSize: 3 }, null)).rows[2]![0];
    const result = await engine.call<{ item: { Key: string; Size: number } }>('view.item', {
      spec: base,
      key: first,
    });
    expect(result.ok && result.value.item.Key).toBe(first);
  });

  it('returns an EC2 instance’s full JSON with view.item (looked up by id)', async () => {
    const spec = { profile: 'local', region: 'eu-west-1', resource: 'ec2-instances' };
    const id = String((await page({ ...spec, pageSize: 5 }, null)).rows[0]![0]);
    const result = await engine.call<{ item: { InstanceId: string; State: { Name: string } } }>(
      'view.item',
      { spec, key: id },
    );
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    expect(result.value.item.InstanceId).toBe(id);
    expect(typeof result.value.item.State.Name).toBe('string');
  });

  it('searches a whole flat listing on key ranges at once, rows in key order, cursors resuming', async () => {
    const expression = "contains(Key, '7')";
    const spec = { ...base, filter: { expression, mode: 'item' as const } };
    const expected = (await collect(base)).rows
      .map((r) => String(r[0]))
      .filter((k) => k.includes('7'));
    const before = endpoint.requests().length;
    const warm = await pullAll(spec, false);
    const requests = endpoint
      .requests()
      .slice(before)
      .filter((r) => r.operation === 'ListObjectsV2');
    // Key ranges begin after a key (start-after); one cursor over the bucket never does.
    expect(requests.filter((r) => /[?&]start-after=/.test(r.url)).length).toBeGreaterThan(1);
    const cold = await pullAll(spec, true);
    expect(warm.keys).toEqual(expected);
    expect(cold.keys).toEqual(expected);
  });

  it('keeps one cursor for a plain view and for a search with MaxItems (its NextToken is the AWS CLI’s)', async () => {
    const filter = { expression: "contains(Key, '7')", mode: 'item' as const };
    for (const spec of [base, { ...base, filter, maxItems: 50 }]) {
      const before = endpoint.requests().length;
      await page(spec, null, 'window-plain');
      const requests = endpoint.requests().slice(before);
      expect(requests.some((r) => /[?&]start-after=/.test(r.url))).toBe(false);
    }
  });
});
