import type { KeyboardEvent } from 'react';
import type { Row } from '../../../shared/contract';
import { copyText } from '../common/copy-text';
import { cellText } from './format';
import { rowsToTsv } from './tsv';
import type { ColumnLayout } from './use-column-model';
import type { ActiveCell, GridSelectionApi } from './use-grid-selection';

export interface GridKeyboardDeps {
  count: number;
  /** Rows that fit in the viewport, for Page Up / Page Down. */
  pageRows(): number;
  layout: ColumnLayout[];
  selection: GridSelectionApi;
  rowAtDisplay(display: number): Row;
  /** The selected rows in display order. */
  selectedRows(): Row[];
  onOpen(display: number): void;
  scrollTo(display: number): void;
}

const clamp = (value: number, max: number) => Math.max(0, Math.min(max, value));

/** Where a navigation key moves the active cell; null when the key does not navigate. */
const target = (
  event: KeyboardEvent,
  at: ActiveCell,
  deps: GridKeyboardDeps,
): ActiveCell | null => {
  const lastRow = deps.count - 1;
  const lastCol = deps.layout.length - 1;
  const ctrl = event.ctrlKey || event.metaKey;
  switch (event.key) {
    case 'ArrowDown':
      return { row: clamp(at.row + 1, lastRow), col: at.col };
    case 'ArrowUp':
      return { row: clamp(at.row - 1, lastRow), col: at.col };
    case 'ArrowRight':
      return { row: at.row, col: clamp(at.col + 1, lastCol) };
    case 'ArrowLeft':
      return { row: at.row, col: clamp(at.col - 1, lastCol) };
    case 'PageDown':
      return { row: clamp(at.row + deps.pageRows(), lastRow), col: at.col };
    case 'PageUp':
      return { row: clamp(at.row - deps.pageRows(), lastRow), col: at.col };
    case 'Home':
      return ctrl ? { row: 0, col: at.col } : { row: at.row, col: 0 };
    case 'End':
      return ctrl ? { row: lastRow, col: at.col } : { row: at.row, col: lastCol };
    default:
      return null;
  }
};

/** Ctrl+C copies the selection (several rows) or the active cell; Ctrl+Shift+C the row(s). */
const copy = (event: KeyboardEvent, at: ActiveCell, deps: GridKeyboardDeps) => {
  const { selection, layout } = deps;
  const rows = (): Row[] =>
    selection.selected.size > 0 ? deps.selectedRows() : [deps.rowAtDisplay(at.row)];
  if (event.shiftKey || selection.selected.size > 1) {
    void copyText(rowsToTsv(rows(), layout));
  } else {
    const column = layout[at.col];
    if (column) void copyText(cellText(deps.rowAtDisplay(at.row)[column.index]));
  }
};

/** Keyboard handling of the grid (one tab stop; arrows, paging, selection, copy, open). */
export const gridKeyHandler = (deps: GridKeyboardDeps) => (event: KeyboardEvent) => {
  if (deps.count === 0 || (event.target as HTMLElement).closest('.grid-head')) return;
  // Alt+arrows belong to the app's navigation (Back, Forward, parent folder).
  if (event.altKey) return;
  const at = deps.selection.active ?? { row: 0, col: 0 };
  const ctrl = event.ctrlKey || event.metaKey;
  // The first navigation key lands on the first cell rather than moving past it.
  const next = deps.selection.active ? target(event, at, deps) : target(event, at, deps) && at;
  if (next) {
    event.preventDefault();
    deps.selection.focusCell(next.row, next.col, event.shiftKey ? 'extend' : 'move');
    deps.scrollTo(next.row);
    return;
  }
  if (event.key === ' ') deps.selection.focusCell(at.row, at.col, 'toggle');
  else if (event.key === 'Enter') deps.onOpen(at.row);
  else if (event.key === 'Escape') deps.selection.clear();
  else if (ctrl && event.key.toLowerCase() === 'a') deps.selection.selectAll(deps.count);
  else if (ctrl && event.key.toLowerCase() === 'c') copy(event, at, deps);
  else return;
  event.preventDefault();
};
