import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEndpoint, type RunningEndpoint } from '../../../../../electron/endpoint/server';
import { countingClient, sources, text, walk } from './partitioned-harness';

const inByteOrder = (keys: string[]) =>
  keys.every((k, i) => i === 0 || Buffer.compare(Buffer.from(keys[i - 1]!), Buffer.from(k)) < 0);

describe('partitioned listing against the local endpoint', () => {
  let endpoint: RunningEndpoint;
  beforeAll(async () => {
    endpoint = await startEndpoint({ objects: 50_000 });
  });
  afterAll(() => endpoint.stop());

  it('lists demo-big exactly as the sequential listing: same objects, same order, same pages', async () => {
    const { client, sent } = countingClient(endpoint);
    const { sequential, partitioned } = sources(client, 'demo-big');
    const expected = await walk(sequential);
    expect(sent.maxInFlight).toBe(1);
    const got = await walk(partitioned);
    expect(sent.maxInFlight).toBeGreaterThan(8);
    expect(expected.items).toHaveLength(50_000);
    expect(got.pages).toBe(expected.pages);
    expect(text(got.items)).toEqual(text(expected.items));
  });

  it('keeps hostile keys and keys beside folders, in UTF-8 byte order (demo-edge)', async () => {
    const { client } = countingClient(endpoint);
    for (const pageSize of [1000, 3]) {
      const { sequential, partitioned } = sources(client, 'demo-edge', { pageSize, parallel: 4 });
      const expected = await walk(sequential);
      const got = await walk(partitioned);
      expect(text(got.items)).toEqual(text(expected.items));
      expect(inByteOrder(got.items.map((i) => i.Key as string))).toBe(true);
    }
  });

  it('lists under a prefix, and an empty prefix, like the sequential listing', async () => {
    const { client } = countingClient(endpoint);
    for (const prefix of ['logs/2024/0', 'logs/2024/07/1', 'nothing-here/']) {
      const { sequential, partitioned } = sources(client, 'demo-big', { prefix, pageSize: 700 });
      const expected = await walk(sequential);
      const got = await walk(partitioned);
      expect(text(got.items)).toEqual(text(expected.items));
    }
  });

  it('splits a level with more folders than one discovery page, as the ranges get there', async () => {
    const { client, sent } = countingClient(endpoint);
    const prefix = 'logs/2024/0';
    const options = { prefix, splitRequestSize: 4, parallel: 8 };
    const expected = await walk(sources(client, 'demo-big', options).sequential);
    sent.maxInFlight = 0;
    const got = await walk(sources(client, 'demo-big', options).partitioned);
    expect(text(got.items)).toEqual(text(expected.items));
    // 9 months of ~30 day folders, 4 folders per discovery page: the ranges run in parallel.
    expect(sent.maxInFlight).toBeGreaterThan(4);
  });

  it('resumes from any of its tokens with exactly the rest of the listing', async () => {
    const { client } = countingClient(endpoint);
    const { sequential } = sources(client, 'demo-big', { pageSize: 999 });
    const all = text((await walk(sequential)).items);
    const parts: string[] = [];
    let tokens = null;
    do {
      // A fresh source each time, as a resumed listing in a new process would have.
      const fresh = sources(client, 'demo-big', { pageSize: 999 }).partitioned;
      const part = await walk(fresh, undefined, tokens, 13);
      parts.push(...text(part.items));
      tokens = part.lastTokens;
    } while (tokens);
    expect(parts).toEqual(all);
  });
});
