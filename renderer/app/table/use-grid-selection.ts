import { useCallback } from 'react';
import { useResetState } from '../common/use-reset-state';

export interface ActiveCell {
  /** Display position (after sorting). */
  row: number;
  col: number;
}

export interface GridSelection {
  active: ActiveCell | null;
  /** Selected rows by their load position, so sorting does not change what is selected. */
  selected: ReadonlySet<number>;
  /** Display position where a shift-extended range starts. */
  anchor: number | null;
}

export type SelectMode = 'move' | 'replace' | 'toggle' | 'extend';

const NONE: GridSelection = { active: null, selected: new Set(), anchor: null };

const rangeSet = (from: number, to: number, toData: (display: number) => number): Set<number> => {
  const set = new Set<number>();
  for (let i = Math.min(from, to); i <= Math.max(from, to); i++) set.add(toData(i));
  return set;
};

/** Active cell and row selection of the grid; reset whenever the view's rows change meaning. */
export function useGridSelection(resetKey: string, toData: (display: number) => number) {
  const [state, setState] = useResetState<GridSelection>(() => NONE, resetKey);

  const focusCell = useCallback(
    (row: number, col: number, mode: SelectMode) =>
      setState((prev) => {
        const active = { row, col };
        if (mode === 'move') return { ...prev, active };
        if (mode === 'extend') {
          const anchor = prev.anchor ?? prev.active?.row ?? row;
          return { active, anchor, selected: rangeSet(anchor, row, toData) };
        }
        if (mode === 'toggle') {
          const selected = new Set(prev.selected);
          const key = toData(row);
          if (selected.has(key)) selected.delete(key);
          else selected.add(key);
          return { active, anchor: row, selected };
        }
        return { active, anchor: row, selected: new Set([toData(row)]) };
      }),
    [setState, toData],
  );

  const selectAll = useCallback(
    (count: number) =>
      setState((prev) => ({ ...prev, selected: rangeSet(0, count - 1, (i) => i), anchor: 0 })),
    [setState],
  );

  const clear = useCallback(
    () => setState((prev) => ({ ...prev, selected: new Set(), anchor: null })),
    [setState],
  );

  return { ...state, focusCell, selectAll, clear };
}

export type GridSelectionApi = ReturnType<typeof useGridSelection>;
