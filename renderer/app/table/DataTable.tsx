import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useRef, type MouseEvent } from 'react';
import type { RowStore } from '../views/row-store';
import { GridHeader } from './GridHeader';
import { GridRow, type RowDecor } from './GridRow';
import type { ColumnModel } from './use-column-model';
import { gridKeyHandler } from './use-grid-keyboard';
import type { GridSelectionApi, SelectMode } from './use-grid-selection';
import type { SortedRows } from './use-sorted-rows';

export const ROW_HEIGHT = 24;
const HEAD_HEIGHT = 26;

export interface DataTableProps {
  label: string;
  /** Changes when the view shows another listing: the grid scrolls back to the top. */
  resetKey: string;
  model: ColumnModel;
  store: RowStore;
  sorted: SortedRows;
  selection: GridSelectionApi;
  decor: RowDecor;
  hasMore: boolean;
  loading: boolean;
  /** A failed batch: the loader row stops pulling until the user retries. */
  stalled: boolean;
  onLoadMore(): void;
  onOpen(display: number): void;
}

const hitOf = (event: MouseEvent) => {
  const cell = (event.target as HTMLElement).closest<HTMLElement>('[data-col]');
  const row = cell?.closest<HTMLElement>('[data-row]');
  return cell && row ? { row: Number(row.dataset.row), col: Number(cell.dataset.col) } : null;
};

/** Everything the header shows: sorting, resizing, and the visible columns with their widths. */
const headerStateKey = (model: ColumnModel): string => {
  const state = model.table.getState();
  const widths = model.layout.map((c) => `${c.id}:${c.width}`).join();
  return `${JSON.stringify(state.sorting)}|${state.columnSizingInfo.isResizingColumn}|${widths}`;
};

function LoaderRow({ top, loading, stalled }: { top: number; loading: boolean; stalled: boolean }) {
  const text = stalled
    ? 'Loading stopped: see the message above.'
    : loading
      ? 'Loading more…'
      : 'More rows available';
  return (
    <div
      className="grid-loader"
      style={{ transform: `translateY(${top}px)` }}
      data-testid="loader-row"
    >
      {text}
    </div>
  );
}

/**
 * The virtualized grid: only the rows in view (plus a small overscan) are in the DOM, and the
 * loader row after the last loaded row pulls the next batch when it scrolls into view.
 */
export function DataTable(props: DataTableProps) {
  const { label, resetKey, model, store, sorted, selection, decor, hasMore, loading, stalled } =
    props;
  const { onLoadMore, onOpen } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const activeId = useId();
  const virtualizer = useVirtualizer({
    count: store.count + (hasMore ? 1 : 0),
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    scrollMargin: HEAD_HEIGHT,
    scrollPaddingStart: HEAD_HEIGHT,
  });
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [resetKey]);
  const items = virtualizer.getVirtualItems();
  const lastIndex = items[items.length - 1]?.index ?? -1;
  useEffect(() => {
    if (hasMore && !loading && !stalled && lastIndex >= store.count) onLoadMore();
  }, [hasMore, loading, stalled, lastIndex, store.count, onLoadMore]);

  const width = model.layout.reduce((sum, c) => sum + c.width, 0);
  const active = selection.active;
  const onKeyDown = gridKeyHandler({
    count: store.count,
    pageRows: Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 0) / ROW_HEIGHT) - 2),
    layout: model.layout,
    selection,
    rowAtDisplay: sorted.rowAtDisplay,
    selectedRows: () => sorted.rowsInDisplayOrder(selection.selected),
    onOpen,
    scrollTo: (row) => virtualizer.scrollToIndex(row, { align: 'auto' }),
  });
  const onMouseDown = (event: MouseEvent) => {
    const hit = hitOf(event);
    if (!hit) return;
    const mode: SelectMode = event.shiftKey
      ? 'extend'
      : event.ctrlKey || event.metaKey
        ? 'toggle'
        : 'replace';
    selection.focusCell(hit.row, hit.col, mode);
  };
  const onClick = (event: MouseEvent) => {
    const hit = hitOf(event);
    if (hit && (event.target as HTMLElement).closest('[data-open]')) onOpen(hit.row);
  };
  return (
    <div
      ref={scrollRef}
      role="grid"
      aria-label={label}
      aria-rowcount={store.count + 1}
      aria-colcount={model.layout.length}
      aria-multiselectable
      aria-activedescendant={active ? activeId : undefined}
      tabIndex={0}
      className="grid"
      onKeyDown={onKeyDown}
      onMouseDown={onMouseDown}
      onClick={onClick}
      onDoubleClick={(event) => {
        const hit = hitOf(event);
        if (hit) onOpen(hit.row);
      }}
    >
      <GridHeader table={model.table} width={width} stateKey={headerStateKey(model)} />
      <div
        role="rowgroup"
        className="grid-body"
        style={{ height: virtualizer.getTotalSize(), width }}
      >
        {items.map((item) => {
          const top = item.start - HEAD_HEIGHT;
          if (item.index >= store.count) {
            return <LoaderRow key="loader" top={top} loading={loading} stalled={stalled} />;
          }
          const dataIndex = sorted.toData(item.index);
          return (
            <GridRow
              key={dataIndex}
              row={store.rowAt(dataIndex)}
              display={item.index}
              top={top}
              width={width}
              layout={model.layout}
              decor={decor}
              selected={selection.selected.has(dataIndex)}
              activeCol={active?.row === item.index ? active.col : -1}
              activeId={activeId}
            />
          );
        })}
      </div>
      {store.count === 0 && !hasMore && !loading ? (
        <div className="grid-empty">No items.</div>
      ) : null}
    </div>
  );
}
