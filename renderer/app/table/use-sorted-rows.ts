import type { SortingState } from '@tanstack/react-table';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Row } from '../../../shared/contract';
import type { RowStore } from '../views/row-store';
import { createOrderCache } from './order-cache';
import type { ColumnLayout } from './use-column-model';

const UNSORTED = { order: null, pending: false } as const;

/**
 * The loaded rows in display order. Sorting applies to the loaded rows only (the UI says so);
 * arriving batches are merged into the order, and a large sort runs off the main thread.
 */
export function useSortedRows(store: RowStore, sorting: SortingState, layout: ColumnLayout[]) {
  const [version, setVersion] = useState(0);
  const [cache] = useState(() => createOrderCache(() => setVersion((v) => v + 1)));
  useEffect(() => () => cache.dispose(), [cache]);
  const sort = sorting[0];
  const column = sort ? layout.find((c) => c.id === sort.id) : undefined;
  const { order, pending } = useMemo(
    () => (sort && column ? cache.orderFor(store, column.index, sort.desc) : UNSORTED),
    // `version` changes when a worker sort finishes: read the cache again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [cache, store, sort, column, version],
  );
  const toData = useCallback((display: number) => (order ? order[display]! : display), [order]);
  const rowAtDisplay = useCallback(
    (display: number): Row => store.rowAt(toData(display)),
    [store, toData],
  );
  const rowsInDisplayOrder = useCallback(
    (dataIndices: ReadonlySet<number>): Row[] => {
      if (!order) return [...dataIndices].sort((a, b) => a - b).map((i) => store.rowAt(i));
      const rows: Row[] = [];
      for (const data of order) if (dataIndices.has(data)) rows.push(store.rowAt(data));
      return rows;
    },
    [order, store],
  );
  return {
    order,
    toData,
    rowAtDisplay,
    rowsInDisplayOrder,
    sortedBy: column?.label ?? null,
    sorting: pending,
  };
}

export type SortedRows = ReturnType<typeof useSortedRows>;
