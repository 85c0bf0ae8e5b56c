import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageResult, Row } from '../../../../shared/contract';
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
  pageSize: 1000,
};
const bySize = { column: 'Size', descending: true };

const ok = <T>(result: { ok: boolean; value?: T; error?: { message: string } }): T => {
  if (!result.ok) throw new Error(result.error!.message);
  return result.value!;
};

/** Every row of the view in listing order, through view.page. */
const listingRows = async (): Promise<{ columns: PageResult['columns']; rows: Row[] }> => {
  const rows: Row[] = [];
  let cursor: string | null = null;
  let columns: PageResult['columns'] = [];
  do {
    const page: PageResult = ok(await engine.call<PageResult>('view.page', { spec, cursor }));
    columns = page.columns;
    rows.push(...page.rows);
    cursor = page.nextCursor;
  } while (cursor);
  return { columns, rows };
};

beforeAll(async () => {
  endpoint = await startEndpoint({ port: 0, seed: 4, objects: 12_000 });
  await useLocalProfile(endpoint.url);
});
afterAll(() => endpoint.stop());

describe('view.sorted', () => {
  it('gives every row of the view in one column’s order, reporting rows read before the first batch', async () => {
    const { columns, rows } = await listingRows();
    const size = columns.findIndex((c) => c.id === 'Size');
    // Largest first; equal sizes stay in listing order.
    const expected = rows
      .map((row, i) => ({ row, i }))
      .sort((a, b) => (b.row[size] as number) - (a.row[size] as number) || a.i - b.i)
      .map((x) => x.row);
    const before = events.length;
    const sorted: Row[] = [];
    let cursor: string | null = null;
    let calls = 0;
    do {
      const page: PageResult = ok(
        await engine.call<PageResult>('view.sorted', { spec, sort: bySize, cursor }),
      );
      sorted.push(...page.rows);
      cursor = page.nextCursor;
      calls += 1;
    } while (cursor);
    expect(sorted).toHaveLength(12_000);
    expect(sorted).toEqual(expected);
    expect(calls).toBe(12);
    const reads = events
      .slice(before)
      .filter((e) => e.event === 'progress')
      .map((e) => (e.payload as { read: number }).read);
    expect(reads.length).toBeGreaterThan(0);
    expect(reads).toEqual([...reads].sort((a, b) => a - b));
  });

  it('continues from a cursor whose session is gone by sorting again and skipping', async () => {
    const first = ok(
      await engine.call<PageResult>('view.sorted', { spec, sort: bySize, cursor: null }),
    );
    const second = ok(
      await engine.call<PageResult>('view.sorted', {
        spec,
        sort: bySize,
        cursor: first.nextCursor,
      }),
    );
    // Another engine (a restarted worker) has no session for the cursor.
    const fresh = engineDispatcher();
    const again = ok(
      await fresh.call<PageResult>('view.sorted', { spec, sort: bySize, cursor: first.nextCursor }),
    );
    expect(again.rows).toEqual(second.rows);
    expect(again.nextCursor).toBe(second.nextCursor);
  });

  it('refuses a column the view lacks, and a cursor of another sort', async () => {
    const bad = await engine.call('view.sorted', {
      spec,
      sort: { column: 'Colour', descending: false },
      cursor: null,
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect((bad as { error: { message: string } }).error.message).toContain('Key');
    const first = ok(
      await engine.call<PageResult>('view.sorted', { spec, sort: bySize, cursor: null }),
    );
    const other = await engine.call('view.sorted', {
      spec,
      sort: { column: 'Key', descending: false },
      cursor: first.nextCursor,
    });
    expect(other).toMatchObject({ ok: false, error: { code: 'BAD_TOKEN' } });
  });

  it('stops listing when the call is cancelled while it reads', async () => {
    endpoint.setLatency(20);
    try {
      const callId = 900;
      const running = engine.call(
        'view.sorted',
        { spec, sort: bySize, cursor: null },
        'w2',
        callId,
      );
      await expect.poll(() => endpoint.requests().length).toBeGreaterThan(0);
      await new Promise((resolve) => setTimeout(resolve, 100));
      engine.cancel(callId, 'w2');
      expect(await running).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
      const atCancel = endpoint.requests().length;
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(endpoint.requests().length - atCancel).toBeLessThanOrEqual(16);
      const settled = endpoint.requests().length;
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(endpoint.requests().length).toBe(settled);
    } finally {
      endpoint.setLatency(0);
    }
  });
});
