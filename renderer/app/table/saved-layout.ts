import type { ColumnSizingState, SortingState, VisibilityState } from '@tanstack/react-table';

/**
 * How the user arranged a resource's columns, kept across restarts: order, widths, hidden ones
 * and the sort. Ids of columns a view does not have at the moment (Region outside All regions, a
 * projection's keys) are kept, so the arrangement comes back with them.
 */
export interface SavedLayout {
  order: string[];
  sizing: ColumnSizingState;
  visibility: VisibilityState;
  sorting: SortingState;
}

export const emptyLayout = (): SavedLayout => ({
  order: [],
  sizing: {},
  visibility: {},
  sorting: [],
});

const isRecordOf = (value: unknown, item: (v: unknown) => boolean): boolean =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.values(value).every(item);

const isStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((v) => typeof v === 'string');

const isSorting = (value: unknown): value is SortingState =>
  Array.isArray(value) &&
  value.length <= 1 &&
  value.every(
    (s: { id?: unknown; desc?: unknown }) =>
      typeof s === 'object' &&
      s !== null &&
      typeof s.id === 'string' &&
      typeof s.desc === 'boolean',
  );

export const isSavedLayout = (value: unknown): value is SavedLayout => {
  const v = value as Partial<SavedLayout> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    isStrings(v.order) &&
    isRecordOf(v.sizing, (w) => typeof w === 'number' && Number.isFinite(w)) &&
    isRecordOf(v.visibility, (b) => typeof b === 'boolean') &&
    isSorting(v.sorting)
  );
};

/**
 * The display order of a view's columns: the saved order of those it has, and each column the
 * saved order lacks placed after the column it follows in the view (Region after the row's
 * name, where it reads best).
 */
export const effectiveOrder = (saved: string[], ids: string[], keyColumn: string): string[] => {
  const present = new Set(ids);
  const order = saved.filter((id) => present.has(id));
  const placed = new Set(order);
  ids.forEach((id, i) => {
    if (placed.has(id)) return;
    const after = id === 'Region' && present.has(keyColumn) ? keyColumn : ids[i - 1];
    const at = after === undefined ? -1 : order.indexOf(after);
    order.splice(at + 1, 0, id);
    placed.add(id);
  });
  return order;
};

/** A new order of the view's columns; each absent one stays after the column it followed. */
export const mergeOrder = (saved: string[], next: string[]): string[] => {
  const shown = new Set(next);
  const order = next.slice();
  saved.forEach((id, i) => {
    if (shown.has(id)) return;
    order.splice(i === 0 ? 0 : order.indexOf(saved[i - 1]!) + 1, 0, id);
  });
  return order;
};
