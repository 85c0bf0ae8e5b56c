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

/** Drag to resize; with focus, the arrow keys resize too. */
function ResizeHandle({ header, table }: { header: Header<Row, unknown>; table: Table<Row> }) {
  const column = header.column;
  const resizeByKey = (event: KeyboardEvent) => {
    const step = { ArrowLeft: -RESIZE_STEP, ArrowRight: RESIZE_STEP }[event.key];
    if (step === undefined) return;
    event.preventDefault();
    table.setColumnSizing((prev) => ({
      ...prev,
      [column.id]: Math.max(48, column.getSize() + step),
    }));
  };
  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={`Resize ${String(column.columnDef.header)}`}
      tabIndex={0}
      className={column.getIsResizing() ? 'resizer resizing' : 'resizer'}
      onMouseDown={header.getResizeHandler()}
      onTouchStart={header.getResizeHandler()}
      onKeyDown={resizeByKey}
      onClick={(e) => e.stopPropagation()}
    />
  );
}

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
  const label = String(column.columnDef.header);
  return (
    <div
      role="columnheader"
      aria-colindex={col + 1}
      aria-sort={sorted ? ARIA_SORT[sorted] : 'none'}
      // The label alone: the resize handle inside would otherwise join the header's name.
      aria-label={label}
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
        {flexRender(column.columnDef.header, header.getContext())}
        <span className="sort-mark" aria-hidden="true">
          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
        </span>
      </button>
      <ResizeHandle header={header} table={table} />
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
