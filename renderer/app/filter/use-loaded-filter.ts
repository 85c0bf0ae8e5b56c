import { useEffect, useMemo, useState } from 'react';
import type { Column, FilterSpec } from '../../../shared/contract';
import { createMatchedStore } from '../views/matched-store';
import type { RowStore } from '../views/row-store';
import { createLoadedMatcher } from './loaded-matcher';
import { planLoadedFilter, type LoadedFilterPlan } from './loaded-filter-plan';
import { shownRows, type ShownRows } from './shown-rows';

/** What the grid shows while a filter is typed over the loaded rows. */
export interface LoadedFilterView extends Omit<ShownRows, 'indices' | 'good'> {
  store: RowStore;
  plan: LoadedFilterPlan;
}

type Good = ShownRows['good'];

/**
 * Filters the rows already loaded as the user types, with the engine's semantics (see
 * loaded-filter-plan.ts), without asking the engine for anything. Where the loaded items live:
 * the renderer keeps only its rows; a filter rebuilds, row by row, the part of each item it reads
 * from the columns that hold item fields unchanged, and a worker keeps copies of just those
 * columns. The alternative, the engine keeping every loaded item per view to answer indices,
 * would hold a second full copy of a million items and cost a round trip per keystroke.
 */
export function useLoadedFilter(
  store: RowStore,
  columns: readonly Column[],
  listing: string,
  typed: FilterSpec | null,
): LoadedFilterView {
  const [, setVersion] = useState(0);
  const matcher = useMemo(
    () => createLoadedMatcher(listing, () => setVersion((v) => v + 1)),
    [listing],
  );
  useEffect(() => () => matcher.dispose(), [matcher]);
  const plan = useMemo(() => planLoadedFilter(typed, columns), [typed, columns]);
  const [good, setGood] = useState<{ matcher: unknown; plan: Good }>({ matcher, plan: null });
  const previous = good.matcher === matcher ? good.plan : null;
  const { indices, good: next, ...shown } = shownRows(matcher, store, plan, previous);
  // The last good filter is state: it outlives the text that produced it.
  if (next !== previous) setGood({ matcher, plan: next });
  const shownStore = useMemo(
    () => (indices ? createMatchedStore(store, indices) : store),
    [store, indices],
  );
  return { ...shown, store: shownStore, plan };
}
