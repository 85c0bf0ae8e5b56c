import type { Table } from '@tanstack/react-table';
import type { Row } from '../../../shared/contract';
import { Popover } from '../common/Popover';
import { currentOrder, moveColumn } from './use-column-model';

/** Show, hide and reorder columns from the keyboard (the header also reorders by drag). */
function ColumnList({ table }: { table: Table<Row> }) {
  const order = currentOrder(table);
  return (
    <ul className="columns-menu">
      {order.map((id, i) => {
        const column = table.getColumn(id);
        if (!column) return null;
        const label = String(column.columnDef.header);
        const move = (delta: -1 | 1) => table.setColumnOrder(moveColumn(order, id, delta));
        return (
          <li key={id}>
            <label>
              <input
                type="checkbox"
                checked={column.getIsVisible()}
                disabled={column.getIsVisible() && table.getVisibleLeafColumns().length === 1}
                onChange={(e) => column.toggleVisibility(e.target.checked)}
              />
              {label}
            </label>
            <button
              type="button"
              className="btn btn-icon"
              aria-label={`Move ${label} left`}
              disabled={i === 0}
              onClick={() => move(-1)}
            >
              ←
            </button>
            <button
              type="button"
              className="btn btn-icon"
              aria-label={`Move ${label} right`}
              disabled={i === order.length - 1}
              onClick={() => move(1)}
            >
              →
            </button>
          </li>
        );
      })}
    </ul>
  );
}

export function ColumnsMenu({ table }: { table: Table<Row> }) {
  return (
    <Popover label="Columns" kind="dialog" title="Columns">
      <ColumnList table={table} />
    </Popover>
  );
}
