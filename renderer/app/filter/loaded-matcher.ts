import type { RowStore } from '../views/row-store';
import { packCells } from './column-cells';
import type { FilterWorkerMessage, FilterWorkerReply } from './filter-worker';
import type { LoadedFilterPlan } from './loaded-filter-plan';
import { matchRows } from './match-rows';

type Runnable = Extract<LoadedFilterPlan, { kind: 'loaded' }>;

/** Below this many rows to test, a filter takes a few milliseconds and runs in the page. */
const WORKER_THRESHOLD = 20_000;
/** Results kept: the filter shown, the last good one and a few typed before. */
const KEPT = 4;

export type Matches =
  | { state: 'done'; indices: Uint32Array }
  | { state: 'pending' }
  | { state: 'failed'; message: string };

interface Done {
  store: RowStore;
  indices: Uint32Array;
}

const concat = (a: Uint32Array, b: Uint32Array): Uint32Array => {
  const out = new Uint32Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
};

/** The second store holds the first store's rows first (a batch arrived on the same listing). */
const grewFrom = (prev: RowStore, next: RowStore): boolean =>
  next.count >= prev.count &&
  (prev.count === 0 ||
    (next.rowAt(0) === prev.rowAt(0) && next.rowAt(prev.count - 1) === prev.rowAt(prev.count - 1)));

const matchInPage = (store: RowStore, plan: Runnable, from: number): Uint32Array => {
  const cells = plan.fields.map((f) => store.cells(f.column, from, store.count));
  return matchRows(plan.predicate, plan.fields, (f) => cells[f]!, from, from, store.count);
};

/**
 * Which loaded rows a filter keeps, kept up to date as batches arrive: a new batch is tested
 * alone and its matches appended. A first run over many rows goes to a worker that holds copies
 * of the columns the filter reads; while it runs, the newest request waits and older ones are
 * dropped, so fast typing never queues work.
 */
export const createLoadedMatcher = (listing: string, onReady: () => void) => {
  const done = new Map<string, Done>();
  const failed = new Map<string, string>();
  const sent = new Map<number, number>();
  let worker: Worker | null = null;
  let running: { id: number; key: string; store: RowStore } | null = null;
  let waiting: { key: string; store: RowStore; plan: Runnable } | null = null;
  let nextId = 1;

  const remember = (key: string, result: Done) => {
    done.delete(key);
    done.set(key, result);
    if (done.size > KEPT) done.delete(done.keys().next().value!);
  };

  const onReply = (reply: FilterWorkerReply) => {
    if (!running || reply.id !== running.id) return;
    if ('indices' in reply) remember(running.key, { store: running.store, indices: reply.indices });
    else failed.set(running.key, reply.error);
    running = null;
    if (waiting) start(waiting.key, waiting.store, waiting.plan);
    waiting = null;
    onReady();
  };

  const post = (message: FilterWorkerMessage, transfer: Transferable[] = []) => {
    worker ??= new Worker(new URL('./filter-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<FilterWorkerReply>) => onReply(event.data);
    worker.postMessage(message, transfer);
  };

  /** Gives the worker the cells of these columns it does not hold yet. */
  const send = (store: RowStore, columns: readonly number[]) => {
    for (const column of columns) {
      const have = sent.get(column) ?? 0;
      if (have >= store.count) continue;
      const cells = packCells(store.cells(column, have, store.count));
      const transfer = cells instanceof Float64Array ? [cells.buffer] : [];
      post({ type: 'cells', listing, column, from: have, cells }, transfer);
      sent.set(column, store.count);
    }
  };

  function start(key: string, store: RowStore, plan: Runnable) {
    for (const { column } of plan.fields) {
      const have = sent.get(column) ?? 0;
      if (have >= store.count) continue;
      post({
        type: 'cells',
        listing,
        column,
        from: have,
        cells: store.cells(column, have, store.count),
      });
      sent.set(column, store.count);
    }
    running = { id: nextId++, key, store };
    const { predicate, fields } = plan;
    post({ type: 'match', id: running.id, listing, predicate, fields, from: 0, to: store.count });
  }

  const matchesFor = (store: RowStore, plan: Runnable): Matches => {
    const key = JSON.stringify(plan.filter);
    const known = done.get(key);
    const message = failed.get(key);
    if (message !== undefined) return { state: 'failed', message };
    try {
      if (known && known.store === store) return { state: 'done', indices: known.indices };
      if (
        known &&
        grewFrom(known.store, store) &&
        store.count - known.store.count < WORKER_THRESHOLD
      ) {
        const added = matchInPage(store, plan, known.store.count);
        remember(key, { store, indices: concat(known.indices, added) });
        return { state: 'done', indices: done.get(key)!.indices };
      }
      if (store.count < WORKER_THRESHOLD) {
        remember(key, { store, indices: matchInPage(store, plan, 0) });
        return { state: 'done', indices: done.get(key)!.indices };
      }
    } catch (error) {
      failed.set(key, (error as Error).message);
      return { state: 'failed', message: (error as Error).message };
    }
    if (running?.key === key && running.store === store) return { state: 'pending' };
    if (running) waiting = { key, store, plan };
    else start(key, store, plan);
    return known ? { state: 'done', indices: known.indices } : { state: 'pending' };
  };

  /**
   * Copies ahead, when the page is idle, the columns a half-typed filter names, so the key that
   * completes it only runs the test. Small listings are tested in the page and need nothing.
   */
  const prepare = (store: RowStore, columns: readonly number[]) => {
    if (store.count < WORKER_THRESHOLD) return;
    if (columns.every((column) => (sent.get(column) ?? 0) >= store.count)) return;
    requestIdleCallback(() => send(store, columns), { timeout: 200 });
  };

  return { matchesFor, prepare, dispose: () => worker?.terminate() };
};

export type LoadedMatcher = ReturnType<typeof createLoadedMatcher>;
