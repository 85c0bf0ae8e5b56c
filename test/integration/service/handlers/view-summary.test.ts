import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Summary } from '../../../../shared/contract';
import { startEndpoint, type RunningEndpoint } from '../../../../electron/endpoint/server';
import { engineDispatcher, type Recorded } from './dispatcher-harness';
import { useLocalProfile } from '../../engine/paging/engine-harness';

let endpoint: RunningEndpoint;
const events: Recorded[] = [];
const engine = engineDispatcher((event) => events.push(event));
const spec = {
  profile: 'local',
  region: 'us-east-1',
  resource: 's3-objects',
  params: { bucket: 'demo-big' },
};

beforeAll(async () => {
  endpoint = await startEndpoint({ port: 0, seed: 4, objects: 30_000 });
  await useLocalProfile(endpoint.url);
});
afterAll(() => endpoint.stop());

describe('view.summary', () => {
  it('summarises the whole view, reporting the summary as it fills in', async () => {
    const result = await engine.call<Summary>('view.summary', {
      spec,
      by: ['StorageClass', 'month'],
      top: 3,
    });
    if (!result.ok) throw new Error(result.error.message);
    const summary = result.value;
    expect(summary.count).toBe(30_000);
    const storage = summary.groupings[0]!.groups;
    expect(storage.reduce((n, g) => n + g.count, 0)).toBe(30_000);
    expect(storage.reduce((n, g) => n + (g.size ?? 0), 0)).toBe(summary.totalSize);
    expect(summary.largest).toHaveLength(3);
    const progress = events.filter((e) => e.event === 'progress');
    expect(progress.length).toBeGreaterThan(0);
    const counts = progress.map((e) => (e.payload as Summary).count);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(counts[0]).toBeLessThan(30_000);
  });

  it('answers a grouping the view lacks with BAD_REQUEST naming those it has', async () => {
    const result = await engine.call<Summary>('view.summary', {
      spec,
      by: ['State'],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('BAD_REQUEST');
    expect(result.error.message).toContain(
      'this view groups by Key, StorageClass, ETag, month, folder',
    );
  });

  it('stops listing when cancelled', async () => {
    const before = endpoint.requests().length;
    const running = engine.call<Summary>('view.summary', { spec }, 'window-1', 3);
    await new Promise((resolve) => setTimeout(resolve, 30));
    engine.cancel(3);
    const result = await running;
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('CANCELLED');
    const made = endpoint.requests().length - before;
    expect(made).toBeLessThan(30);
  });
});
