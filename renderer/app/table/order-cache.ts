import type { RowStore } from '../views/row-store';
import { columnValues, extendOrder, sortOrder } from './sort-rows';
import type { SortDone, SortJob } from './sort-worker';

/** Below this many rows a sort takes a few milliseconds and runs in place. */
const WORKER_THRESHOLD = 10_000;

interface Sorted {
  store: RowStore;
  key: string;
  order: Uint32Array;
}

/** The second store holds the first store's rows first (a batch arrived on the same listing). */
const grewFrom = (prev: RowStore, next: RowStore): boolean =>
  next.count >= prev.count &&
  (prev.count === 0 ||
    (next.rowAt(0) === prev.rowAt(0) && next.rowAt(prev.count - 1) === prev.rowAt(prev.count - 1)));

/**
 * The sort order of a view's loaded rows, kept up to date as batches arrive: a new batch is
 * merged into the known order; a new sort of many rows runs in a worker while the table shows
 * the rows in load order.
 */
export const createOrderCache = (onReady: () => void) => {
  let done: Sorted | null = null;
  let job: (Omit<Sorted, 'order'> & { id: number }) | null = null;
  let worker: Worker | null = null;
  let nextId = 1;

  const start = (store: RowStore, column: number, descending: boolean, key: string) => {
    worker ??= new Worker(new URL('./sort-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<SortDone>) => {
      if (!job || event.data.id !== job.id) return;
      done = { store: job.store, key: job.key, order: event.data.order };
      job = null;
      onReady();
    };
    job = { id: nextId++, key, store };
    const message: SortJob = { id: job.id, values: columnValues(store, column), descending };
    worker.postMessage(message);
  };

  const orderFor = (store: RowStore, column: number, descending: boolean) => {
    const key = `${column}:${descending}`;
    if (done && done.key === key && grewFrom(done.store, store)) {
      if (done.store !== store)
        done = { store, key, order: extendOrder(done.order, store, column, descending) };
      return { order: done.order, pending: false };
    }
    if (store.count < WORKER_THRESHOLD) {
      done = { store, key, order: sortOrder(store, column, descending) };
      return { order: done.order, pending: false };
    }
    if (!job || job.key !== key || !grewFrom(job.store, store))
      start(store, column, descending, key);
    return { order: null, pending: true };
  };

  return { orderFor, dispose: () => worker?.terminate() };
};

export type OrderCache = ReturnType<typeof createOrderCache>;
