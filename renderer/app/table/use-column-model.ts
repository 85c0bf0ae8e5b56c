import {
  getCoreRowModel,
  useReactTable,
  type ColumnDef,
  type Table,
  type Updater,
} from '@tanstack/react-table';
import { useEffect, useMemo } from 'react';
import type { Column, ColumnType, Row } from '../../../shared/contract';
import { readStored, writeStored } from '../common/use-persisted-state';
import { useResetState } from '../common/use-reset-state';
import {
  effectiveOrder,
  emptyLayout,
  isSavedLayout,
  mergeOrder,
  type SavedLayout,
} from './saved-layout';

/** What a row renderer needs per visible column, in display order. */
export interface ColumnLayout {
  id: string;
  label: string;
  /** Position of the column's cell in the row arrays. */
  index: number;
  type: ColumnType;
  width: number;
}

// react-table only models the columns here: rows stay compact arrays read by index, so no
// per-row Row objects are built for a million loaded rows.
const NO_ROWS: Row[] = [];

const WIDTH: Record<ColumnType, number> = {
  text: 140,
  number: 90,
  bytes: 96,
  date: 160,
  state: 104,
  tags: 340,
  bool: 64,
};

// S3 keys are long paths; other names (bucket names, instance ids) get a little more room.
const widthFor = (column: Column, keyColumn: string): number =>
  column.id === 'Key'
    ? 380
    : column.id === keyColumn || column.id === 'Name'
      ? 190
      : WIDTH[column.type];

const apply = <T>(updater: Updater<T>, prev: T): T =>
  typeof updater === 'function' ? (updater as (p: T) => T)(prev) : updater;

const storageKey = (resource: string) => `layout.${resource}`;

/** The arrangement saved for a resource; it follows the user from view to view and restart. */
function useSavedLayout(resource: string) {
  const [layout, setLayout] = useResetState<SavedLayout>(
    () => readStored(storageKey(resource), isSavedLayout) ?? emptyLayout(),
    resource,
  );
  useEffect(() => writeStored(storageKey(resource), layout), [resource, layout]);
  const change =
    <K extends keyof SavedLayout>(key: K) =>
    (updater: Updater<SavedLayout[K]>) =>
      setLayout((prev) => ({ ...prev, [key]: apply(updater, prev[key]) }));
  return { layout, setLayout, change };
}

export function useColumnModel(columns: Column[], keyColumn: string, resource: string) {
  const defs = useMemo<ColumnDef<Row>[]>(
    () =>
      columns.map((column, index) => ({
        id: column.id,
        header: column.label,
        accessorFn: (row: Row) => row[index],
        size: widthFor(column, keyColumn),
        minSize: 48,
        maxSize: 2400,
      })),
    [columns, keyColumn],
  );
  const { layout: saved, setLayout, change } = useSavedLayout(resource);
  const ids = columns.map((c) => c.id);
  const order = effectiveOrder(saved.order, ids, keyColumn);
  // A saved sort by a column this view lacks (another projection's) sorts nothing here.
  const sorting = saved.sorting.filter((s) => ids.includes(s.id));
  const table = useReactTable({
    data: NO_ROWS,
    columns: defs,
    state: {
      sorting,
      columnOrder: order,
      columnVisibility: saved.visibility,
      columnSizing: saved.sizing,
    },
    onSortingChange: change('sorting'),
    onColumnOrderChange: (u) =>
      setLayout((prev) => ({
        ...prev,
        order: mergeOrder(prev.order, apply(u, effectiveOrder(prev.order, ids, keyColumn))),
      })),
    onColumnVisibilityChange: change('visibility'),
    onColumnSizingChange: change('sizing'),
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    // With no rows in react-table it cannot guess a direction per type: ascending comes first.
    sortDescFirst: false,
    enableMultiSort: false,
    columnResizeMode: 'onChange',
  });
  const visible = table.getVisibleLeafColumns();
  const layoutKey = visible.map((c) => `${c.id}:${c.getSize()}`).join('|');
  const layout = useMemo<ColumnLayout[]>(
    () =>
      layoutKey === ''
        ? []
        : visible.map((c) => {
            const index = columns.findIndex((col) => col.id === c.id);
            const column = columns[index]!;
            return { id: c.id, label: column.label, index, type: column.type, width: c.getSize() };
          }),
    // `visible` is rebuilt by react-table on every render; its content is captured by layoutKey.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [layoutKey, columns],
  );
  return { table, layout, sorting };
}

export type ColumnModel = ReturnType<typeof useColumnModel>;

/** Moves a column one place left or right among all columns (keyboard reorder). */
export const moveColumn = (ids: string[], id: string, delta: -1 | 1): string[] => {
  const from = ids.indexOf(id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= ids.length) return ids;
  const next = ids.slice();
  next.splice(from, 1);
  next.splice(to, 0, id);
  return next;
};

/** Every column id in display order, hidden ones included. */
export const currentOrder = (table: Table<Row>): string[] => {
  const order = table.getState().columnOrder;
  return order.length > 0 ? order : table.getAllLeafColumns().map((c) => c.id);
};
