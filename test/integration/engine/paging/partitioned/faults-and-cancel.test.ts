import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEndpoint, type RunningEndpoint } from '../../../../../electron/endpoint/server';
import { countingClient, sources, text, walk } from './partitioned-harness';

/** A few turns of the event loop: enough for any woken partition to issue its next request. */
const turns = async (n: number) => {
  for (let i = 0; i < n; i += 1) await new Promise((resolve) => setImmediate(resolve));
};

describe('partitioned listing under faults and cancellation', () => {
  let endpoint: RunningEndpoint;
  beforeAll(async () => {
    endpoint = await startEndpoint({ objects: 30_000, seed: 3 });
  });
  afterAll(() => endpoint.stop());

  it('gives the same listing with 5% of requests failing (throttling, 5xx, drops, slowness)', async () => {
    const { client } = countingClient(endpoint);
    const { sequential } = sources(client, 'demo-big');
    const expected = text((await walk(sequential)).items);
    endpoint.setFaultRate(0.05);
    try {
      const before = endpoint.requests().length;
      const got = text((await walk(sources(client, 'demo-big').partitioned)).items);
      expect(got).toEqual(expected);
      const failed = endpoint
        .requests()
        .slice(before)
        .filter((r) => r.status !== 200);
      expect(failed.length).toBeGreaterThan(0);
    } finally {
      endpoint.setFaultRate(0);
    }
  });

  it('stops every partition when the listing is cancelled: no request is sent after', async () => {
    endpoint.setLatency(40);
    try {
      const { client, sent } = countingClient(endpoint);
      const { partitioned } = sources(client, 'demo-big', { ahead: 3 });
      const controller = new AbortController();
      const first = await partitioned(null, controller.signal);
      expect(first.Contents).toHaveLength(1000);
      expect(sent.maxInFlight).toBeGreaterThan(8);
      controller.abort();
      const atAbort = sent.count;
      await sent.idle;
      await turns(20);
      expect(sent.inFlight).toBe(0);
      // Requests already started were aborted; none was started after the abort.
      expect(sent.count).toBe(atAbort);
      await expect(partitioned(null, controller.signal)).rejects.toThrow();
      expect(sent.count).toBe(atAbort);
    } finally {
      endpoint.setLatency(0);
    }
  });
});
