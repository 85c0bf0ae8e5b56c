import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Row } from '../../../shared/contract';
import { forgetClients } from '../../../electron/aws/clients';
import { startEndpoint, type RunningEndpoint } from '../../../electron/endpoint/server';
import { collect, useLocalProfile } from '../engine/engine-harness';

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
