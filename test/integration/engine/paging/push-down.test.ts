import type { EC2Client } from '@aws-sdk/client-ec2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { viewSpecSchema, type Row } from '../../../../shared/contract';
import { clientFor } from '../../../../electron/engine/aws/clients';
import { compileFilter } from '../../../../electron/engine/filter/compile-filter';
import { listRows } from '../../../../electron/engine/paging/list-rows';
import { ec2Instances } from '../../../../electron/engine/resources/ec2-instances';
import type { Item, RawPage } from '../../../../electron/engine/resources/resource';
import { forgetClients } from '../../../../electron/engine/aws/clients';
import { startEndpoint, type RunningEndpoint } from '../../../../electron/endpoint/server';
import { collect, useLocalProfile } from './engine-harness';

const PREFIX = 'logs/2024/03/';
const keys = (rows: Row[]) => rows.map((r) => String(r[0]));

describe('an item filter that implies a key prefix lists only that prefix', () => {
  let endpoint: RunningEndpoint;
  const base = { profile: 'local', region: 'us-east-1', resource: 's3-objects' };

  beforeAll(async () => {
    endpoint = await startEndpoint({ port: 0, objects: 20_000 });
    await useLocalProfile(endpoint.url);
  });
  afterAll(async () => {
    forgetClients();
    await endpoint.stop();
  });

  const listed = async (spec: Record<string, unknown>, options = {}) => {
    const before = endpoint.requests().length;
    const run = await collect({ ...base, ...spec }, options);
    const requests = endpoint
      .requests()
      .slice(before)
      .filter((r) => r.operation === 'ListObjectsV2');
    return { rows: run.rows, requests: requests.length };
  };

  it.each([
    ['sequential', {}],
    ['16 key ranges', { parallel: 16 }],
  ])(
    'starts_with(Key, prefix): the same rows as the prefix itself, in its page count (%s)',
    async (_, options) => {
      const own = await listed({ params: { bucket: 'demo-big', prefix: PREFIX }, pageSize: 1000 });
      const pushed = await listed(
        {
          params: { bucket: 'demo-big' },
          filter: { expression: `starts_with(Key, '${PREFIX}') && Size > \`0\``, mode: 'item' },
          pageSize: 1000,
        },
        options,
      );
      expect(own.rows.length).toBeGreaterThan(1000);
      expect(keys(pushed.rows)).toEqual(keys(own.rows.filter((r) => Number(r[1]) > 0)));
      const ownPages = Math.ceil(own.rows.length / 1000);
      expect(own.requests).toBe(ownPages);
      // Key ranges make more, smaller requests of their own (discovery, one range each).
      if (!('parallel' in options)) expect(pushed.requests).toBe(ownPages);
    },
  );

  it('not in a folder view: there the prefix is the folder shown', async () => {
    const filtered = await listed({
      params: { bucket: 'demo-big', delimiter: '/' },
      filter: { expression: "starts_with(Key, 'logs/')", mode: 'item' },
    });
    expect(keys(filtered.rows)).toEqual(['logs/']);
  });
});

describe('an EC2 item filter with equalities EC2 can test sends them as Filter.N', () => {
  let endpoint: RunningEndpoint;
  const base = { profile: 'local', region: 'us-east-1', resource: 'ec2-instances' };

  beforeAll(async () => {
    endpoint = await startEndpoint({ port: 0, seed: 3, objects: 0 });
    await useLocalProfile(endpoint.url);
  });
  afterAll(async () => {
    forgetClients();
    await endpoint.stop();
  });

  /** Rows and how many instances EC2 sent for them (the status bar's "scanned"). */
  const scan = async (expression: string | null) => {
    const spec = viewSpecSchema.parse({
      ...base,
      ...(expression ? { filter: { expression, mode: 'item' } } : {}),
    });
    const rows: Row[] = [];
    let scanned = 0;
    for await (const batch of listRows(spec, { signal: new AbortController().signal })) {
      rows.push(...batch.rows);
      scanned += batch.scanned;
    }
    return { rows, scanned };
  };

  it.each([
    "State.Name == 'running' && InstanceType == 't3.micro'",
    "State.Name == 'stopped' || State.Name == 'pending'",
    "(Tags[?Key=='team'].Value | [0]) == 'payments' && State.Name == 'running'",
    "Tags[?Key=='team'].Value | [0] == 'payments'",
  ])('%s: the rows the filter selects, and EC2 sends only those', async (expression) => {
    const everything = await scan(null);
    const filtered = await scan(expression);
    const ids = new Set(
      (compileFilter({ expression, mode: 'item' }).run(await allInstances()) as Item[]).map(
        (i) => i.InstanceId,
      ),
    );
    expect(ids.size).toBeGreaterThan(0);
    expect(filtered.rows.map((r) => r[0])).toEqual(
      everything.rows.filter((r) => ids.has(r[0])).map((r) => r[0]),
    );
    expect(filtered.scanned).toBe(ids.size);
    expect(everything.scanned).toBeGreaterThan(ids.size);
  });

  /** Every instance of the region as the SDK returns it, through the same resource model. */
  const allInstances = async (): Promise<Item[]> => {
    const { client } = await clientFor('local', 'us-east-1', 'ec2', {});
    const items: Item[] = [];
    let token: string | undefined;
    do {
      const page = (await ec2Instances.send(
        client as EC2Client,
        { MaxResults: 1000, ...(token ? { NextToken: token } : {}) },
        new AbortController().signal,
      )) as RawPage;
      items.push(...ec2Instances.items(page));
      token = page.NextToken as string | undefined;
    } while (token);
    return items;
  };
});
