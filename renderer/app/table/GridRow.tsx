import { memo } from 'react';
import type { Row } from '../../../shared/contract';
import { cellContent } from './Cell';
import { VisibleControls } from './VisibleControls';
import { isNumericType } from './format';
import type { ColumnLayout } from './use-column-model';

/** Per-view decisions about rows, kept in one stable object so rows stay memoized. */
export interface RowDecor {
  /** Row array position of the key column (Key, InstanceId, Name). */
  keyIndex: number;
  /** Rows that open something (a bucket, a folder) render their key as a link-like button. */
  isLink(row: Row): boolean;
  /** The key as shown: folder views show names relative to the current prefix. */
  nameOf(key: string): string;
}

interface GridRowProps {
  row: Row;
  display: number;
  top: number;
  width: number;
  layout: ColumnLayout[];
  decor: RowDecor;
  selected: boolean;
  /** Visible column index of the active cell on this row, or -1. */
  activeCol: number;
  activeId: string;
}

/**
 * One visible row. Memoized on its props: when a page arrives or the selection moves, only the
 * rows whose own props changed render again.
 */
export const GridRow = memo(function GridRow(props: GridRowProps) {
  const { row, display, top, width, layout, decor, selected, activeCol, activeId } = props;
  const link = decor.isLink(row);
  return (
    <div
      role="row"
      aria-rowindex={display + 2}
      aria-selected={selected}
      data-row={display}
      className={selected ? 'grid-row selected' : 'grid-row'}
      style={{ transform: `translateY(${top}px)`, width }}
    >
      {layout.map((column, col) => {
        const value = row[column.index];
        const active = col === activeCol;
        const isKey = column.index === decor.keyIndex && typeof value === 'string';
        const classes = `cell${isNumericType(column.type) ? ' num' : ''}${active ? ' active' : ''}`;
        return (
          <div
            key={column.id}
            role="gridcell"
            aria-colindex={col + 1}
            id={active ? activeId : undefined}
            data-col={col}
            className={classes}
            style={{ width: column.width }}
          >
            {isKey && link ? (
              <button type="button" tabIndex={-1} className="link" data-open="">
                <VisibleControls text={decor.nameOf(value)} />
              </button>
            ) : isKey ? (
              <span title={value}>
                <VisibleControls text={decor.nameOf(value)} />
              </span>
            ) : (
              cellContent(value, column.type)
            )}
          </div>
        );
      })}
    </div>
  );
});
