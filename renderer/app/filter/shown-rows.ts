import type { FilterSpec } from '../../../shared/contract';
import type { RowStore } from '../views/row-store';
import type { LoadedFilterPlan } from './loaded-filter-plan';
import type { LoadedMatcher, Matches } from './loaded-matcher';

type Runnable = Extract<LoadedFilterPlan, { kind: 'loaded' }>;

/** What the grid shows for the typed text. */
export interface ShownRows {
  /** Indices of the loaded rows shown; null for every loaded row. */
  indices: Uint32Array | null;
  /** The filter whose result is shown; null when every loaded row is. */
  shown: FilterSpec | null;
  /**
   * How the rows relate to the typed text: its result, or a previous filter's result (the text
   * does not parse, fails on the data, only the engine can run it, or is still running).
   */
  state: 'current' | 'previous' | 'running';
  /** Why the text's own result is not shown, when it is not. */
  reason: string | null;
  /** The filter to keep showing while the next text is not usable. */
  good: Runnable | null;
}

const reasonFor = (plan: LoadedFilterPlan, matches: Matches | null): string | null => {
  if (plan.kind === 'invalid') return 'the filter is not complete JMESPath';
  if (plan.kind === 'engine') return `press Enter to run it on every page (${plan.reason})`;
  if (matches?.state === 'failed') return `the filter failed on the data: ${matches.message}`;
  return null;
};

/**
 * The typed filter's result when there is one, else the last good filter's result (refreshed
 * for rows loaded since), else every loaded row.
 */
export const shownRows = (
  matcher: LoadedMatcher,
  store: RowStore,
  plan: LoadedFilterPlan,
  previous: Runnable | null,
): ShownRows => {
  if (plan.kind === 'all')
    return { indices: null, shown: null, state: 'current', reason: null, good: null };
  if (plan.kind === 'invalid') matcher.prepare(store, plan.named);
  const matches = plan.kind === 'loaded' ? matcher.matchesFor(store, plan) : null;
  const reason = reasonFor(plan, matches);
  if (plan.kind === 'loaded' && matches?.state === 'done')
    return { indices: matches.indices, shown: plan.filter, state: 'current', reason, good: plan };
  const state = matches?.state === 'pending' ? 'running' : 'previous';
  const before = previous && matcher.matchesFor(store, previous);
  if (before?.state !== 'done')
    return { indices: null, shown: null, state, reason, good: previous };
  return { indices: before.indices, shown: previous!.filter, state, reason, good: previous };
};
