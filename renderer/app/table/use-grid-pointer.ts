import type { MouseEvent } from 'react';
import type { GridSelectionApi, SelectMode } from './use-grid-selection';

const hitOf = (event: MouseEvent) => {
  const cell = (event.target as HTMLElement).closest<HTMLElement>('[data-col]');
  const row = cell?.closest<HTMLElement>('[data-row]');
  return cell && row ? { row: Number(row.dataset.row), col: Number(cell.dataset.col) } : null;
};

const modeOf = (event: MouseEvent): SelectMode =>
  event.shiftKey ? 'extend' : event.ctrlKey || event.metaKey ? 'toggle' : 'replace';

/**
 * Mouse handling for the whole grid, delegated from its root so rows need no handlers of their
 * own: press selects (Ctrl toggles, Shift extends), a link or a double click opens.
 */
export const gridPointerHandlers = (
  selection: GridSelectionApi,
  onOpen: (display: number) => void,
) => ({
  onMouseDown(event: MouseEvent) {
    const hit = hitOf(event);
    if (hit) selection.focusCell(hit.row, hit.col, modeOf(event));
  },
  onClick(event: MouseEvent) {
    const hit = hitOf(event);
    if (hit && (event.target as HTMLElement).closest('[data-open]')) onOpen(hit.row);
  },
  onDoubleClick(event: MouseEvent) {
    const hit = hitOf(event);
    if (hit) onOpen(hit.row);
  },
});
