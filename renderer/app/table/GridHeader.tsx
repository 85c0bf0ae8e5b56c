import { flexRender, type Header, type Table } from '@tanstack/react-table';
import { memo, type KeyboardEvent } from 'react';
import type { Row } from '../../../shared/contract';
import { currentOrder } from './use-column-model';

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;
const RESIZE_STEP = 16;

/** Drops column `id` where `target` is (drag and drop reorder). */
const dropOn = (table: Table<Row>, id: string, target: string) => {
  const order = currentOrder(table).filter((c) => c !== id);
  order.splice(order.indexOf(target), 0, id);
  table.setColumnOrder(order);
};

function HeaderCell({
  header,
  table,
  col,
}: {
  header: Header<Row, unknown>;
  table: Table<Row>;
  col: number;
}) {
  const column = header.column;
  const sorted = column.getIsSorted();
  const label = flexRender(column.columnDef.header, header.getContext());
  const resizeByKey = (event: KeyboardEvent) => {
    const delta =
      event.key === 'ArrowLeft' ? -RESIZE_STEP : event.key === 'ArrowRight' ? RESIZE_STEP : 0;
    if (delta === 0) return;
    event.preventDefault();
    table.setColumnSizing((prev) => ({
      ...prev,
      [column.id]: Math.max(48, column.getSize() + delta),
    }));
  };
  return (
    <div
      role="columnheader"
      aria-colindex={col + 1}
      aria-sort={sorted ? ARIA_SORT[sorted] : 'none'}
      className="cell head-cell"
      style={{ width: header.getSize() }}
      draggable
      onDragStart={(e) => e.dataTransfer.setData('text/x-column', column.id)}
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        const id = e.dataTransfer.getData('text/x-column');
        if (id && id !== column.id) dropOn(table, id, column.id);
      }}
    >
      <button
        type="button"
        className="head-label"
        title="Sort the loaded rows"
        onClick={column.getToggleSortingHandler()}
      >
        {label}
        <span className="sort-mark" aria-hidden="true">
          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
        </span>
      </button>
      <div
        role="separator"
        aria-orientation="vertical"
        aria-label={`Resize ${column.columnDef.header as string}`}
        tabIndex={0}
        className={column.getIsResizing() ? 'resizer resizing' : 'resizer'}
        onMouseDown={header.getResizeHandler()}
        onTouchStart={header.getResizeHandler()}
        onKeyDown={resizeByKey}
        onClick={(e) => e.stopPropagation()}
      />
    </div>
  );
}

/**
 * The sticky header row: sort by click, resize by drag or arrow keys, reorder by drag. Memoized
 * on `stateKey` (the column state it shows), so scrolling does not render it again.
 */
export const GridHeader = memo(function GridHeader({
  table,
  width,
}: {
  table: Table<Row>;
  width: number;
  stateKey: string;
}) {
  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  return (
    <div role="rowgroup" className="grid-head">
      <div role="row" aria-rowindex={1} className="grid-row head-row" style={{ width }}>
        {headers.map((header, col) => (
          <HeaderCell key={header.id} header={header} table={table} col={col} />
        ))}
      </div>
    </div>
  );
});
