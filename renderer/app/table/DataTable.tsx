import type { VirtualItem } from '@tanstack/react-virtual';
import { useId } from 'react';
import type { RowStore } from '../views/row-store';
import { GridHeader } from './GridHeader';
import { GridRow, type RowDecor } from './GridRow';
import type { ColumnModel } from './use-column-model';
import { gridKeyHandler } from './use-grid-keyboard';
import type { GridSelectionApi } from './use-grid-selection';
import { gridPointerHandlers } from './use-grid-pointer';
import { HEAD_HEIGHT, useGridVirtualizer } from './use-grid-virtualizer';
import type { SortedRows } from './use-sorted-rows';

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

/** Everything the header shows: sorting, resizing, and the visible columns with their widths. */
const headerStateKey = (model: ColumnModel): string => {
  const state = model.table.getState();
  const widths = model.layout.map((c) => `${c.id}:${c.width}`).join();
  return `${JSON.stringify(state.sorting)}|${state.columnSizingInfo.isResizingColumn}|${widths}`;
};

function LoaderRow({ top, loading, stalled }: { top: number; loading: boolean; stalled: boolean }) {
  const text = stalled
    ? 'Stopped: Retry or Load more to continue.'
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

interface GridBodyProps {
  items: VirtualItem[];
  totalSize: number;
  width: number;
  props: DataTableProps;
  activeId: string;
}

/** The rows in view, placed by the virtualizer, and the loader row after the last one. */
function GridBody({ items, totalSize, width, props, activeId }: GridBodyProps) {
  const { store, sorted, model, decor, selection, loading, stalled } = props;
  const active = selection.active;
  return (
    <div role="rowgroup" className="grid-body" style={{ height: totalSize, width }}>
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
  );
}

const keysFor = (
  props: DataTableProps,
  pageRows: () => number,
  scrollTo: (row: number) => void,
) => {
  const { store, model, selection, sorted, onOpen } = props;
  return gridKeyHandler({
    count: store.count,
    pageRows,
    layout: model.layout,
    selection,
    rowAtDisplay: sorted.rowAtDisplay,
    selectedRows: () => sorted.rowsInDisplayOrder(selection.selected),
    onOpen,
    scrollTo,
  });
};

/** The grid's keys, for screen readers (aria-describedby). */
function GridHelp({ id }: { id: string }) {
  return (
    <p id={id} className="sr-only">
      Arrow keys, Page Up and Page Down move; Shift extends the selection, Space toggles a row;
      Enter opens; Ctrl+C copies the cell or the selected rows, Ctrl+Shift+C the rows, as TSV.
    </p>
  );
}

function GridEmpty({ loading, stalled }: { loading: boolean; stalled: boolean }) {
  return <div className="grid-empty">{loading ? 'Loading…' : stalled ? '' : 'No items.'}</div>;
}

/**
 * The virtualized grid: only the rows in view (plus a small overscan) are in the DOM, and the
 * loader row after the last loaded row pulls the next batch when it scrolls into view.
 */
export function DataTable(props: DataTableProps) {
  const { label, model, store, selection, hasMore, loading, stalled, onOpen } = props;
  const activeId = useId();
  const helpId = useId();
  const { scrollRef, virtualizer, items, pageRows } = useGridVirtualizer({
    count: store.count,
    hasMore,
    busy: loading || stalled,
    resetKey: props.resetKey,
    onLoadMore: props.onLoadMore,
  });
  const width = model.layout.reduce((sum, c) => sum + c.width, 0);
  const onKeyDown = keysFor(props, pageRows, (row) =>
    virtualizer.scrollToIndex(row, { align: 'auto' }),
  );
  return (
    <>
      <GridHelp id={helpId} />
      <div
        ref={scrollRef}
        role="grid"
        aria-label={label}
        aria-rowcount={store.count + 1}
        aria-colcount={model.layout.length}
        aria-multiselectable
        aria-activedescendant={selection.active ? activeId : undefined}
        aria-describedby={helpId}
        tabIndex={0}
        className="grid"
        onKeyDown={onKeyDown}
        {...gridPointerHandlers(selection, onOpen)}
      >
        <GridHeader table={model.table} width={width} stateKey={headerStateKey(model)} />
        <GridBody
          items={items}
          totalSize={virtualizer.getTotalSize()}
          width={width}
          props={props}
          activeId={activeId}
        />
        {store.count === 0 && !hasMore ? <GridEmpty loading={loading} stalled={stalled} /> : null}
      </div>
    </>
  );
}
