import type { Table } from '@tanstack/react-table';
import {
  addedColumnId,
  addedColumnLabel,
  type AddedColumn,
  type Row,
} from '../../../shared/contract';
import { Popover } from '../common/Popover';
import { AddColumnForm, type AddColumnProps } from './AddColumnForm';
import { currentOrder, moveColumn } from './use-column-model';

interface ColumnListProps {
  table: Table<Row>;
  added: readonly AddedColumn[];
  onRemove(column: AddedColumn): void;
}

/** Show, hide and reorder columns from the keyboard (the header also reorders by drag). */
function ColumnList({ table, added, onRemove }: ColumnListProps) {
  const order = currentOrder(table);
  return (
    <ul className="columns-menu">
      {order.map((id, i) => {
        const column = table.getColumn(id);
        if (!column) return null;
        const label = String(column.columnDef.header);
        const move = (delta: -1 | 1) => table.setColumnOrder(moveColumn(order, id, delta));
        const addedColumn = added.find((c) => addedColumnId(c) === id);
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
            {addedColumn ? (
              <button
                type="button"
                className="btn btn-icon"
                aria-label={`Remove column ${label}`}
                onClick={() => onRemove(addedColumn)}
              >
                ×
              </button>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * Added columns the view does not show (a projection's rows have none, a failed view has no
 * columns yet), so they can still be removed.
 */
function AbsentColumns({ table, added, onRemove }: ColumnListProps) {
  const shown = new Set(table.getAllLeafColumns().map((c) => c.id));
  const absent = added.filter((c) => !shown.has(addedColumnId(c)));
  if (absent.length === 0) return null;
  return (
    <ul className="columns-menu" aria-label="Added columns not in this view">
      {absent.map((column) => {
        const label = addedColumnLabel(column);
        return (
          <li key={addedColumnId(column)}>
            <span className="columns-absent">{label} (not in this view)</span>
            <button
              type="button"
              className="btn btn-icon"
              aria-label={`Remove column ${label}`}
              onClick={() => onRemove(column)}
            >
              ×
            </button>
          </li>
        );
      })}
    </ul>
  );
}

export interface ColumnsMenuProps extends Omit<AddColumnProps, 'onAdd'> {
  table: Table<Row>;
  onColumns(columns: AddedColumn[]): void;
}

/** The view's columns: visibility and order, and the columns the user added by path or tag. */
export function ColumnsMenu({ table, onColumns, ...add }: ColumnsMenuProps) {
  const remove = (column: AddedColumn) =>
    onColumns(add.added.filter((c) => addedColumnId(c) !== addedColumnId(column)));
  return (
    <Popover label="Columns" kind="dialog" title="Columns" className="columns-popover">
      <ColumnList table={table} added={add.added} onRemove={remove} />
      <AbsentColumns table={table} added={add.added} onRemove={remove} />
      <AddColumnForm {...add} onAdd={(column) => onColumns([...add.added, column])} />
    </Popover>
  );
}
