import type { SortingState } from '@tanstack/react-table';
import { useCallback, useMemo } from 'react';
import type { Row } from '../../../shared/contract';
import type { RowStore } from '../views/row-store';
import { sortOrder } from './sort-rows';
import type { ColumnLayout } from './use-column-model';

/**
 * The loaded rows in display order. Sorting applies to loaded rows only (the UI says so); the
 * permutation is rebuilt when rows arrive, which is O(n log n) on the loaded rows.
 */
export function useSortedRows(store: RowStore, sorting: SortingState, layout: ColumnLayout[]) {
  const sort = sorting[0];
  const column = sort ? layout.find((c) => c.id === sort.id) : undefined;
  const order = useMemo(
    () => (sort && column ? sortOrder(store, column.index, sort.desc) : null),
    [store, sort, column],
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
  return { order, toData, rowAtDisplay, rowsInDisplayOrder, sortedBy: column?.label ?? null };
}

export type SortedRows = ReturnType<typeof useSortedRows>;
